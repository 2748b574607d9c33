"""Keep credentials out of every string smsgate shows: log lines, error messages, reprs."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

MASK = "***"
# httpx logs every request URL at INFO; a vendor that takes its key in the query would leak it.
LIBRARY_LOGGERS = ("httpx",)


class Redactor:
    """Masks known secret values, and their URL-encoded forms, wherever they appear."""

    def __init__(self, secrets: Iterable[str]):
        forms = {form for s in secrets if s for form in (s, quote(s, safe=""), quote_plus(s))}
        # Longest first, so that a secret containing another is masked whole.
        self._forms = sorted(forms, key=len, reverse=True)
        if self._forms:
            _live.add(self)
            _install_library_filter()

    def __call__(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, MASK)
        return text

    def __repr__(self) -> str:
        return f"Redactor({len(self._forms)} forms)"


def masked(value: str | None) -> str:
    """How a credential appears in a repr: that it is set, never what it is."""
    return MASK if value else "None"


_live: weakref.WeakSet[Redactor] = weakref.WeakSet()


class _LibraryLogFilter(logging.Filter):
    """Masks the secrets of every live facade in the log records of the HTTP libraries."""

    def filter(self, record: logging.LogRecord) -> bool:
        redactors = list(_live)
        if redactors:
            message = record.getMessage()
            for redact in redactors:
                message = redact(message)
            record.msg, record.args = message, None
        return True


_LIBRARY_FILTER = _LibraryLogFilter()


def redacting_filter() -> logging.Filter:
    """The filter that masks every live client's secrets in a record, for a log handler
    (smsgate._logging puts it on the handler SMSGATE_LOG installs)."""
    return _LIBRARY_FILTER


def _install_library_filter() -> None:
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if _LIBRARY_FILTER not in logger.filters:
            logger.addFilter(_LIBRARY_FILTER)
