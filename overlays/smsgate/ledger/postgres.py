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
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from ._base import COLUMNS, TABLE, Outcome, State, now
from ._sql import SqlLedger, schema

SCHEMA_LOCK = 0x736D7367  # "smsg": serialises CREATE TABLE between workers starting at once
OWNER_PREFIX = "pg:"


class PostgresLedger(SqlLedger):
    PARAM = "%s"

    def __init__(self, dsn: str, *, connect_timeout: float = 10.0):
        self._lock = threading.Lock()
        self._dsn, self._connect_timeout = dsn, int(connect_timeout)
        self._token = secrets.randbelow(2**62) + 1
        self.owner = f"{OWNER_PREFIX}{self._token}"
        self._db = self._session()
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            self._db.execute(schema("DOUBLE PRECISION"))
        info = self._db.info
        self._where = f"{info.host}:{info.port}/{info.dbname}"

    def _session(self) -> psycopg.Connection[Any]:
        """A connection holding this worker's advisory lock (its sign of life)."""
        db = psycopg.connect(self._dsn, autocommit=True, connect_timeout=self._connect_timeout)
        db.execute("SELECT pg_advisory_lock(%s)", (self._token,))
        return db

    def _ready(self) -> None:
        """A statement cut short by Ctrl-C (KeyboardInterrupt inside psycopg) can leave the
        connection with a command in progress, refusing every other one: the settle that
        records the interrupted chunk as unknown would fail. Such a connection is closed and
        a new session takes the same token (rows of ours still pending meanwhile may be
        settled unknown by another worker: never sent twice, at worst reported unknown)."""
        if self._db.closed or self._db.pgconn.transaction_status != TransactionStatus.IDLE:
            self._db.close()
            self._db = self._session()

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
            self._ready()
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

    @contextmanager
    def _write(self) -> Iterator[psycopg.Cursor[Any]]:
        with self._lock:
            self._ready()
            with self._db.transaction(), self._db.cursor() as cursor:
                yield cursor

    def abandon(self, key: str) -> int:
        with self._lock:
            self._ready()
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
