"""The shared ledger: a PostgreSQL table (psycopg 3), for several processes or machines.

A claim is one statement, `INSERT ... ON CONFLICT DO UPDATE ... WHERE state = ANY(retake)
RETURNING`: it locks only the rows it touches, and of two workers claiming the same recipient
at once the second waits for the first's commit, then finds the row taken and skips it. Rows
are claimed in sorted order, so two overlapping claims cannot deadlock. Each worker holds a
session advisory lock on its own token while its connection lives: a PENDING row whose
owner's lock is free belongs to a worker that is gone, and is settled UNKNOWN.

Needs the `postgres` extra: `pip install 'smsgate[postgres]'`.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Collection, Sequence
from typing import Any

import psycopg

from ._base import COLUMNS, TABLE, Ledger, Outcome, Record, State, now

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    key TEXT NOT NULL,
    recipient TEXT NOT NULL,
    state TEXT NOT NULL,
    owner TEXT NOT NULL,
    label TEXT,
    message_id TEXT,
    parts INTEGER,
    parts_reported BOOLEAN NOT NULL DEFAULT FALSE,
    error TEXT,
    updated_at DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (key, recipient)
)
"""
OUTCOME = "state = %s, message_id = %s, parts = %s, parts_reported = %s, error = %s,"
SCHEMA_LOCK = 0x736D7367  # "smsg": serialises CREATE TABLE between workers starting at once
OWNER_PREFIX = "pg:"


class PostgresLedger(Ledger):
    def __init__(self, dsn: str, *, connect_timeout: float = 10.0):
        self._lock = threading.Lock()
        self._db = psycopg.connect(dsn, autocommit=True, connect_timeout=int(connect_timeout))
        self._token = secrets.randbelow(2**62) + 1
        self.owner = f"{OWNER_PREFIX}{self._token}"
        self._db.execute("SELECT pg_advisory_lock(%s)", (self._token,))
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            self._db.execute(SCHEMA)
        info = self._db.info
        self._where = f"{info.host}:{info.port}/{info.dbname}"

    def __repr__(self) -> str:  # no DSN: it may carry a password
        return f"PostgresLedger({self._where!r})"

    def claim(
        self,
        key: str,
        recipients: Sequence[str],
        *,
        label: str | None = None,
        retake: Collection[State] = (State.REJECTED,),
        settling: Sequence[Outcome] = (),
    ) -> list[str]:
        states = sorted({State(s).value for s in retake} - {State.PENDING.value})
        if settling:  # its own commit: each statement locks rows in sorted order, so two
            self.settle(key, settling)  # workers' settles and claims cannot deadlock
        with self._lock:
            rows = self._db.execute(
                f"INSERT INTO {TABLE} AS t ({COLUMNS})"
                " SELECT %s, r, 'pending', %s, %s, NULL, NULL, FALSE, NULL, %s"
                " FROM unnest(%s::text[]) AS r ORDER BY r"
                " ON CONFLICT (key, recipient) DO UPDATE SET state = 'pending',"
                " owner = EXCLUDED.owner, label = EXCLUDED.label, message_id = NULL,"
                " parts = NULL, parts_reported = FALSE, error = NULL,"
                " updated_at = EXCLUDED.updated_at"
                " WHERE t.state = ANY(%s::text[]) RETURNING recipient",
                (key, self.owner, label, now(), sorted(set(recipients)), states),
            ).fetchall()
        claimed = {row[0] for row in rows}
        return [r for r in dict.fromkeys(recipients) if r in claimed]

    def settle(self, key: str, outcomes: Sequence[Outcome]) -> None:
        with self._lock, self._db.transaction(), self._db.cursor() as cursor:
            self._settle(cursor, key, outcomes)

    def _settle(self, cursor: psycopg.Cursor[Any], key: str, outcomes: Sequence[Outcome]) -> None:
        if outcomes:
            at = now()
            cursor.executemany(
                f"UPDATE {TABLE} SET {OUTCOME}"
                " updated_at = %s WHERE key = %s AND recipient = %s AND owner = %s"
                " AND state = 'pending'",
                [
                    (
                        o.state.value,
                        o.message_id,
                        o.parts,
                        o.parts_reported,
                        o.error,
                        at,
                        key,
                        o.recipient,
                        self.owner,
                    )
                    for o in sorted(outcomes, key=lambda o: o.recipient)
                ],
            )

    def resolve(self, key: str, outcome: Outcome) -> bool:
        with self._lock:
            cursor = self._db.execute(
                f"UPDATE {TABLE} SET {OUTCOME}"
                " updated_at = %s WHERE key = %s AND recipient = %s AND state = 'unknown'",
                (
                    outcome.state.value,
                    outcome.message_id,
                    outcome.parts,
                    outcome.parts_reported,
                    outcome.error,
                    now(),
                    key,
                    outcome.recipient,
                ),
            )
            return cursor.rowcount == 1

    def records(self, key: str, recipients: Sequence[str] | None = None) -> dict[str, Record]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {COLUMNS} FROM {TABLE} WHERE key = %s ORDER BY recipient", (key,)
            ).fetchall()
        found = {row[1]: _record(row) for row in rows}
        if recipients is None:
            return found
        return {r: found[r] for r in recipients if r in found}

    def keys(self) -> list[str]:
        with self._lock:
            rows = self._db.execute(f"SELECT DISTINCT key FROM {TABLE} ORDER BY key").fetchall()
        return [row[0] for row in rows]

    def abandon(self, key: str) -> int:
        with self._lock:
            owners = self._db.execute(
                f"SELECT DISTINCT owner FROM {TABLE} WHERE key = %s AND state = 'pending'",
                (key,),
            ).fetchall()
            count = 0
            for (owner,) in owners:
                if owner == self.owner or not self._gone(owner):
                    continue
                cursor = self._db.execute(
                    f"UPDATE {TABLE} SET state = 'unknown', updated_at = %s, error = %s"
                    " WHERE key = %s AND owner = %s AND state = 'pending'",
                    (now(), f"worker {owner} stopped after claiming it", key, owner),
                )
                count += cursor.rowcount
            return count

    def _gone(self, owner: str) -> bool:
        """Whether the worker's session, and with it its advisory lock, has ended."""
        token = owner.removeprefix(OWNER_PREFIX)
        if not token.isdigit():
            return False
        row: Any = self._db.execute("SELECT pg_try_advisory_lock(%s)", (int(token),)).fetchone()
        if row[0]:
            self._db.execute("SELECT pg_advisory_unlock(%s)", (int(token),))
        return bool(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _record(row: tuple[Any, ...]) -> Record:
    key, recipient, state, owner, label, message_id, parts, reported, error, at = row
    return Record(
        key, recipient, State(state), owner, label, message_id, parts, reported, error, at
    )
