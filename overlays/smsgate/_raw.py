"""Raw access to every operation: `client.with_raw_response.<operation>(...)` gives the vendor's
reply (HTTP status, headers, body as it came) beside the typed result, as the Stainless SDKs'
`with_raw_response` does.

The facades' core records the reply each call ended with (`Facade._plan`, into `REPLIES`
below) while a raw operation runs; the result is the operation's own, so
`parse()` costs nothing more. An operation of several calls (a lookup, then the send) keeps
every call's reply in `responses`, the last one first in line for `status_code` and the rest.
A failed operation raises as it does without raw access: its SmsgateError carries the status
and the raw body. Listings (`stream`) are left out: each page is a reply of its own, and a
lazily consumed iterator has no moment at which "the" reply is known.
"""

from __future__ import annotations

import types
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import InvalidRequestError

if TYPE_CHECKING:
    import httpx

__all__ = ["RawAccess", "RawResponse"]

T = TypeVar("T")

REPLIES: ContextVar[list[httpx.Response] | None] = ContextVar("smsgate_replies", default=None)
"""Where `Facade._plan` puts the reply each call ended with while a raw operation runs; None
otherwise. A context variable, so that concurrent operations of one async client each
collect their own."""


class RawResponse(Generic[T]):
    """The vendor's reply to an operation, and the operation's typed result."""

    def __init__(self, operation: str, responses: Sequence[httpx.Response], parsed: T):
        self.operation = operation
        self.responses = tuple(responses)
        """Every call's final reply, in order (one for most operations)."""
        self.http_response = self.responses[-1]
        """The last reply: the one `status_code`, `headers` and `content` are of."""
        self.parsed = parsed
        """What the operation returns without raw access."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The body as it came."""
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> T:
        """The typed result (already parsed: the operation ran to its end)."""
        return self.parsed

    def __repr__(self) -> str:  # no body and no URL: either may hold a credential
        calls = f", {len(self.responses)} replies" if len(self.responses) > 1 else ""
        return f"RawResponse({self.operation}, status_code={self.status_code}{calls})"


def _result(name: str, replies: list[httpx.Response], parsed: T) -> RawResponse[T]:
    if not replies:
        raise InvalidRequestError(f"{name} answered without a request: it has no raw reply")
    return RawResponse(name, replies, parsed)


def variants(
    run: Callable[..., Any], run_async: Callable[..., Awaitable[Any]]
) -> tuple[Callable[..., RawResponse[Any]], Callable[..., Awaitable[RawResponse[Any]]]]:
    """The raw variants of an operation's sync and async runners (`operation.raw_variants`
    gives them the operation's signature)."""
    name = run.__name__

    def raw(facade: Any, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        replies: list[httpx.Response] = []
        token = REPLIES.set(replies)
        try:
            parsed = run(facade, *args, **kwargs)
        finally:
            REPLIES.reset(token)
        return _result(name, replies, parsed)

    async def raw_async(facade: Any, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        replies: list[httpx.Response] = []
        token = REPLIES.set(replies)
        try:
            parsed = await run_async(facade, *args, **kwargs)
        finally:
            REPLIES.reset(token)
        return _result(name, replies, parsed)

    return raw, raw_async


class RawAccess:
    """`client.with_raw_response`: the client's operations, each returning a RawResponse."""

    def __init__(self, facade: object, *, asynchronous: bool):
        self._facade = facade
        self._asynchronous = asynchronous

    def __getattr__(self, name: str) -> Callable[..., Any]:
        pair = _raw_variants(type(self._facade), name)
        if pair is None:
            raise AttributeError(
                f"{type(self._facade).__name__} has no operation {name!r} with one reply"
                " (a listing has none: each page is a reply of its own)"
            )
        return types.MethodType(pair[1] if self._asynchronous else pair[0], self._facade)

    def __dir__(self) -> list[str]:
        cls = type(self._facade)
        return sorted(n for n in dir(cls) if _raw_variants(cls, n) is not None)

    def __repr__(self) -> str:
        return f"{self._facade!r}.with_raw_response"


def _raw_variants(cls: type, name: str) -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    """The raw variants of the operation `name` of `cls` (its descriptor, found as defined,
    makes them), None if `name` is no operation."""
    for klass in cls.__mro__:
        if name in vars(klass):
            make = getattr(vars(klass)[name], "raw_variants", None)
            return make() if callable(make) else None
    return None
