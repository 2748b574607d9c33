"""Raw access to every operation: `client.with_raw_response.<operation>(...)` gives the vendor's
reply (HTTP status, headers, body as it came) beside the typed result, as the Stainless SDKs'
`with_raw_response` does.

The facades' core records the reply each call ended with (`Facade._plan`, into
`smsgate._facade.REPLIES`) while a raw operation runs; the result is the operation's own, so
`parse()` costs nothing more. An operation of several calls (a lookup, then the send) keeps
every call's reply in `responses`, the last one first in line for `status_code` and the rest.
A failed operation raises as it does without raw access: its SmsgateError carries the status
and the raw body. Listings (`stream`) are left out: each page is a reply of its own, and a
lazily consumed iterator has no moment at which "the" reply is known.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._facade import REPLIES, _honest, _user_signature, operation, stream
from .errors import InvalidRequestError

if TYPE_CHECKING:
    import httpx

    from ._facade import AsyncFacade, Facade, SyncFacade

__all__ = ["RawAccess", "RawResponse"]

T = TypeVar("T")


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


@functools.cache
def _raw_functions(
    descriptor: operation[Any, Any],
) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The raw variants of one operation, sync and async, made on first use (not for every
    operation when a facade is imported) with the operation's signature, returning
    RawResponse[T]."""
    run, run_async, build = descriptor._run, descriptor._run_async, descriptor._build
    name = run.__name__

    def raw(facade: SyncFacade, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        replies: list[httpx.Response] = []
        token = REPLIES.set(replies)
        try:
            parsed = run(facade, *args, **kwargs)
        finally:
            REPLIES.reset(token)
        return _result(name, replies, parsed)

    async def raw_async(facade: AsyncFacade, *args: Any, **kwargs: Any) -> RawResponse[Any]:
        replies: list[httpx.Response] = []
        token = REPLIES.set(replies)
        try:
            parsed = await run_async(facade, *args, **kwargs)
        finally:
            REPLIES.reset(token)
        return _result(name, replies, parsed)

    shown = _user_signature(build, lambda result: f"RawResponse[{result}]")
    for function in (raw, raw_async):
        _honest(function, build, shown)
        function.__name__, function.__qualname__ = name, run.__qualname__
    return raw, raw_async


class RawAccess:
    """`client.with_raw_response`: the client's operations, each returning a RawResponse."""

    def __init__(self, facade: Facade):
        self._facade = facade

    def __getattr__(self, name: str) -> Callable[..., Any]:
        from ._facade import AsyncFacade

        found = _descriptor(type(self._facade), name)
        if isinstance(found, stream):
            raise AttributeError(
                f"{name} is a listing: each page is a reply of its own, so it has no raw"
                " response (its pages' errors carry their status and body)"
            )
        if not isinstance(found, operation):
            kind = type(self._facade).__name__
            raise AttributeError(f"{kind} has no operation {name!r}")
        raw, raw_async = _raw_functions(found)
        chosen = raw_async if isinstance(self._facade, AsyncFacade) else raw
        return types.MethodType(chosen, self._facade)

    def __dir__(self) -> list[str]:
        cls = type(self._facade)
        return sorted(n for n in dir(cls) if isinstance(_descriptor(cls, n), operation))

    def __repr__(self) -> str:
        return f"{self._facade!r}.with_raw_response"


def _descriptor(cls: type, name: str) -> object:
    """The class attribute `name` as defined (the descriptor itself, not what it gives)."""
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return None
