"""Delivery callbacks from any vendor, through any web framework, as neutral reports.

    receiver = CallbackReceiver("ubill", secret="the key set in the uBill cabinet")
    # or, from the settings given to connect() (callback_secret, SMSGATE_<VENDOR>_*...):
    receiver = gateway.callback_receiver()

    # in any framework's handler:
    reports = receiver.receive(request.method, str(request.url), request.headers, body)

    # or mount the ASGI app, one path per vendor:
    app = callback_app([receiver], on_report=store)      # POST/GET /ubill

Each vendor module reads its own callbacks (with the reader its smsgate._registry record
names) and verifies them where the vendor allows: uBill's key (in the query), SMSC's hash,
and for SMS.by a `key` query parameter you put into the `callback_url` you send with. A
forged or malformed callback raises CallbackError with its `reason`; the app answers 403 or
400 with it.

Verified by default: a receiver without a secret would take a forged "delivered" from anyone
who knows the URL, so building one needs `allow_unverified=True`, said out loud; so does a
receiver for a vendor whose callbacks carry nothing to verify (ConfigurationError otherwise).

Vendors repeat a callback they think was lost, so each report is handed on once: a receiver
remembers the identity of the last `remember` reports it returned (the vendor's message id,
its status and the time it gives, as the report carries them) and drops a repeat of any of
them. The memory is bounded (least recently seen forgotten first) and per receiver, i.e. per
process: several workers behind one URL each report a repeat that reaches them first.
"""

from __future__ import annotations

import inspect
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import _registry
from ._neutral import DeliveryReport
from .errors import CallbackError, ConfigurationError

__all__ = ["CallbackReceiver", "CallbackRequest", "callback_app"]

MAX_BODY = 1 << 20
"""A delivery callback is a few hundred bytes; a larger body is refused unread."""
REMEMBERED = 10_000
"""Reports whose identity a receiver keeps to drop repeats: a few hours of callbacks of a
busy sender, about a megabyte."""


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

    def __init__(
        self,
        vendor: str,
        *,
        secret: str | None = None,
        allow_unverified: bool = False,
        remember: int = REMEMBERED,
        **options: Any,
    ):
        """`secret` verifies the callbacks (what it is depends on the vendor: its registry
        record says); without one, `allow_unverified=True` is needed to take them at all.
        `remember`: how many recent reports are kept to drop the vendor's repeats (0: none).
        `options` go to the vendor's reader (e.g. SMSC's `hash_algorithm`)."""
        record = _registry.vendor(vendor)
        secret = secret or None
        if record.callback_secret is None:
            if secret is not None or not allow_unverified:
                raise ConfigurationError(
                    f"{record.title} callbacks cannot be verified: they carry nothing that tells"
                    " the vendor from a forger, so no secret can check them; build"
                    f" CallbackReceiver({vendor!r}, allow_unverified=True) to take them"
                    " unverified (smsgate listen --allow-unverified)"
                )
        elif secret is None and not allow_unverified:
            raise ConfigurationError(
                f"CallbackReceiver({vendor!r}) has no secret, so it would take forged"
                f" callbacks; give secret= ({record.callback_secret}; callback_secret or"
                f" SMSGATE_{vendor.upper()}_CALLBACK_SECRET for connect() and smsgate listen),"
                " or allow_unverified=True (smsgate listen --allow-unverified) to take them"
                " unverified"
            )
        if isinstance(remember, bool) or not isinstance(remember, int) or remember < 0:
            raise ConfigurationError(
                f"remember is a count of reports (0 or more), got {remember!r}"
            )
        self.vendor = vendor
        self.verified = secret is not None
        """Whether every callback this receiver returns was checked with its secret."""
        self._read = record.reader()
        self._secret = secret
        self._options = options
        self._remember = remember
        self._seen: OrderedDict[tuple[str, str, object], None] = OrderedDict()
        self._lock = threading.Lock()  # frameworks call handlers from several threads

    def __repr__(self) -> str:
        verified = "verified" if self.verified else "UNVERIFIED"
        return f"CallbackReceiver({self.vendor!r}, {verified})"

    def read(self, request: CallbackRequest) -> list[DeliveryReport]:
        """The reports of one callback not returned before (see the module's docstring)."""
        reports: list[DeliveryReport] = self._read(request, self._secret, **self._options)
        if not self._remember:
            return reports
        fresh = []
        with self._lock:
            for report in reports:
                identity = _identity(report)
                if identity in self._seen:
                    self._seen.move_to_end(identity)
                    continue
                self._seen[identity] = None
                fresh.append(report)
            while len(self._seen) > self._remember:
                self._seen.popitem(last=False)
        return fresh

    def forget(self, reports: Iterable[DeliveryReport]) -> None:
        """Take reports back, so that the vendor's next delivery of them is reported again:
        for a handler that failed to store them (callback_app does this)."""
        with self._lock:
            for report in reports:
                self._seen.pop(_identity(report), None)

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
    every report to `on_report` (a function or a coroutine function). A report that
    `on_report` raises on is forgotten again, so that the vendor's retry reaches it."""
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
        for done, report in enumerate(reports):
            try:
                handled = on_report(report)
                if inspect.isawaitable(handled):
                    await handled
            except BaseException:
                receiver.forget(reports[done:])  # not stored: the vendor's retry must count
                raise
        await _answer(send, 200, "OK")

    return app


def _identity(report: DeliveryReport) -> tuple[str, str, object]:
    """What tells one status event from another: the vendor's message id (with the number),
    its status as it came, and the time it gives, if any."""
    return (report.id, report.vendor_status, report.at)


async def _answer(send: Any, status: int, text: str) -> None:
    body = text.encode()
    headers = [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
