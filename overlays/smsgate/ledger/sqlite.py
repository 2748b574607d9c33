"""The embedded ledger: one SQLite file (stdlib sqlite3) in WAL mode.

Every claim is committed with synchronous=FULL, so the intent is on disk before the request
leaves; a claim takes SQLite's write lock (BEGIN IMMEDIATE) for one short transaction, so
several processes of one machine may share the file. A worker is named by host, process id
and a random token; a PENDING row is abandoned (settled UNKNOWN) once its process is gone.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import sqlite3
import threading
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

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
    updated_at REAL NOT NULL,
    PRIMARY KEY (key, recipient)
)
"""

OUTCOME = "state = ?, message_id = ?, parts = ?, parts_reported = ?, error = ?,"
BUSY_TIMEOUT = 30.0
"""Seconds a writer waits for another process's transaction (each lasts milliseconds)."""


class SqliteLedger(Ledger):
    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        self._host = socket.gethostname()
        self.owner = f"{self._host}:{os.getpid()}:{secrets.token_hex(4)}"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(SCHEMA)

    def __repr__(self) -> str:
        return f"SqliteLedger({str(self.path)!r})"

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def claim(
        self,
        key: str,
        recipients: Sequence[str],
        *,
        label: str | None = None,
        retake: Collection[State] = (State.REJECTED,),
        settling: Sequence[Outcome] = (),
    ) -> list[str]:
        states = sorted({State(s).value for s in retake} - {State.PENDING.value}) or [""]
        marks = ",".join("?" * len(states))
        at = now()
        with self._write() as db:
            self._settle(db, key, settling, at)
            rows = db.execute(
                f"INSERT INTO {TABLE} ({COLUMNS})"
                " SELECT ?, value, 'pending', ?, ?, NULL, NULL, FALSE, NULL, ?"
                " FROM json_each(?) WHERE true"  # WHERE: so ON CONFLICT parses as upsert
                " ON CONFLICT (key, recipient) DO UPDATE SET state = 'pending',"
                " owner = excluded.owner, label = excluded.label, message_id = NULL,"
                " parts = NULL, parts_reported = FALSE, error = NULL,"
                " updated_at = excluded.updated_at"
                f" WHERE {TABLE}.state IN ({marks}) RETURNING recipient",
                (key, self.owner, label, at, json.dumps(list(dict.fromkeys(recipients))), *states),
            ).fetchall()
        claimed = {row[0] for row in rows}
        return [r for r in dict.fromkeys(recipients) if r in claimed]

    def settle(self, key: str, outcomes: Sequence[Outcome]) -> None:
        with self._write() as db:
            self._settle(db, key, outcomes, now())

    def _settle(
        self, db: sqlite3.Connection, key: str, outcomes: Sequence[Outcome], at: float
    ) -> None:
        db.executemany(
            f"UPDATE {TABLE} SET {OUTCOME}"
            " updated_at = ? WHERE key = ? AND recipient = ? AND owner = ?"
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
                for o in outcomes
            ],
        )

    def resolve(self, key: str, outcome: Outcome) -> bool:
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE {TABLE} SET {OUTCOME}"
                " updated_at = ? WHERE key = ? AND recipient = ? AND state = 'unknown'",
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
                f"SELECT {COLUMNS} FROM {TABLE} WHERE key = ? ORDER BY recipient", (key,)
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
                f"SELECT DISTINCT owner FROM {TABLE} WHERE key = ? AND state = 'pending'", (key,)
            ).fetchall()
        gone = [owner for (owner,) in owners if not self._alive(owner)]
        if not gone:
            return 0
        with self._write() as db:
            cursor = db.executemany(
                f"UPDATE {TABLE} SET state = 'unknown', updated_at = ?, error = ?"
                " WHERE key = ? AND owner = ? AND state = 'pending'",
                [
                    (now(), f"worker {owner} stopped after claiming it", key, owner)
                    for owner in gone
                ],
            )
            return cursor.rowcount

    def _alive(self, owner: str) -> bool:
        """Whether the process that claimed a row may still be sending it. One on another
        host cannot be checked and counts as alive (share SQLite on one machine only)."""
        if owner == self.owner:
            return True
        host, pid_text, _ = owner.rsplit(":", 2) if owner.count(":") >= 2 else ("", "", "")
        if host != self._host or not pid_text.isdigit():
            return True
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _record(row: tuple[object, ...]) -> Record:
    key, recipient, state, owner, label, message_id, parts, reported, error, at = row
    return Record(
        str(key),
        str(recipient),
        State(str(state)),
        str(owner),
        None if label is None else str(label),
        None if message_id is None else str(message_id),
        None if parts is None else int(str(parts)),
        bool(reported),
        None if error is None else str(error),
        float(str(at)),
    )
