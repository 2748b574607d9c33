"""mock_vendors: every httpx client that talks to a vendor's real address reaches its stub.

Like moto's mock_aws and respx, it patches httpx's transports (HTTPTransport and
AsyncHTTPTransport, which every httpx client not given a transport of its own uses) for its
duration, so that code built with the vendors' default URLs needs no configuration at all.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from ._handle import StubHandle

F = TypeVar("F", bound=Callable[..., Any])


class VendorNotMocked(RuntimeError):
    """A request for a vendor's host inside `mock_vendors` that does not mock that vendor.
    Not an httpx error on purpose: no retry or failover swallows it, and nothing is sent."""


def vendor_hosts(vendor: str) -> set[str]:
    """The hosts a vendor serves its API on: its facade's default URL and any backups the
    vendor module lists in HOSTS (SMSC's www2..www5)."""
    from ..gateway import facade_class

    urls = [facade_class(vendor).default_base_url]
    urls += list(getattr(importlib.import_module(f"smsgate.{vendor}"), "HOSTS", ()))
    return {host for url in urls if (host := urlsplit(url).hostname)}


class mock_vendors:
    """Inside it, requests to the vendors' real hosts go to in-process stubs, from every httpx
    client, sync and async, however it was built; a request to a vendor host that is not
    mocked raises VendorNotMocked and never reaches the network; other hosts pass through.

        with mock_vendors("ubill") as vendors:
            with connect("ubill") as sms:          # no settings: they come from the mock
                sms.send("+995511194241", "Hi")
            assert vendors["ubill"].sent[0].text == "Hi"

        @mock_vendors()                            # every vendor
        async def test_signup(): ...

    With no vendors named it mocks them all. Keyword arguments give a vendor's stub options
    (`mock_vendors(ubill={"balance": 5})`, see StubHandle). Inside, each mocked vendor's
    credentials and sender are set as its SMSGATE_<VENDOR>_* variables, so `connect(vendor)`
    needs no arguments.
    """

    def __init__(self, *vendors: str, **options: Mapping[str, Any]):
        from ..stub import vendors as every_vendor

        known = every_vendor()
        chosen = list(dict.fromkeys([*vendors, *options])) or known
        unknown = sorted(set(chosen) - set(known))
        if unknown:
            raise ValueError(f"no stub for {', '.join(unknown)}; vendors: {', '.join(known)}")
        self._chosen = chosen
        self._options = options
        self._known = known
        self.handles: dict[str, StubHandle] = {}
        self._undo: list[Callable[[], None]] = []

    def __getitem__(self, vendor: str) -> StubHandle:
        return self.handles[vendor]

    def __iter__(self) -> Iterator[str]:
        return iter(self.handles)

    # Entering and leaving.
    def __enter__(self) -> mock_vendors:
        if self._undo:
            raise RuntimeError("this mock_vendors is already active")
        self.handles = {v: StubHandle(v, **self._options.get(v, {})) for v in self._chosen}
        hosts = {host: vendor for vendor in self._known for host in vendor_hosts(vendor)}
        sync_transports: dict[str, httpx.BaseTransport] = {}
        async_transports: dict[str, httpx.AsyncBaseTransport] = {}

        def route(request: httpx.Request) -> StubHandle | None:
            vendor = hosts.get(request.url.host)
            if vendor is None:
                return None
            if vendor not in self.handles:
                raise VendorNotMocked(
                    f"{request.method} {request.url.scheme}://{request.url.host}{request.url.path}"
                    f" is {vendor}, which this mock_vendors does not mock"
                    f" (it mocks {', '.join(self.handles)}); nothing was sent"
                )
            return self.handles[vendor]

        original_sync = httpx.HTTPTransport.handle_request
        original_async = httpx.AsyncHTTPTransport.handle_async_request

        def handle_request(
            transport: httpx.HTTPTransport, request: httpx.Request
        ) -> httpx.Response:
            handle = route(request)
            if handle is None:
                return original_sync(transport, request)
            if handle.vendor not in sync_transports:
                sync_transports[handle.vendor] = handle.transport()
            return sync_transports[handle.vendor].handle_request(request)

        async def handle_async_request(
            transport: httpx.AsyncHTTPTransport, request: httpx.Request
        ) -> httpx.Response:
            handle = route(request)
            if handle is None:
                return await original_async(transport, request)
            if handle.vendor not in async_transports:
                async_transports[handle.vendor] = handle.async_transport()
            return await async_transports[handle.vendor].handle_async_request(request)

        httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign, assignment]
        httpx.AsyncHTTPTransport.handle_async_request = handle_async_request  # type: ignore[method-assign, assignment]

        def unpatch() -> None:
            httpx.HTTPTransport.handle_request = original_sync  # type: ignore[method-assign]
            httpx.AsyncHTTPTransport.handle_async_request = original_async  # type: ignore[method-assign]

        self._undo.append(unpatch)
        self._set_environment()
        return self

    def _set_environment(self) -> None:
        saved: dict[str, str | None] = {}
        for vendor, handle in self.handles.items():
            for name, value in handle.credentials.items():
                if not isinstance(value, str):
                    continue
                variable = f"SMSGATE_{vendor.upper()}_{name.upper()}"
                saved.setdefault(variable, os.environ.get(variable))
                os.environ[variable] = value

        def restore() -> None:
            for variable, value in saved.items():
                if value is None:
                    os.environ.pop(variable, None)
                else:
                    os.environ[variable] = value

        self._undo.append(restore)

    def __exit__(self, *exc_info: object) -> None:
        while self._undo:
            self._undo.pop()()
        for handle in self.handles.values():
            handle.close()

    # As a decorator.
    def __call__(self, function: F) -> F:
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with self._copy():
                    return await function(*args, **kwargs)

            return run_async  # type: ignore[return-value]

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            with self._copy():
                return function(*args, **kwargs)

        return run  # type: ignore[return-value]

    def _copy(self) -> mock_vendors:
        """A fresh mock per call of a decorated function: each call starts with fresh stubs."""
        return mock_vendors(*self._chosen, **self._options)
