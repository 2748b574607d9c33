"""`SMSGATE_LOG=debug` (or `info`) switches smsgate's logging on, as OPENAI_LOG and STRIPE_LOG
do for their SDKs: a handler on stderr for the `smsgate` loggers (DEBUG: each request line and
the start of each reply; INFO: retries, warnings) and for httpx's request log, every record
passed through the redaction of every live client (smsgate._redact), so that a key in a query
shows as ***. Read once, when the first client is made; without the variable nothing changes
(an application's own logging setup is left alone).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from ._redact import LIBRARY_LOGGERS, redacting_filter
from .errors import ConfigurationError

__all__ = ["LEVELS", "enable", "from_environment"]

VARIABLE = "SMSGATE_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_read = False


def enable(level: int) -> logging.Handler:
    """Log smsgate (and httpx) at `level` to stderr, redacted; what SMSGATE_LOG does, for a
    program or a command that asks for it (the same handler is reused, never stacked)."""
    handler = _handler()
    for name in ("smsgate", *LIBRARY_LOGGERS):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        if handler not in logger.handlers:
            logger.addHandler(handler)
    return handler


def from_environment(environ: Mapping[str, str] | None = None) -> None:
    """Apply SMSGATE_LOG (once per process unless `environ` is given); ConfigurationError for
    a value other than debug or info, from every client made until it is fixed."""
    global _read
    if environ is None and _read:
        return
    value = (os.environ if environ is None else environ).get(VARIABLE, "").strip().lower()
    if value and value not in LEVELS:  # raised by every client made, until it is fixed
        raise ConfigurationError(f"{VARIABLE} should be one of {', '.join(LEVELS)}")
    if value:
        enable(LEVELS[value])
    _read = _read or environ is None


_HANDLER: logging.Handler | None = None


def _handler() -> logging.Handler:
    global _HANDLER
    if _HANDLER is None:
        _HANDLER = logging.StreamHandler(sys.stderr)
        _HANDLER.setFormatter(logging.Formatter(FORMAT))
        _HANDLER.addFilter(redacting_filter())
    return _HANDLER
