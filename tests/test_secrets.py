"""No credential leaks: every public operation of every vendor facade, found by introspection
(`operation` and `stream` descriptors), called with recognisable credentials against the
stub, with the right credentials and with refused ones. The secrets must appear in no log
record (DEBUG included, every logger), no exception text, repr or traceback, no facade repr,
and no URL of a request where the vendor takes them in the body."""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import hashlib
import inspect
import logging
import traceback
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from itertools import islice
from typing import Any

import httpx
import pytest
from smsgate import _registry
from smsgate._facade import operation, stream
from smsgate.errors import SmsgateError
from smsgate.stub import ManualClock, StubServer, SyncASGITransport

from scripts.drills.subjects import SECRET_KEY, SECRET_PASSWORD, SUBJECT_BY_VENDOR

WRONG = "SECRETwrong5T6uV7"
"""The credential of a refused run: as secret as the right one."""
SHORT_WAITS = {"timeout": 0.3, "first_wait": 0.05, "max_wait": 0.1}


@dataclass(frozen=True)
class Account:
    """One way to authenticate with one vendor."""

    name: str
    vendor: str
    """Its facade comes from the registry, its stub from the vendor's drill subject."""
    credentials: Callable[[str], tuple[tuple[Any, ...], dict[str, Any]]]
    """The client's arguments for a secret."""
    phone: str
    query_allowed: Callable[[httpx.Request], bool] = lambda request: False
    """Requests where the vendor takes the secret only in the URL."""
    derived: Callable[[str], list[str]] = lambda secret: []
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def facade(self) -> type[Any]:
        return _registry.vendor(self.vendor).sync_class()

    def stub(self) -> StubServer:
        return SUBJECT_BY_VENDOR[self.vendor].stub()


def _md5(secret: str) -> list[str]:
    return [hashlib.md5(secret.encode()).hexdigest()]


ACCOUNTS = (
    Account(
        "ubill key in query",
        "ubill",
        lambda s: ((s,), {}),
        "995511194241",
        query_allowed=lambda request: True,  # uBill documents its key in the query only
    ),
    Account(
        "ubill key in header",
        "ubill",
        lambda s: ((s,), {"key_in": "header"}),
        "995511194241",
    ),
    Account(
        "selzy POST",
        "selzy",
        lambda s: ((s,), {}),
        "+79092020303",
        options={"poll_interval": 0.01, "poll_timeout": 0.2},
    ),
    Account(
        "selzy GET",
        "selzy",
        lambda s: ((s,), {"method": "GET"}),
        "+79092020303",
        query_allowed=lambda request: request.method == "GET",  # the caller chose GET
        options={"poll_interval": 0.01, "poll_timeout": 0.2},
    ),
    Account(
        "smsc login and password",
        "smsc",
        lambda s: (("smsc-login", SECRET_PASSWORD if s != WRONG else s), {}),
        "79991234567",
    ),
    Account(
        "smsc md5 password",
        "smsc",
        lambda s: (("smsc-login", SECRET_PASSWORD if s != WRONG else s), {"md5": True}),
        "79991234567",
        derived=_md5,
    ),
    Account(
        "smsc apikey",
        "smsc",
        lambda s: ((), {"apikey": s}),
        "79991234567",
    ),
    Account(
        "smsby",
        "smsby",
        lambda s: ((s,), {}),
        "375291234567",
        # SMS.by takes the token only in the query of its GET methods, and its docs put it
        # there for the one multipart upload (specs/smsby.yaml, sendQuickViberMedia).
        query_allowed=lambda request: (
            request.method == "GET" or request.url.path.endswith("/v2/sendQuickViberMessage")
        ),
    ),
)


def public_operations(facade: type[Any]) -> list[tuple[str, Any]]:
    """Every `operation` and `stream` a facade class has, by name."""
    found = {}
    for klass in reversed(facade.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, operation | stream) and not name.startswith("_"):
                found[name] = value
    return sorted(found.items())


def sample(hint: Any, name: str, phone: str) -> Any:
    """A simple, mostly valid value of a parameter's type."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        arms = [a for a in args if a is not type(None)]
        preferred = [a for a in arms if a not in (str, int)] if "phone" not in name else []
        return sample((preferred or arms)[0], name, phone)
    if isinstance(origin, type) and issubclass(origin, collections.abc.Mapping):
        return {sample(args[0], name, phone): sample(args[1], "text", phone)} if args else {}
    if origin in (list, tuple) or (origin is not None and _is_iterable(origin)):
        if origin is tuple and len(args) > 1 and args[1] is not Ellipsis:
            return tuple(sample(a, name, phone) for a in args)
        inner = sample(args[0], name.rstrip("s"), phone) if args else "x"
        return (inner,) if origin is tuple else [inner]
    if origin is dict or hint is dict:
        return {}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if hint is bool:
        return False
    if hint is int:
        return 1
    if hint is float:
        return 1.0
    if hint is Decimal:
        return Decimal(1)
    if hint is datetime:
        return datetime.now(UTC) + timedelta(hours=1)
    if hint is date:
        return date.today()
    if hint is bytes:
        return b"x"
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, phone)
    lowered = name.lower()
    if any(word in lowered for word in ("phone", "number", "recipient", "to")):
        return phone
    if "mail" in lowered:
        return "someone@example.com"
    if "url" in lowered:
        return "https://example.com/hook"
    return "Shop1"


def _is_iterable(origin: Any) -> bool:
    return isinstance(origin, type) and issubclass(origin, collections.abc.Iterable)


def _build(klass: type[Any], phone: str) -> Any:
    hints = typing.get_type_hints(klass)
    kwargs = {
        f.name: sample(hints[f.name], f.name, phone)
        for f in dataclasses.fields(klass)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    return klass(**kwargs)


def arguments(build: Callable[..., Any], phone: str) -> tuple[list[Any], dict[str, Any]]:
    signature = inspect.signature(build)
    try:
        hints = typing.get_type_hints(build)
    except Exception:  # an annotation the test cannot resolve: fall back to names
        hints = {}
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for parameter in list(signature.parameters.values())[1:]:  # past self
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.name in SHORT_WAITS:
            keywords[parameter.name] = SHORT_WAITS[parameter.name]
            continue
        if parameter.default is not parameter.empty:
            continue
        value = sample(hints.get(parameter.name, str), parameter.name, phone)
        if parameter.kind == parameter.KEYWORD_ONLY:
            keywords[parameter.name] = value
        else:
            positional.append(value)
    return positional, keywords


class Recorder(httpx.BaseTransport):
    def __init__(self, app: Any) -> None:
        self.inner = SyncASGITransport(app)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def texts_of(error: BaseException) -> Iterator[str]:
    yield "".join(traceback.format_exception(error))
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield from (str(a) for a in current.args)
        current = current.__cause__ or current.__context__


def account_cases() -> Iterator[Any]:
    for account in ACCOUNTS:
        for accepted in (True, False):
            yield pytest.param(
                account, accepted, id=f"{account.name}-{'accepted' if accepted else 'refused'}"
            )


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("account", "accepted"), list(account_cases()))
def test_no_secret_leaks(
    account: Account, accepted: bool, caplog: pytest.LogCaptureFixture
) -> None:
    secret = SECRET_KEY if accepted else WRONG
    secrets = [SECRET_KEY, SECRET_PASSWORD, WRONG]
    secrets += [form for s in secrets for form in account.derived(s)]
    stub = account.stub()
    stub.clock = ManualClock(datetime.now(UTC).timestamp())
    recorder = Recorder(stub.app)
    args, kwargs = account.credentials(secret)
    shown: list[tuple[str, str]] = []
    operations = public_operations(account.facade)
    reached = 0
    caplog.set_level(logging.DEBUG)
    with account.facade(
        *args,
        base_url=f"http://vendor.test{stub.base_path}",
        transport=recorder,
        **{**kwargs, **account.options},
    ) as client:
        shown.append(("facade repr", repr(client)))
        for name, descriptor in operations:
            before = len(recorder.requests)
            try:
                call_args, call_kwargs = arguments(descriptor._build, account.phone)
                outcome = getattr(client, name)(*call_args, **call_kwargs)
                if isinstance(descriptor, stream):
                    outcome = list(islice(outcome, 50))
                shown.append((f"{name} result", repr(outcome)))
            except Exception as error:
                shown += [(f"{name} error", text) for text in texts_of(error)]
                if not isinstance(error, SmsgateError | TypeError):
                    raise
            reached += len(recorder.requests) > before
    recorder.close()
    shown += [(f"log {r.name}", r.getMessage()) for r in caplog.records]
    shown.append(("log text", caplog.text))
    for request in recorder.requests:
        if not account.query_allowed(request):
            shown.append((f"URL of {request.method} {request.url.path}", str(request.url)))
    leaks = [(where, s) for where, text in shown for s in secrets if s in text]
    assert not leaks, leaks[:5]
    # The scan means something only if most operations got as far as a request.
    assert reached >= 0.8 * len(operations), f"{reached} of {len(operations)} reached the stub"


def test_the_scan_covers_every_vendor_and_every_public_operation() -> None:
    """Every registered vendor has an account, and the scan's list of a facade's operations
    is every public method that is an operation or stream (none left out of the scan)."""
    assert {account.vendor for account in ACCOUNTS} == set(_registry.names())
    for name in _registry.names():
        facade = _registry.vendor(name).sync_class()
        scanned = [operation_name for operation_name, _ in public_operations(facade)]
        descriptors = [
            attribute
            for attribute in dir(facade)
            if not attribute.startswith("_")
            and isinstance(inspect.getattr_static(facade, attribute), operation | stream)
        ]
        assert scanned == sorted(descriptors) and len(scanned) >= 5, name
