"""What every vendor facade shares: construction, sync and async execution, `operation`
and `stream`.

A vendor writes each operation once, as a method that returns a `Call` (one request) or a
generator of steps (several calls and waits, e.g. create then send, or start then poll);
`operation` turns it into a blocking method on the sync facade and a coroutine on the async
one. A method that yields `Emit(items)` as well is a lazy listing (pages, chunks, an exported
file); `stream` turns it into an iterator on the sync facade and an async iterator on the
async one. The generator sees each call's result, or has the call's SmsgateError thrown in.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import inspect
import logging
import re
import time
import types
from collections.abc import (
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Concatenate,
    Generic,
    ParamSpec,
    TypedDict,
    TypeVar,
    overload,
)

import httpx

from . import _logging, _raw, phones
from ._calls import Call, Done, Endpoint, Exchange, Fail, Retry
from ._redact import Redactor
from ._retry import RetryPolicy
from .errors import InvalidRequestError, SmsgateError

if TYPE_CHECKING:
    import os

    from ._neutral import Balance, DeliveryReport, Outgoing, SentMessage
    from .ledger._base import Ledger

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F", bound="Facade")


@dataclass(frozen=True)
class Sleep:
    seconds: float


def poll_waits(first: float, ceiling: float, budget: float) -> Iterator[float]:
    """The pauses of a poll: doubling from `first` up to `ceiling`, cut so that together they
    never exceed `budget`; exhausted once the budget is spent."""
    waited, wait = 0.0, first
    while waited < budget:
        pause = min(wait, ceiling, budget - waited)
        yield pause
        waited += pause
        wait *= 2


@dataclass(frozen=True)
class Emit(Generic[T]):
    """Items that a stream hands to its caller, in order: a page at a time, so that a listing
    of a million rows costs a generator round trip per page rather than per row."""

    items: Sequence[T]


Plan = Generator[httpx.Request | Sleep, httpx.Response | httpx.HTTPError | None, T]
Step = Call[Any] | Sleep
Steps = Generator[Step, Any, T]
"""A compound operation: yields calls (receiving each result) and sleeps, returns T."""
Stream = Generator[Step | Emit[T], Any, None]
"""A listing: yields calls and sleeps like `Steps`, and `Emit` with the items it produces."""


def first(stream: Stream[T], matches: Callable[[T], bool]) -> Steps[T | None]:
    """The first item of a listing that matches, as steps of a flow; paging stops there."""
    with contextlib.closing(stream):
        reply: Any = None
        failure: SmsgateError | None = None
        while True:
            try:
                step = stream.throw(failure) if failure is not None else stream.send(reply)
            except StopIteration:
                return None
            reply, failure = None, None
            if isinstance(step, Emit):
                for item in step.items:
                    if matches(item):
                        return item
                continue
            try:
                reply = yield step
            except SmsgateError as exc:
                failure = exc


@functools.lru_cache(maxsize=1024)
def joined(base: httpx.URL, path: str) -> httpx.URL:
    """`base.join(path)`, remembered: httpx joins through urllib at a cost that rivals the rest
    of building a request, and a facade asks for the same few endpoints over and over."""
    return base.join(path)


def _with_query(url: httpx.URL, query: tuple[tuple[str, type, Any], ...]) -> httpx.URL:
    return httpx.URL(url, params={name: value for name, _, value in query})


QUERY_CACHE_SIZE = 256


class QueriedUrls:
    """`httpx.URL(url, params=params)`, remembered per facade: httpx re-parses and
    re-validates the whole URL to add a query (more than a third of building a request),
    while a facade sends the same few queries (format=json, its key) over and over. Kept
    per facade, so that a key in a query does not outlive the client that sent it."""

    def __init__(self) -> None:
        self._build = functools.lru_cache(maxsize=QUERY_CACHE_SIZE)(_with_query)

    def __call__(self, url: httpx.URL, params: Mapping[str, Any] | None) -> httpx.URL:
        if not params:
            return url
        # The type is part of the key: 1, 1.0 and True are equal keys but different queries.
        query = tuple((name, type(value), value) for name, value in params.items())
        try:
            return self._build(url, query)
        except TypeError:  # a list of values for one name: unhashable, built each time
            return httpx.URL(url, params=params)


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Never infinite: a vendor that stops answering costs at most this long per try."""
USER_AGENT = "smsgate/0.1"


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    if timeout is None:
        raise InvalidRequestError("timeout=None would wait forever; give seconds instead")
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


class ClientOptions(TypedDict, total=False):
    """Options that every facade takes, sync or async (`Smsc(login, password, **options)`)."""

    base_url: str
    """The vendor's API root; point it at a stub in tests."""
    timeout: float | httpx.Timeout
    retry: RetryPolicy
    http_client: httpx.Client | httpx.AsyncClient
    """Your own client (proxies, limits); the facade leaves closing it to you."""
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    """A transport for the client the facade makes (e.g. httpx.ASGITransport for a stub)."""
    default_region: str
    """For national numbers: the ISO 3166 region they are read in (e.g. "BY"); without it
    every number needs its country code, as the gateway's rule (smsgate.phones) says."""


class GatewaySettings(TypedDict, total=False):
    """Settings that `connect(vendor, **settings)` takes for every vendor, beside the vendor's
    own (its credentials and options: `smsgate.smsby.SmsBySettings`, ...). Each can also come
    from SMSGATE_<VENDOR>_<SETTING> or the config file (smsgate._config)."""

    base_url: str
    timeout: float | httpx.Timeout
    retry: RetryPolicy
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    sender: str
    """The neutral gateway's default sender name."""
    default_region: str
    """For national numbers: the ISO 3166 region they are read in (e.g. "BY")."""
    callback_url: str
    """Where the vendor sends delivery callbacks for the gateway's sends."""
    callback_secret: str
    """The callback receiver's, not the client's: what `Gateway.callback_receiver()` and
    `smsgate listen` verify delivery callbacks with."""
    ledger: Ledger | str | os.PathLike[str]
    """Where keyed sends record each recipient (see `smsgate.gateway.Gateway`); never read
    from the environment or the config file."""
    chunk_size: int
    wait_for_others: float


class Facade:
    """State and vendor hooks common to the sync and async facades."""

    vendor: ClassVar[str]
    default_base_url: ClassVar[str]
    _http_class: ClassVar[type[httpx.Client] | type[httpx.AsyncClient]]
    _transport_class: ClassVar[type[httpx.BaseTransport] | type[httpx.AsyncBaseTransport]]
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        secrets: Sequence[str],
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        default_region: str | None = None,
    ):
        if not isinstance(http_client, self._http_class | None) or not isinstance(
            transport, self._transport_class | None
        ):
            kind = self._http_class.__name__
            raise InvalidRequestError(
                f"{type(self).__name__} needs an httpx.{kind} and its transport"
            )
        _logging.from_environment()  # SMSGATE_LOG, read when the first client is made
        self._timeout = _timeout(timeout)
        self._base_url = httpx.URL((base_url or self.default_base_url).rstrip("/") + "/")
        self._default_region = phones.checked_region(default_region)
        self._redact = Redactor(secrets)
        self._queried = QueriedUrls()
        self._exchange = Exchange(
            vendor=self.vendor,
            retry=retry or RetryPolicy(),
            redact=self._redact,
            check=self._check,
            parse_client=_PARSE_CLIENT,
        )
        self._owns_http = http_client is None
        self._http = http_client or self._http_class(transport=transport)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        name, url = type(self).__name__, str(self._base_url)
        return f"{name}(base_url={url!r}, {self._credentials_repr()})"

    def _call(
        self,
        endpoint: Endpoint,
        convert: Callable[[Any], T],
        /,
        *,
        send: bool = False,
        **arguments: Any,
    ) -> Call[T]:
        """The one way an operation asks for a request: a generated endpoint, its arguments
        (a body as `body=models.X(...)`, built with the generated model's typed constructor
        so that a misspelt field is a type error), and how the parsed reply becomes the
        result. `send=True` marks a request that delivers SMS: never repeated once it may
        have reached the vendor. What every request of a vendor carries is `_prepare`'s."""
        endpoint, arguments = self._prepare(endpoint, arguments)
        return Call(endpoint, arguments, convert, is_send=send)

    def _recipients(self, numbers: str | int | Iterable[str | int]) -> tuple[str, ...]:
        """Numbers by the gateway's rule (smsgate.phones), as the international digits every
        vendor takes: each once, in order, checked before any request."""
        return phones.international_numbers(numbers, self._default_region)

    def with_options(
        self: F, *, timeout: float | httpx.Timeout | None = None, retry: RetryPolicy | None = None
    ) -> F:
        """A copy of this client with another `timeout` or `retry` (None keeps this one's),
        sharing its connection pool, credentials and caches: `client.with_options(timeout=5)
        .balance()` for one impatient call. Closing the copy leaves the pool open (the
        original owns it). The base URL and credentials are not options here, since vendors
        derive state from them (SMSC's backup hosts): make another client for those."""
        clone = copy.copy(self)
        clone._owns_http = False
        if timeout is not None:
            clone._timeout = _timeout(timeout)
        if retry is not None:
            if not isinstance(retry, RetryPolicy):
                raise InvalidRequestError(f"retry is a smsgate.RetryPolicy, got {retry!r}")
            clone._exchange = dataclasses.replace(self._exchange, retry=retry)
        return clone

    @property
    def with_raw_response(self) -> _raw.RawAccess:
        """Every operation of this client, returning a `smsgate.RawResponse` (the HTTP status,
        headers and body of the vendor's reply, and `.parse()` for the typed result) instead
        of the result alone: `client.with_raw_response.balance()`. Listings (`stream`) have
        none: each page is a reply of its own."""
        return _raw.RawAccess(self, asynchronous=isinstance(self, AsyncFacade))

    # Vendor hooks.
    def _prepare(
        self, endpoint: Endpoint, arguments: dict[str, Any]
    ) -> tuple[Endpoint, dict[str, Any]]:
        """What every request of this vendor carries beside its own arguments (a language,
        a reply format), and how its replies are read (e.g. a `ReadBy`); by default, none."""
        return endpoint, arguments

    def _credentials_repr(self) -> str:
        raise NotImplementedError

    def _authorize(self, request: dict[str, Any]) -> None:
        """Put the credentials into a request built by the generated client."""
        raise NotImplementedError

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        """Raise the vendor's ApiError for an error reply, HTTP 200 envelopes included."""
        raise NotImplementedError

    # The vendor-neutral interface (smsgate.gateway), written once per vendor as steps.
    def _neutral_send(self, outgoing: Outgoing) -> Steps[list[SentMessage]]:
        raise NotImplementedError

    def _neutral_status(self, message_id: str) -> Steps[DeliveryReport]:
        raise NotImplementedError

    def _neutral_balance(self) -> Steps[Balance]:
        raise NotImplementedError

    _neutral_labels: ClassVar[bool] = False
    """Whether `_neutral_send` gives the vendor `Outgoing.label` as the message's own id and
    `_neutral_lookup` can find a send by it (the ledger reconciles unknown outcomes so)."""

    def _neutral_lookup(self, label: str, recipient: str) -> Steps[str | None]:
        """The message id of what was sent to `recipient` under `label`, None if the vendor
        has no such message (so it was never sent)."""
        raise NotImplementedError

    def _base_urls(self) -> Sequence[httpx.URL]:
        """The hosts that serve the API, main first. A try that the retry policy repeats after
        a transport failure goes to the next one; the policy alone decides whether a repeat is
        safe (a send only when its request provably never left)."""
        return (self._base_url,)

    def _plan(self, call: Call[T]) -> Plan[T]:
        """The I/O-free course of one call: yields requests to send and waits to sleep,
        receives each reply or failure, and returns the result. Both facades drive it."""
        kwargs = call.endpoint.build_request(**call.arguments)
        path = kwargs["url"].lstrip("/")
        bases = self._base_urls()
        kwargs["url"] = joined(bases[0], path)
        kwargs.setdefault("headers", {})["User-Agent"] = USER_AGENT
        self._authorize(kwargs)  # it sees the absolute URL, e.g. to keep a key off foreign hosts
        url, params = kwargs.pop("url"), kwargs.pop("params", None)
        request = self._request(kwargs, url, params)
        exchange = self._exchange
        attempt = 1
        while True:
            if exchange.log.isEnabledFor(logging.DEBUG):
                exchange.log.debug("%s -> %s", call.operation, exchange.describe(request))
            outcome = yield request
            if isinstance(outcome, httpx.Response):
                decision = exchange.after_reply(call, outcome, attempt)
            else:
                assert isinstance(outcome, httpx.HTTPError)
                decision = exchange.after_failure(call, outcome, attempt)
            if isinstance(decision, Done):
                replies = _raw.REPLIES.get()
                if replies is not None:
                    assert isinstance(outcome, httpx.Response)  # only a reply is Done
                    replies.append(outcome)
                return decision.value
            if isinstance(decision, Fail):
                decision.throw()
            assert isinstance(decision, Retry)
            yield Sleep(decision.delay)
            if isinstance(outcome, httpx.HTTPError) and len(bases) > 1:
                request = self._request(kwargs, joined(bases[attempt % len(bases)], path), params)
            attempt += 1

    def _request(
        self, kwargs: dict[str, Any], url: httpx.URL, params: Mapping[str, Any] | None
    ) -> httpx.Request:
        if not self._http.params:  # else httpx merges the client's own query with the call's
            url, params = self._queried(url, params), None
        return self._http.build_request(**kwargs, url=url, params=params, timeout=self._timeout)


class _ParseClient:
    """Stands in for the generated Client when parsing: undocumented statuses parse to None."""

    raise_on_unexpected_status = False


_PARSE_CLIENT = _ParseClient()


class SyncFacade(Facade):
    _http_class = httpx.Client
    _transport_class = httpx.BaseTransport
    _http: httpx.Client

    def _execute(self, call: Call[T]) -> T:
        plan = self._plan(call)
        outcome: httpx.Response | httpx.HTTPError | None = None
        try:
            while True:
                step = plan.send(outcome)
                if isinstance(step, Sleep):
                    time.sleep(step.seconds)
                    outcome = None
                    continue
                try:
                    outcome = self._http.send(step)
                except httpx.HTTPError as exc:
                    outcome = exc
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def _perform(self, step: Step) -> Any:
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        return self._execute(step)

    def _run(self, steps: Steps[T]) -> T:
        reply: Any = None
        failure: SmsgateError | None = None
        try:
            while True:
                step = steps.throw(failure) if failure is not None else steps.send(reply)
                failure = None
                try:
                    reply = self._perform(step)
                except SmsgateError as exc:
                    failure = exc
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def _iterate(self, stream: Stream[T]) -> Iterator[T]:
        reply: Any = None
        failure: SmsgateError | None = None
        with contextlib.closing(stream):
            while True:
                try:
                    step = stream.throw(failure) if failure is not None else stream.send(reply)
                except StopIteration:
                    return
                reply, failure = None, None
                if isinstance(step, Emit):
                    yield from step.items
                    continue
                try:
                    reply = self._perform(step)
                except SmsgateError as exc:
                    failure = exc

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self: F) -> F:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _sleep(seconds: float) -> None:
    # asyncio is imported here, not with the module: a program that only runs the sync
    # facades never loads it (about 10 ms of `import smsgate.<vendor>`).
    import asyncio

    await asyncio.sleep(seconds)


class AsyncFacade(Facade):
    _http_class = httpx.AsyncClient
    _transport_class = httpx.AsyncBaseTransport
    _http: httpx.AsyncClient

    async def _execute(self, call: Call[T]) -> T:
        plan = self._plan(call)
        outcome: httpx.Response | httpx.HTTPError | None = None
        try:
            while True:
                step = plan.send(outcome)
                if isinstance(step, Sleep):
                    await _sleep(step.seconds)
                    outcome = None
                    continue
                try:
                    outcome = await self._http.send(step)
                except httpx.HTTPError as exc:
                    outcome = exc
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def _perform(self, step: Step) -> Any:
        if isinstance(step, Sleep):
            await _sleep(step.seconds)
            return None
        return await self._execute(step)

    async def _run(self, steps: Steps[T]) -> T:
        reply: Any = None
        failure: SmsgateError | None = None
        try:
            while True:
                step = steps.throw(failure) if failure is not None else steps.send(reply)
                failure = None
                try:
                    reply = await self._perform(step)
                except SmsgateError as exc:
                    failure = exc
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def _iterate(self, stream: Stream[T]) -> AsyncIterator[T]:
        reply: Any = None
        failure: SmsgateError | None = None
        with contextlib.closing(stream):
            while True:
                try:
                    step = stream.throw(failure) if failure is not None else stream.send(reply)
                except StopIteration:
                    return
                reply, failure = None, None
                if isinstance(step, Emit):
                    for item in step.items:
                        yield item
                    continue
                try:
                    reply = await self._perform(step)
                except SmsgateError as exc:
                    failure = exc

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: F) -> F:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


_KINDS = re.compile(r"(?:Call|Steps|Stream)\[(?P<inner>.*)\]")


def _user_signature(build: Callable[..., Any], returns: Callable[[str], str]) -> inspect.Signature:
    """The signature a user sees: the build's own parameters (self included, as for any
    method looked up on a class) and, for its return, what the caller gets back instead of
    the Call, Steps or Stream that the build returns (`returns` spells it from T)."""
    signature = inspect.signature(build)
    annotation = signature.return_annotation
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    kind = _KINDS.fullmatch(text.replace("smsgate._facade.", "").replace("smsgate._calls.", ""))
    shown = returns(kind["inner"] if kind else text)
    return signature.replace(return_annotation=shown)


def _honest(
    function: Callable[..., Any], build: Callable[..., Any], signature: inspect.Signature
) -> None:
    """Give a wrapper the build's name, docs and the signature a user sees, and no
    `__wrapped__`, so that inspect, help() and IDEs read that signature and not the build's."""
    functools.update_wrapper(function, build)
    delattr(function, "__wrapped__")
    function.__signature__ = signature  # type: ignore[attr-defined]


def _rename(owner: type, name: str, *functions: Callable[..., Any]) -> None:
    """Name the wrappers after the attribute they serve as (a build reused by other
    operations is kept under a private name: `send = operation(_send)`)."""
    for function in functions:
        function.__name__ = name
        function.__qualname__ = f"{owner.__qualname__}.{name}"


class operation(Generic[P, T]):
    """Turns `def op(self, ...) -> Call[T] | Steps[T]` into `op(...) -> T` on a sync facade
    and `async op(...) -> T` on an async one, so that each operation is written once.

    Looked up on a facade class or instance, it is a plain function (or coroutine function)
    whose signature is the operation's real one, returning T: what help(), inspect and IDE
    hovers show. Operations compose by calling each other's builds as plain methods (a
    vendor keeps a build it reuses under a private name), never through this descriptor.
    """

    def __init__(self, build: Callable[Concatenate[Any, P], Call[T] | Steps[T]]):
        self._build = build
        functools.update_wrapper(self, build)  # type: ignore[arg-type]

        def run(facade: SyncFacade, *args: Any, **kwargs: Any) -> T:
            work = build(facade, *args, **kwargs)
            if isinstance(work, Call):
                return facade._execute(work)
            return facade._run(work)

        async def run_async(facade: AsyncFacade, *args: Any, **kwargs: Any) -> T:
            work = build(facade, *args, **kwargs)
            if isinstance(work, Call):
                return await facade._execute(work)
            return await facade._run(work)

        # Both wrappers are made once, here; a lookup only binds one (as for any method).
        shown = _user_signature(build, lambda result: result)
        _honest(run, build, shown)
        _honest(run_async, build, shown)
        self._run, self._run_async = run, run_async
        self._raw: tuple[Callable[..., Any], Callable[..., Any]] | None = None

    def __set_name__(self, owner: type, name: str) -> None:
        _rename(owner, name, self._run, self._run_async)

    def raw_variants(self) -> tuple[Callable[..., Any], Callable[..., Any]]:
        """This operation returning a `smsgate.RawResponse` (`client.with_raw_response`),
        sync and async: made on first use, not for every operation at import."""
        if self._raw is None:
            raw, raw_async = _raw.variants(self._run, self._run_async)
            shown = _user_signature(self._build, lambda result: f"RawResponse[{result}]")
            for function in (raw, raw_async):
                _honest(function, self._build, shown)
                function.__name__ = self._run.__name__
                function.__qualname__ = self._run.__qualname__
            self._raw = raw, raw_async
        return self._raw

    @overload
    def __get__(self, instance: None, owner: type) -> Any: ...
    @overload
    def __get__(self, instance: SyncFacade, owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(
        self, instance: AsyncFacade, owner: type
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...
    def __get__(self, instance: Facade | None, owner: type) -> Any:
        if instance is None:
            if issubclass(owner, AsyncFacade):
                return self._run_async
            return self._run if issubclass(owner, SyncFacade) else self
        if isinstance(instance, AsyncFacade):
            return types.MethodType(self._run_async, instance)
        assert isinstance(instance, SyncFacade)
        return types.MethodType(self._run, instance)


class stream(Generic[P, T]):
    """Turns `def op(self, ...) -> Stream[T]` into `op(...) -> Iterator[T]` on a sync facade
    and `op(...) -> AsyncIterator[T]` on an async one. The arguments are checked when the
    method is called (the listing runs up to its first request, which is built, not sent);
    nothing is requested until the first item is asked for, and each page is fetched only
    when the previous one is used up. Signatures are honest, as for `operation`."""

    def __init__(self, build: Callable[Concatenate[Any, P], Stream[T]]):
        self._build = build
        functools.update_wrapper(self, build)  # type: ignore[arg-type]

        def iterate(facade: SyncFacade, *args: Any, **kwargs: Any) -> Iterator[T]:
            return facade._iterate(_started(build(facade, *args, **kwargs)))

        def iterate_async(facade: AsyncFacade, *args: Any, **kwargs: Any) -> AsyncIterator[T]:
            return facade._iterate(_started(build(facade, *args, **kwargs)))

        _honest(iterate, build, _user_signature(build, lambda item: f"Iterator[{item}]"))
        _honest(iterate_async, build, _user_signature(build, lambda item: f"AsyncIterator[{item}]"))
        self._iterate, self._iterate_async = iterate, iterate_async

    def __set_name__(self, owner: type, name: str) -> None:
        _rename(owner, name, self._iterate, self._iterate_async)

    @overload
    def __get__(self, instance: None, owner: type) -> Any: ...
    @overload
    def __get__(self, instance: SyncFacade, owner: type) -> Callable[P, Iterator[T]]: ...
    @overload
    def __get__(self, instance: AsyncFacade, owner: type) -> Callable[P, AsyncIterator[T]]: ...
    def __get__(self, instance: Facade | None, owner: type) -> Any:
        if instance is None:
            if issubclass(owner, AsyncFacade):
                return self._iterate_async
            return self._iterate if issubclass(owner, SyncFacade) else self
        if isinstance(instance, AsyncFacade):
            return types.MethodType(self._iterate_async, instance)
        assert isinstance(instance, SyncFacade)
        return types.MethodType(self._iterate, instance)


def _started(listing: Stream[T]) -> Stream[T]:
    """The listing run up to its first step now, so that its argument checks raise at the
    call and not at the first `next()`; building that step does no I/O."""
    try:
        step = next(listing)
    except StopIteration:
        return _nothing()
    return _resumed(listing, step)


def _nothing() -> Stream[Any]:
    return
    yield


def _resumed(listing: Stream[T], step: Step | Emit[T]) -> Stream[T]:
    """Hands on a listing's first step, already taken, then goes on as the listing would."""
    with contextlib.closing(listing):
        while True:
            try:
                reply = yield step
            except SmsgateError as exc:
                try:
                    step = listing.throw(exc)
                except StopIteration:
                    return
                continue
            try:
                step = listing.send(reply)
            except StopIteration:
                return
