"""The send ledger: what was sent to whom under a send key, so that no crash, interrupt or
re-run sends an SMS twice or loses one.

    from smsgate.gateway import connect

    with connect("smsc", ledger="sends.db") as sms:          # or "postgresql://..."
        sent = sms.send(numbers, "Sale!", key="sale-2026-12")  # run it again: resumes

Per (key, recipient) the ledger records the intent before the request leaves (PENDING), then
the outcome: ACCEPTED (with the vendor's message id), REJECTED (with the reason) or UNKNOWN
(the request may have reached the vendor). Two stores behind one interface (`Ledger`):
`SqliteLedger`, embedded (stdlib sqlite3, WAL, synchronous=FULL), and `PostgresLedger`, for
several processes or machines sharing one ledger (the `postgres` extra, psycopg 3).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ._base import Ledger, Outcome, Record, State, new_label
from .sqlite import SqliteLedger

if TYPE_CHECKING:
    from .postgres import PostgresLedger

__all__ = [
    "Ledger",
    "Outcome",
    "PostgresLedger",
    "Record",
    "SqliteLedger",
    "State",
    "new_label",
    "open_ledger",
]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_ledger(target: str | os.PathLike[str]) -> Ledger:
    """A PostgreSQL ledger for a `postgresql://` URL, else a SQLite one at that path."""
    text = os.fspath(target)
    if text.startswith(POSTGRES_SCHEMES):
        from .postgres import PostgresLedger

        return PostgresLedger(text)
    return SqliteLedger(text)


def __getattr__(name: str) -> object:
    if name == "PostgresLedger":  # psycopg is an optional extra: imported only when asked for
        from .postgres import PostgresLedger

        return PostgresLedger
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
