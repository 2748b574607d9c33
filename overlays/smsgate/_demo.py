"""`smsgate demo`: send through every vendor, follow delivery, receive the callbacks.

With no settings it needs no credentials and no network: the stubs of all four vendors and
the callback receiver run on loopback, and the delivery callbacks come back to it. Setting a
vendor's credential (e.g. SMSGATE_SMSBY_TOKEN) points that vendor at the real service: the
demo then reads its balance, and sends only to SMSGATE_DEMO_TO if that is set.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from starlette.routing import Mount

from ._config import COMMON, settings_for
from .callbacks import CallbackReceiver, callback_app
from .errors import SmsgateError
from .gateway import DeliveryReport, Gateway, SentMessage, connect, facade_class, vendors
from .stub import LoopbackServer, combined_app, stub_class

RECIPIENTS = ("+375 29 123-45-67", "+995 511 19 42 41", "+375 29 123-4000")  # stubs fail *000
TEXT = "Привет from smsgate! Ваш код 4821."  # Cyrillic: UCS-2, one part
PATIENCE = 30.0


@dataclass
class Run:
    vendor: str
    live: bool
    gateway: Gateway | None = None
    sent: list[SentMessage] = field(default_factory=list)
    reports: list[DeliveryReport] = field(default_factory=list)
    problem: str | None = None
    calls_back: bool = False
    """Whether its delivery callbacks reach the demo: its stub names a callback secret."""


def _is_live(vendor: str) -> bool:
    settings = settings_for(vendor, facade_class(vendor), given={})
    return any(name not in COMMON for name in settings)


def run(out: TextIO) -> int:
    """Run the demo; 0 when every message reached a final state (and its callbacks came)."""
    runs = [Run(vendor, _is_live(vendor)) for vendor in vendors()]
    stubs = {r.vendor: stub_class(r.vendor)() for r in runs if not r.live}
    callbacks: list[DeliveryReport] = []
    receivers: dict[str, CallbackReceiver] = {}

    async def receive(scope: Any, receive: Any, send: Any) -> None:
        await callback_app(receivers.values(), callbacks.append)(scope, receive, send)

    app = combined_app(stubs, routes=[Mount("/callbacks", app=receive)])
    with LoopbackServer(app) as url:
        print(f"stubs and the callback receiver on {url}", file=out)
        for r in runs:
            if r.live:
                r.gateway = connect(r.vendor)
                continue
            stub = stubs[r.vendor]
            settings = stub.neutral_settings(f"{url}/callbacks/{r.vendor}")
            r.calls_back = "callback_secret" in settings
            secret = settings.pop("callback_secret", None)
            if secret is not None:  # a vendor that calls back signs, and is verified
                receivers[r.vendor] = CallbackReceiver(r.vendor, secret=secret)
            r.gateway = connect(r.vendor, base_url=f"{url}/{r.vendor}{stub.base_path}", **settings)
        for r in runs:
            _send(r, out)
        _follow(runs, callbacks)
        for r in runs:
            if r.gateway is not None:
                r.gateway.close()
    _print_table(_rows(runs, callbacks), out)
    done = all(r.problem is None and all(x.is_final for x in r.reports) for r in runs)
    print(
        "every message reached a final state; callbacks confirmed them where the vendor sends any"
        if done
        else "some messages did not finish in time, or a vendor failed (see above)",
        file=out,
    )
    return 0 if done else 1


def _send(r: Run, out: TextIO) -> None:
    assert r.gateway is not None
    where = "live" if r.live else "stub"
    try:
        before = r.gateway.balance()
        to = os.environ.get("SMSGATE_DEMO_TO", "").split(",") if r.live else RECIPIENTS
        if r.live and not any(to):
            print(
                f"{r.vendor} ({where}): balance {before.amount} {before.currency};"
                " set SMSGATE_DEMO_TO to send",
                file=out,
            )
            return
        estimate = r.gateway.estimate(to, TEXT)
        r.sent = r.gateway.send(to, TEXT)
        after = r.gateway.balance()
    except SmsgateError as error:
        r.problem = str(error)
        print(f"{r.vendor} ({where}): {error}", file=out)
        return
    print(
        f"{r.vendor} ({where}): sent {len(r.sent)} messages, {estimate.parts} parts estimated;"
        f" balance {before.amount} -> {after.amount} {after.currency}",
        file=out,
    )


def _follow(runs: Sequence[Run], callbacks: list[DeliveryReport]) -> None:
    """Poll until every message is final and, where the vendor calls back, its callback came.
    SMSC allows a few status reads a minute per message, so reads wait for the callbacks."""
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        finished = {c.id for c in callbacks if c.is_final}
        for r in runs:
            waiting = r.calls_back
            if r.sent and (not waiting or all(m.id in finished for m in r.sent if m.id)):
                try:
                    assert r.gateway is not None
                    r.reports = [r.gateway.status(m.id) for m in r.sent if m.id]
                except SmsgateError as error:
                    r.problem = str(error)
        if all(
            r.problem or not r.sent or (r.reports and all(x.is_final for x in r.reports))
            for r in runs
        ):
            return
        time.sleep(0.5)


def _rows(runs: Sequence[Run], callbacks: list[DeliveryReport]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for r in runs:
        reports = {x.id: x for x in r.reports}
        for m in r.sent:
            report = reports.get(m.id)
            heard = " -> ".join(str(c.state) for c in callbacks if c.id == m.id and m.id)
            rows.append(
                (
                    r.vendor,
                    m.id,
                    m.to,
                    str(m.parts),
                    str(report.state) if report else "?",
                    report.vendor_status if report else "",
                    heard or ("-" if r.calls_back else "none sent by vendor"),
                )
            )
    return rows


def _print_table(rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    head = ("vendor", "message id", "to", "parts", "state", "vendor status", "callbacks")
    cells = [head, *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(head))]
    for index, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)
        if index == 0:
            print("  ".join("-" * w for w in widths), file=out)
