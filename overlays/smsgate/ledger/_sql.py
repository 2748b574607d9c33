"""What the SQLite and the PostgreSQL store share: the table, the statements that settle,
resolve and read rows, and how a row reads back. Each store says only how it writes (one
transaction, under its lock), how it claims, and how it tells that a worker is gone."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

from ._base import COLUMNS, TABLE, Ledger, Outcome, Record, State, now

__all__ = ["SqlLedger", "schema"]


def schema(timestamp_type: str) -> str:
    """The ledger's one table, with the store's own type for a Unix time."""
    return f"""
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
    updated_at {timestamp_type} NOT NULL,
    PRIMARY KEY (key, recipient)
)
"""


_OUTCOME = "state = ?, message_id = ?, parts = ?, parts_reported = ?, error = ?, updated_at = ?"
_SETTLE = (
    f"UPDATE {TABLE} SET {_OUTCOME}"
    " WHERE key = ? AND recipient = ? AND owner = ? AND state = 'pending'"
)
_RESOLVE = f"UPDATE {TABLE} SET {_OUTCOME} WHERE key = ? AND recipient = ? AND state = 'unknown'"
_RECORDS = f"SELECT {COLUMNS} FROM {TABLE} WHERE key = ? ORDER BY recipient"
_RECORDS_OF = f"SELECT {COLUMNS} FROM {TABLE} WHERE key = ? AND recipient IN"
RECORDS_BATCH = 500
"""Recipients a query asks for (SQLite takes at most 32,766 parameters to a statement)."""
_KEYS = f"SELECT DISTINCT key FROM {TABLE} ORDER BY key"


class SqlLedger(Ledger):
    PARAM: ClassVar[str]
    """The driver's placeholder: "?" (sqlite3) or "%s" (psycopg)."""
    _db: Any
    _lock: threading.Lock

    def _write(self) -> AbstractContextManager[Any]:
        """One transaction under the lock; yields what runs statements (execute, executemany)."""
        raise NotImplementedError

    def _sql(self, statement: str) -> str:
        return statement.replace("?", self.PARAM)

    def _ready(self) -> None:
        """Under the lock, before a statement: make the connection usable (see PostgreSQL's)."""

    def _read(self, statement: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            self._ready()
            rows: list[tuple[Any, ...]] = self._db.execute(
                self._sql(statement), parameters
            ).fetchall()
        return rows

    def settle(self, key: str, outcomes: Sequence[Outcome]) -> None:
        with self._write() as db:
            self._settle(db, key, outcomes, now())

    def _settle(self, db: Any, key: str, outcomes: Sequence[Outcome], at: float) -> None:
        """Outcomes of this worker's own PENDING rows, in recipient order (so that two
        workers' statements lock rows in one order and cannot deadlock)."""
        if outcomes:
            rows = [
                (*_values(o, at), key, o.recipient, self.owner)
                for o in sorted(outcomes, key=lambda o: o.recipient)
            ]
            db.executemany(self._sql(_SETTLE), rows)

    def resolve(self, key: str, outcome: Outcome) -> bool:
        with self._write() as db:
            cursor = db.execute(
                self._sql(_RESOLVE), (*_values(outcome, now()), key, outcome.recipient)
            )
            return bool(cursor.rowcount == 1)

    def records(self, key: str, recipients: Sequence[str] | None = None) -> dict[str, Record]:
        """Only the rows asked for are read: a bulk send that asks chunk by chunk (the CLI)
        reads each row once, not the whole send for every chunk."""
        if recipients is None:
            return {row[1]: _record(row) for row in self._read(_RECORDS, (key,))}
        wanted = list(dict.fromkeys(recipients))
        found: dict[str, Record] = {}
        for start in range(0, len(wanted), RECORDS_BATCH):
            batch = wanted[start : start + RECORDS_BATCH]
            marks = ", ".join("?" * len(batch))
            rows = self._read(f"{_RECORDS_OF} ({marks})", (key, *batch))
            found.update((row[1], _record(row)) for row in rows)
        return {r: found[r] for r in wanted if r in found}

    def keys(self) -> list[str]:
        return [str(row[0]) for row in self._read(_KEYS)]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _values(outcome: Outcome, at: float) -> Iterable[Any]:
    o = outcome
    return (o.state.value, o.message_id, o.parts, o.parts_reported, o.error, at)


def _record(row: tuple[Any, ...]) -> Record:
    """A row as either driver returns it (SQLite keeps booleans as integers)."""
    key, recipient, state, owner, label, message_id, parts, reported, error, at = row
    return Record(
        str(key),
        str(recipient),
        State(str(state)),
        str(owner),
        None if label is None else str(label),
        None if message_id is None else str(message_id),
        None if parts is None else int(parts),
        bool(reported),
        None if error is None else str(error),
        float(at),
    )
