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

from ._base import COLUMNS, TABLE, Outcome, State, now
from ._sql import SqlLedger, schema

BUSY_TIMEOUT = 30.0
"""Seconds a writer waits for another process's transaction (each lasts milliseconds)."""


class SqliteLedger(SqlLedger):
    PARAM = "?"

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
        self._db.execute(schema("REAL"))

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

    def abandon(self, key: str) -> int:
        owners = self._read(
            f"SELECT DISTINCT owner FROM {TABLE} WHERE key = ? AND state = 'pending'", (key,)
        )
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
