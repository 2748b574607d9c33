"""SMSC's typed errors and what each error code means for the script that answered it."""

from __future__ import annotations

from ..errors import ApiError, AuthenticationError, InsufficientFundsError, RateLimitError

__all__ = [
    "RATE_LIMIT_WAIT",
    "SmscApiError",
    "SmscAuthenticationError",
    "SmscInsufficientFundsError",
    "SmscRateLimitError",
    "error_class",
    "meaning",
    "script_of",
    "send_message_id",
]

RATE_LIMIT_WAIT = 60.0
"""SMSC's limits are per minute: a minute is the honest hint after error 9 or 4."""

# Error meanings by script (specs/smsc.yaml ErrorCode): the typed error's `text` is the same
# whichever format the reply came in, since fmt=1 (`0,-N`) carries no description.
_COMMON_ERRORS = {
    1: "parameter error",
    2: "wrong login or password, or IP not allowed",
    4: "IP temporarily blocked after frequent errors",
    9: "too many identical requests, or too fast",
}
_SCRIPT_ERRORS: dict[str, dict[int, str]] = {
    "send": {
        3: "insufficient funds",
        5: "wrong date format",
        6: "message prohibited (text or sender)",
        7: "wrong phone number format",
        8: "message cannot be delivered to this number",
    },
    "status": {3: "message not found", 5: "error deleting the message"},
    "phones": {3: "record not found", 5: "save error"},
    "senders": {3: "record not found", 5: "save error"},
    "jobs": {3: "error saving the record", 5: "wrong date format"},
    "info": {3: "operator not found"},
}
_SEND_ERRORS_WITH_ID = frozenset({3, 6, 7, 8})


class SmscApiError(ApiError):
    """An SMSC error reply, whatever its format: `code`, `text` (the documented meaning of the
    code for this script) and, for send errors 3, 6, 7 and 8, the `message_id` it carries."""

    text: str = ""
    message_id: str | None = None


class SmscAuthenticationError(SmscApiError, AuthenticationError):
    """Error 2: wrong login, password or API key, or a request from an IP not allowed."""


class SmscRateLimitError(SmscApiError, RateLimitError):
    """Error 9 (too many identical requests, or too fast) or 4 (IP blocked for a while).

    Never retried by smsgate: after a send, a repeat within the minute is SMSC's duplicate
    guard, and SMSC's `id` is a label, not an idempotency key."""


class SmscInsufficientFundsError(SmscApiError, InsufficientFundsError):
    """Send error 3; the message id SMSC assigned is in `message_id`."""


_SCRIPTS = (  # operation-name prefix -> script, most specific first ("senders" before "send")
    ("senders", "senders"),
    ("send", "send"),
    ("get_price_list", "get"),
    ("get_price", "send"),
    ("get_status", "status"),
    ("delete_message", "status"),
    ("phones", "phones"),
    ("mails", "phones"),
    ("jobs", "jobs"),
    ("info", "info"),
)


def script_of(operation: str) -> str:
    """The script an operation belongs to, for its error meanings (mails.php as phones.php)."""
    return next((script for prefix, script in _SCRIPTS if operation.startswith(prefix)), "")


def meaning(script: str, code: int) -> str:
    """The documented meaning of `code` for `script`: the same whichever format the reply
    came in."""
    return _SCRIPT_ERRORS.get(script, {}).get(code) or _COMMON_ERRORS.get(
        code, "undocumented error"
    )


def error_class(script: str, code: int) -> type[SmscApiError]:
    if code == 2:
        return SmscAuthenticationError
    if code in (4, 9):
        return SmscRateLimitError
    if script == "send" and code == 3:
        return SmscInsufficientFundsError
    return SmscApiError


def send_message_id(script: str, code: int, message_id: str | None) -> str | None:
    """The id a send error carries (errors 3, 6, 7 and 8 of send.php), None for the rest."""
    return message_id if script == "send" and code in _SEND_ERRORS_WITH_ID else None
