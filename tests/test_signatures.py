"""Operations tell the truth about themselves: help(), inspect.signature() and IDE hovers show
each public operation's real parameters and what the caller gets back, on the class and on
instances, sync and async; and a listing checks its arguments when it is called."""

from __future__ import annotations

import inspect
import pydoc
from collections.abc import Iterator
from typing import Any

import pytest
from smsgate._facade import AsyncFacade, Facade, SyncFacade, operation, stream
from smsgate.errors import InvalidRequestError
from smsgate.selzy import AsyncSelzy, Selzy
from smsgate.smsby import AsyncSmsBy, SmsBy
from smsgate.smsc import AsyncSmsc, Smsc
from smsgate.ubill import AsyncUBill, UBill

FACADES: list[tuple[type[Facade], tuple[Any, ...]]] = [
    (Selzy, ("key",)),
    (AsyncSelzy, ("key",)),
    (SmsBy, ("token",)),
    (AsyncSmsBy, ("token",)),
    (Smsc, ("login", "password")),
    (AsyncSmsc, ("login", "password")),
    (UBill, ("key",)),
    (AsyncUBill, ("key",)),
]
WRAPPER_KINDS = ("Call[", "Steps[", "Stream[")


def public_operations(
    facade: type[Facade],
) -> Iterator[tuple[str, operation[Any, Any] | stream[Any, Any]]]:
    seen: set[str] = set()
    for klass in facade.__mro__:
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            if isinstance(value, operation | stream):
                yield name, value


CASES = [
    pytest.param(facade, args, name, descriptor, id=f"{facade.__name__}.{name}")
    for facade, args in FACADES
    for name, descriptor in public_operations(facade)
]


def test_every_facade_has_operations() -> None:
    counts = {facade.__name__: len(list(public_operations(facade))) for facade, _ in FACADES}
    assert all(count >= 4 for count in counts.values()), counts
    assert len(CASES) > 200


@pytest.mark.parametrize(("facade", "args", "name", "descriptor"), CASES)
def test_signature_is_the_operations_own(
    facade: type[Facade], args: tuple[Any, ...], name: str, descriptor: Any
) -> None:
    build = inspect.signature(descriptor._build)
    on_class = inspect.signature(getattr(facade, name))
    assert list(on_class.parameters.values()) == list(build.parameters.values())
    shown = str(on_class.return_annotation)
    assert not shown.startswith(WRAPPER_KINDS), shown
    if isinstance(descriptor, stream):
        iterator = "AsyncIterator[" if issubclass(facade, AsyncFacade) else "Iterator["
        assert shown.startswith(iterator), shown
    else:
        assert shown in str(build.return_annotation), (shown, build.return_annotation)
    method = getattr(facade, name)
    assert method.__name__ == name
    assert method.__doc__ == descriptor._build.__doc__
    if isinstance(descriptor, operation):
        assert inspect.iscoroutinefunction(method) == issubclass(facade, AsyncFacade)

    client = facade(*args)
    try:
        bound = inspect.signature(getattr(client, name))
        assert list(bound.parameters.values()) == list(build.parameters.values())[1:]
        assert bound.return_annotation == on_class.return_annotation
    finally:
        if isinstance(client, SyncFacade):
            client.close()


@pytest.mark.parametrize(
    ("facade", "args"), [pytest.param(f, a, id=f.__name__) for f, a in FACADES]
)
def test_help_shows_real_parameters(facade: type[Facade], args: tuple[Any, ...]) -> None:
    text = pydoc.render_doc(facade, renderer=pydoc.plaintext)
    for name, descriptor in public_operations(facade):
        parameters = list(inspect.signature(descriptor._build).parameters)
        assert f"{name}({', '.join(parameters[:1])}" in text, name
        assert f"{name}(...)" not in text


def test_operations_called_on_the_class_run_as_methods() -> None:
    client = UBill("key", base_url="http://127.0.0.1:9")
    try:
        with pytest.raises(InvalidRequestError):
            UBill.delivery_report(client, "not a number")
    finally:
        client.close()


@pytest.mark.parametrize("facade", [Selzy, AsyncSelzy])
def test_listings_check_their_arguments_when_called(facade: type[Any]) -> None:
    client = facade("key", base_url="http://127.0.0.1:9")  # nothing listens: no request goes out
    with pytest.raises(InvalidRequestError, match="page_size"):
        client.export_contacts(page_size=0)
    with pytest.raises(InvalidRequestError, match="task_uuid"):
        client.read_file("")
