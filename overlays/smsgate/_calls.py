"""One vendor request, and what its reply (or failure) means, without doing any I/O.

The sync and async facades share all of this; each only sends the request and sleeps.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

import httpx

from ._retry import RetryPolicy, parse_retry_after
from .errors import (
    ApiError,
    DecodeError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    SmsgateError,
    TransportError,
)

if TYPE_CHECKING:
    from ._redact import Redactor

T = TypeVar("T")
PREVIEW_BYTES = 200
# Failures that happen before any byte of the request left: repeating them cannot send twice.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that no retry can mend, also before anything was sent (e.g. an ftp:// base_url).
HOPELESS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
# Whatever a parser of a generated client or a converter raises on a reply that does not match
# the spec; RecursionError for nesting deeper than the stack (json.loads of 100,000 nested
# lists), ArithmeticError for numbers past what a type holds (a timestamp past year 9999).
PARSE_FAILURES = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    RecursionError,
    ArithmeticError,
)


class WireFormatError(ValueError):
    """A converter met a value it cannot read; becomes a DecodeError carrying the raw body."""


class Endpoint(Protocol):
    """What a call needs of an endpoint; every generated endpoint module is one."""

    @property
    def OPERATION_NAME(self) -> str: ...
    @property
    def build_request(self) -> Callable[..., dict[str, Any]]:
        """Keyword arguments for httpx's build_request, from the operation's arguments."""

    @property
    def parse_response(self) -> Callable[..., Any]:
        """(client=, response=) -> the parsed reply, None for an undocumented status."""


class ReadBy:
    """A generated endpoint whose replies the vendor reads its own way: `read` gets the reply
    and the generated parser (which it may call on the same or a rewritten reply)."""

    def __init__(
        self,
        module: Endpoint,
        read: Callable[[httpx.Response, Callable[[httpx.Response], Any]], Any],
    ):
        self._module = module
        self._read = read

    # Read from the module when a call first needs them, not in __init__: a ReadBy is made
    # when the facade is imported, and a generated endpoint module runs its code on first use
    # (smsgate._deferred). Declared, not assigned, so that the class itself has neither.
    OPERATION_NAME: str
    build_request: Callable[..., dict[str, Any]]

    def __getattr__(self, name: str) -> Any:
        if name not in ("OPERATION_NAME", "build_request"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = getattr(self._module, name)
        setattr(self, name, value)  # later lookups are plain instance attributes
        return value

    def parse_response(self, *, client: Any, response: httpx.Response) -> Any:
        generated = self._module.parse_response
        return self._read(response, lambda reply: generated(client=client, response=reply))


@dataclass(frozen=True)
class Call(Generic[T]):
    """One operation to run: the generated endpoint, its arguments, and the typed result."""

    endpoint: Endpoint
    """A generated endpoint module, or a stand-in with the same three members."""
    arguments: Mapping[str, Any]
    convert: Callable[[Any], T]
    is_send: bool = False
    """A send delivers SMS: once it may have reached the vendor it is never repeated."""

    @property
    def operation(self) -> str:
        return str(self.endpoint.OPERATION_NAME)

    def __iter__(self) -> Generator[Call[T], Any, T]:
        """The call as a one-step flow, so that a flow builds on an operation with
        `result = yield from self._send(...)` and keeps the result's type."""
        result: T = yield self
        return result


@dataclass(frozen=True)
class Retry:
    delay: float


@dataclass(frozen=True)
class Done(Generic[T]):
    value: T


@dataclass(frozen=True)
class Fail:
    error: SmsgateError
    cause: BaseException | None = None

    def throw(self) -> None:
        raise self.error from self.cause


Decision = Retry | Done[T] | Fail


@dataclass
class Exchange:
    """Classifies replies and failures of one vendor's calls; shared by sync and async."""

    vendor: str
    retry: RetryPolicy
    redact: Redactor
    check: Callable[[Call[Any], httpx.Response, Any], None]
    """The vendor's own verdict on a parsed reply: raises ApiError for its error envelopes."""
    parse_client: Any
    log: logging.Logger = field(init=False)

    def __post_init__(self) -> None:
        self.log = logging.getLogger(f"smsgate.{self.vendor}")

    def reply_fields(self, call: Call[Any], response: httpx.Response | None) -> dict[str, Any]:
        """What every error about a reply carries."""
        fields: dict[str, Any] = {"vendor": self.vendor, "operation": call.operation}
        if response is not None:
            fields.update(
                status_code=response.status_code,
                raw_body=response.content,
                content_type=response.headers.get("content-type"),
            )
        return fields

    def api_error(
        self,
        cls: type[ApiError],
        message: str,
        call: Call[Any],
        response: httpx.Response,
        *,
        code: str | int | None = None,
    ) -> ApiError:
        return cls(self.redact(message), code=code, **self.reply_fields(call, response))

    def describe(self, request: httpx.Request) -> str:
        """The request line and the start of its body, redacted, for the DEBUG log."""
        line = self.redact(f"{request.method} {request.url}")
        try:
            body = request.content
        except httpx.RequestNotRead:  # a streamed upload is not read just to be logged
            return line
        return f"{line} {self.preview(body)}" if body else line

    def after_failure(self, call: Call[T], exc: httpx.HTTPError, attempt: int) -> Decision[T]:
        """A request that got no reply."""
        what = f"{type(exc).__name__}: {self.redact(str(exc)) or 'no detail'}"
        if isinstance(exc, HOPELESS):
            return Fail(TransportError(what, vendor=self.vendor, operation=call.operation))
        if not call.is_send or isinstance(exc, NEVER_SENT):
            delay = self.retry.delay(attempt)
            if delay is not None:
                self.log.warning(
                    "%s failed (%s); try %d in %.2f s", call.operation, what, attempt + 1, delay
                )
                return Retry(delay)
        cause = self._shown_cause(exc)
        if call.is_send and not isinstance(exc, NEVER_SENT):
            return Fail(self._unknown(call, f"the send may have been delivered: {what}"), cause)
        return Fail(TransportError(what, vendor=self.vendor, operation=call.operation), cause)

    def after_reply(self, call: Call[T], response: httpx.Response, attempt: int) -> Decision[T]:
        """A request that got a reply: a result, an error, or a retry."""
        status = response.status_code
        if self.log.isEnabledFor(logging.DEBUG):  # redacting the preview costs; skip it unasked
            self.log.debug("%s <- %d %s", call.operation, status, self.preview(response.content))
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            error: ApiError
            if status == 429:
                fields = self.reply_fields(call, response)
                error = RateLimitError("too many requests", retry_after=retry_after, **fields)
            else:
                error = self.api_error(ServerError, f"server error HTTP {status}", call, response)
            if call.is_send and status >= 500:
                return Fail(
                    self._unknown(
                        call, f"the send may have been delivered: HTTP {status}", response
                    ),
                    error,
                )
            delay = None if call.is_send else self.retry.delay(attempt, retry_after)
            if delay is None:
                return Fail(error)
            self.log.warning(
                "%s got HTTP %d; try %d in %.2f s", call.operation, status, attempt + 1, delay
            )
            return Retry(delay)
        try:
            parsed = call.endpoint.parse_response(client=self.parse_client, response=response)
        except PARSE_FAILURES as exc:
            return self._undecodable(call, response, exc)
        try:
            self.check(call, response, parsed)
            if parsed is None or (isinstance(parsed, str) and status >= 300):
                raise self.api_error(ApiError, f"unexpected HTTP {status}", call, response)
            return Done(call.convert(parsed))
        except ApiError as error:
            return self._after_refusal(call, error, attempt)
        except PARSE_FAILURES as exc:  # WireFormatError is a ValueError
            return self._undecodable(call, response, exc)

    def _after_refusal(self, call: Call[T], error: ApiError, attempt: int) -> Decision[T]:
        """A vendor's own "slow down" or "try later" inside a 200 envelope: a read waits and
        repeats like after a 429 or 5xx; a send raises, as it does for those."""
        if call.is_send or not isinstance(error, RateLimitError | ServerError):
            return Fail(error)
        retry_after = error.retry_after if isinstance(error, RateLimitError) else None
        delay = self.retry.delay(attempt, retry_after)
        if delay is None:
            return Fail(error)
        self.log.warning(
            "%s refused (%s); try %d in %.2f s", call.operation, error, attempt + 1, delay
        )
        return Retry(delay)

    def preview(self, body: bytes) -> str:
        text = body[:PREVIEW_BYTES].decode("utf-8", "replace")
        return repr(self.redact(text) + ("..." if len(body) > PREVIEW_BYTES else ""))

    def _undecodable(self, call: Call[T], response: httpx.Response, exc: Exception) -> Fail:
        reason = f"reply does not match the spec ({type(exc).__name__}: {self.redact(str(exc))})"
        message = f"{reason}; body starts {self.preview(response.content)}"
        error = DecodeError(message, **self.reply_fields(call, response))
        if call.is_send:
            return Fail(
                self._unknown(call, f"the send's reply cannot be read: {message}", response), error
            )
        return Fail(error, self._shown_cause(exc))

    def _shown_cause(self, exc: Exception) -> Exception | None:
        """The exception to chain, unless its text holds a secret (tracebacks print it)."""
        return exc if self.redact(str(exc)) == str(exc) else None

    def _unknown(
        self, call: Call[Any], message: str, response: httpx.Response | None = None
    ) -> OutcomeUnknownError:
        return OutcomeUnknownError(
            message + "; check its status before sending again",
            **self.reply_fields(call, response),
        )
