"""Every error smsgate raises, one hierarchy for all vendors.

    SmsgateError
    ├── InvalidRequestError      bad input, caught before any request is sent (also a ValueError)
    │   └── ConfigurationError   a setting is missing or of the wrong type (an environment
    │                            variable, a config file key, a receiver without its secret)
    ├── ApiError                 the vendor answered no (in an HTTP error or in a 200 envelope)
    │   ├── AuthenticationError  missing or wrong credentials
    │   ├── RateLimitError       too many requests; `retry_after` says how long to wait, if known
    │   ├── InsufficientFundsError  the balance does not cover the send
    │   └── ServerError          the vendor failed (HTTP 5xx)
    ├── TransportError           no usable reply: connection refused, reset, timed out
    ├── DecodeError              a reply came but does not parse (HTML, truncated JSON, wrong types,
    │                            an unknown enum value); `raw_body` keeps what came
    ├── OutcomeUnknownError      a send may or may not have happened: it reached the vendor, or may
    │                            have, and no readable reply came back; it is never retried
    └── CallbackError            an incoming delivery callback is forged or malformed

Errors carry what is known (vendor, operation, HTTP status, vendor code, raw body as it came)
and never a credential in their text: messages are built from redacted text only.

An error raised by `Gateway.send` (and `AsyncGateway.send`) also says where each recipient
stands when the send stopped, part-way through its chunks or at the first: `accepted` and
`rejected` (SentMessage, this call's and those recorded under its key before), `unknown`
(recipients whose request may have reached the vendor: never resent automatically) and
`not_attempted` (recipients provably not sent: safe to send again). Elsewhere they are empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict, Unpack

if TYPE_CHECKING:
    from ._neutral import SentMessage

__all__ = [
    "ApiError",
    "AuthenticationError",
    "CallbackError",
    "ConfigurationError",
    "DecodeError",
    "InsufficientFundsError",
    "InvalidRequestError",
    "OutcomeUnknownError",
    "RateLimitError",
    "ServerError",
    "SmsgateError",
    "TransportError",
]


class SmsgateError(Exception):
    """Base of every smsgate error."""

    # Where a send's recipients stand when it stopped (see the module docstring).
    accepted: tuple[SentMessage, ...] = ()
    rejected: tuple[SentMessage, ...] = ()
    unknown: tuple[str, ...] = ()
    not_attempted: tuple[str, ...] = ()

    def __init__(self, message: str, *, vendor: str | None = None, operation: str | None = None):
        super().__init__(message)
        self.message = message
        self.vendor = vendor
        self.operation = operation

    def __str__(self) -> str:
        where = ".".join(part for part in (self.vendor, self.operation) if part)
        return f"[{where}] {self.message}" if where else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class InvalidRequestError(SmsgateError, ValueError):
    """The input cannot be sent as it is; nothing was sent."""


class ConfigurationError(InvalidRequestError):
    """A setting is missing or cannot be read as its declared type. The message names where
    it came from (the environment variable, or the config file and key) and the type it
    should have; never its value, which may be a secret."""


class ReplyFields(TypedDict, total=False):
    """What every error about a reply can carry."""

    vendor: str | None
    operation: str | None
    status_code: int | None
    raw_body: bytes
    content_type: str | None


class _WithReply(SmsgateError):
    """An error about a reply: keeps the HTTP status and the raw body."""

    def __init__(self, message: str, **fields: Unpack[ReplyFields]):
        super().__init__(message, vendor=fields.get("vendor"), operation=fields.get("operation"))
        self.status_code = fields.get("status_code")
        self.raw_body = fields.get("raw_body", b"")
        self.content_type = fields.get("content_type")


class ApiError(_WithReply):
    """The vendor processed the request and refused it; `code` is the vendor's own error code."""

    def __init__(
        self, message: str, *, code: str | int | None = None, **fields: Unpack[ReplyFields]
    ):
        super().__init__(message, **fields)
        self.code = code

    def __str__(self) -> str:
        code = f" (code {self.code})" if self.code is not None else ""
        status = f" [HTTP {self.status_code}]" if self.status_code is not None else ""
        return f"{super().__str__()}{code}{status}"


class AuthenticationError(ApiError):
    """The credentials are missing, wrong or not allowed to do this."""


class RateLimitError(ApiError):
    """The vendor asks to slow down; `retry_after` is in seconds when the vendor said."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        code: str | int | None = None,
        **fields: Unpack[ReplyFields],
    ):
        super().__init__(message, code=code, **fields)
        self.retry_after = retry_after


class InsufficientFundsError(ApiError):
    """The balance does not cover the send; nothing was sent."""


class ServerError(ApiError):
    """The vendor failed with HTTP 5xx."""


class TransportError(SmsgateError):
    """No reply could be had: the connection failed, was reset or timed out."""


class DecodeError(_WithReply):
    """A reply came but is not what the spec says it is; `raw_body` has it as it came."""


class OutcomeUnknownError(_WithReply):
    """A send may have been delivered: do not repeat it before checking its status.

    Raised from the transport or decode error that hid the outcome (see `__cause__`).
    """


class CallbackError(SmsgateError):
    """A delivery callback failed verification or does not parse; `reason` says which:
    "forged" (its key or hash does not match), "malformed" (it does not parse), or
    "unsupported" (the vendor sends no such callback)."""

    def __init__(
        self,
        message: str,
        *,
        reason: Literal["forged", "malformed", "unsupported"] = "malformed",
        vendor: str | None = None,
    ):
        super().__init__(message, vendor=vendor)
        self.reason = reason
