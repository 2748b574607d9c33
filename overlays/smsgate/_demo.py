"""`smsgate demo`: send through the embedded stubs, follow delivery, receive the callbacks.

It needs no credentials and no network: the stubs and the callback endpoint run on loopback.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TextIO

from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from .errors import CallbackError
from .stub import LoopbackServer, combined_app
from .stub.ubill import UBillStub
from .ubill import DeliveryCallback, NumberStatus, UBill, parse_callback

RECIPIENTS = ("+995 511 19 42 41", "995511194242", "995511194000")  # the stub fails *000
TEXT = "გამარჯობა! Your smsgate demo message."  # Georgian: UCS-2, one part
PATIENCE = 20.0


def run(out: TextIO) -> int:
    """Run the demo; 0 when every message reached a final state and its callbacks arrived."""
    stub = UBillStub()
    received: list[DeliveryCallback] = []

    async def ubill_callback(request: Request) -> PlainTextResponse:
        try:
            received.append(parse_callback(request.url.query, callback_key=stub.callback_key))
        except CallbackError as refused:
            return PlainTextResponse(refused.message, status_code=403)
        return PlainTextResponse("OK")

    app = combined_app({"ubill": stub}, routes=[Route("/callbacks/ubill", ubill_callback)])
    with LoopbackServer(app) as url:
        stub.callbacks.url = f"{url}/callbacks/ubill"
        print(f"stubs on {url} (uBill at {url}/ubill/v1)", file=out)
        with UBill(stub.key, base_url=f"{url}/ubill/v1") as ubill:
            brand = next(b for b in ubill.brand_names() if b.authorized)
            before = ubill.balance()
            sent = ubill.send(RECIPIENTS, TEXT, brand_id=brand.id)
            print(
                f"uBill: sent batch {sent.sms_id} from {brand.name!r} to "
                f"{len(sent.numbers)} numbers; balance {before} -> {ubill.balance()} SMS",
                file=out,
            )
            deadline = time.monotonic() + PATIENCE
            report = ubill.delivery_report(sent.sms_id)
            while not (report.is_final and _callbacks_done(received, report.numbers)):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.2)
                report = ubill.delivery_report(sent.sms_id)
    rows = [
        (
            "ubill",
            report.sms_id,
            item.number,
            item.status.name.lower(),
            " -> ".join(c.status.name.lower() for c in received if c.number == item.number),
        )
        for item in report.numbers
    ]
    _print_table(rows, out)
    done = report.is_final and _callbacks_done(received, report.numbers)
    print(
        "all messages reached a final state and were confirmed by callback"
        if done
        else "some messages did not finish in time",
        file=out,
    )
    return 0 if done else 1


def _callbacks_done(received: list[DeliveryCallback], numbers: Iterable[NumberStatus]) -> bool:
    finished = {c.number for c in received if c.status.is_final}
    return all(n.number in finished for n in numbers)


def _print_table(rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    cells = [("vendor", "sms id", "number", "report", "callbacks received"), *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]
    for index, row in enumerate(cells):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)), file=out
        )
        if index == 0:
            print("  ".join("-" * width for width in widths), file=out)
