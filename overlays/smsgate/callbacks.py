"""Delivery callbacks from any vendor, through any web framework, as neutral reports.

    receiver = CallbackReceiver("ubill", secret="the key set in the uBill cabinet")

    # in any framework's handler:
    reports = receiver.receive(request.method, str(request.url), request.headers, body)

    # or mount the ASGI app, one path per vendor:
    app = callback_app([receiver], on_report=store)      # POST/GET /ubill

Each vendor module reads its own callbacks (with the reader its smsgate._registry record
names) and verifies them where the vendor allows: uBill's key (in the query), SMSC's hash
when configured, and for SMS.by a `key` query parameter you put into the `callback_url` you
send with. A forged or malformed callback raises CallbackError with its `reason`; the app
answers 403 or 400 with it.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import _registry
from ._neutral import DeliveryReport
from .errors import CallbackError

__all__ = ["CallbackReceiver", "CallbackRequest", "callback_app"]

MAX_BODY = 1 << 20
"""A delivery callback is a few hundred bytes; a larger body is refused unread."""


@dataclass(frozen=True)
class CallbackRequest:
    """An incoming HTTP request as every framework can give it."""

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.url).query, keep_blank_values=True))

    def header(self, name: str) -> str:
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), "")

    @property
    def fields(self) -> dict[str, str]:
        """The query, with a form body's fields over it (vendors send either)."""
        fields = self.query
        if "application/x-www-form-urlencoded" in self.header("content-type"):
            text = self.body.decode("utf-8", "replace")
            fields.update(parse_qsl(text, keep_blank_values=True))
        return fields


class CallbackReceiver:
    """Reads one vendor's delivery callbacks; `secret` is what verifies them."""

    def __init__(self, vendor: str, *, secret: str | None = None, **options: Any):
        """`options` go to the vendor's reader (e.g. SMSC's `hash_algorithm`)."""
        self.vendor = vendor
        self._read = _registry.vendor(vendor).reader()
        self._secret = secret
        self._options = options

    def __repr__(self) -> str:
        verified = "verified" if self._secret else "unverified"
        return f"CallbackReceiver({self.vendor!r}, {verified})"

    def read(self, request: CallbackRequest) -> list[DeliveryReport]:
        reports: list[DeliveryReport] = self._read(request, self._secret, **self._options)
        return reports

    def receive(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
        body: bytes | str = b"",
    ) -> list[DeliveryReport]:
        """The reports in one callback; CallbackError if it is forged or malformed."""
        pairs = headers.items() if isinstance(headers, Mapping) else headers
        raw = body.encode() if isinstance(body, str) else body
        return self.read(CallbackRequest(method.upper(), url, dict(pairs), raw))


ReportHandler = Callable[[DeliveryReport], Awaitable[None] | None]


def callback_app(receivers: Iterable[CallbackReceiver], on_report: ReportHandler) -> Any:
    """An ASGI app that takes each vendor's callbacks at /<vendor> (GET or POST) and hands
    every report to `on_report` (a function or a coroutine function)."""
    by_path = {f"/{r.vendor}": r for r in receivers}

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                event = (await receive())["type"].rsplit(".", 1)[-1]  # startup or shutdown
                await send({"type": f"lifespan.{event}.complete"})
                if event == "shutdown":
                    return
        path, root = scope.get("path", ""), scope.get("root_path", "")
        path = path[len(root) :] if root and path.startswith(root) else path  # when mounted
        receiver = by_path.get(path.rstrip("/"))
        if receiver is None:
            await _answer(send, 404, "no callback receiver here")
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_BODY:
                await _answer(send, 413, "callback body too large")
                return
        query = scope.get("query_string", b"").decode("latin-1")
        url = path + (f"?{query}" if query else "")
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        try:
            reports = receiver.receive(scope["method"], url, headers, body)
        except CallbackError as refused:
            await _answer(send, 403 if refused.reason == "forged" else 400, refused.message)
            return
        for report in reports:
            handled = on_report(report)
            if inspect.isawaitable(handled):
                await handled
        await _answer(send, 200, "OK")

    return app


async def _answer(send: Any, status: int, text: str) -> None:
    body = text.encode()
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
