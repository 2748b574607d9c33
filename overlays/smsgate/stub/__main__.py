"""python -m smsgate.stub: serve vendor stubs on one port until interrupted.

Beside them, under /__smsgate, an admin API for tests in any language: read a stub's state,
advance its clock, inject a fault, reset it (smsgate.testing._admin documents it; GET
/__smsgate lists it).
"""

from __future__ import annotations

import argparse

import uvicorn

from ._serve import delayed, vendors


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m smsgate.stub", description=__doc__)
    parser.add_argument(
        "--vendor",
        action="append",
        choices=vendors(),
        help="a vendor to serve (repeatable; default: all)",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--callback-url", help="where the stubs send delivery callbacks")
    parser.add_argument(
        "--clock",
        choices=("real", "manual"),
        default="real",
        help="real: statuses move with time (and POST /__smsgate/<vendor>/advance jumps);"
        " manual: only on advance (default: real)",
    )
    parser.add_argument(
        "--wire",
        choices=("spec", "live"),
        default="spec",
        help="spec: replies shaped as the vendors' documents type them; live: as the"
        " references say the real services send them (SMSC's application/json label on"
        " every reply, uBill's integer ids; default: spec)",
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        help="seconds each reply waits, as across a network (default: 0)",
    )
    args = parser.parse_args(argv)
    from ..testing._admin import PREFIX, admin_app
    from ..testing._handle import StubHandle

    handles = {
        vendor: StubHandle(vendor, wire=args.wire, clock=args.clock).network_callbacks_to(
            args.callback_url
        )
        for vendor in args.vendor or vendors()
    }
    for vendor, handle in handles.items():
        base = f"http://{args.host}:{args.port}/{vendor}{handle.stub.base_path}"
        print(f"{vendor}: {base}  ({handle.stub.describe()})")
    print(f"admin API: http://{args.host}:{args.port}{PREFIX}  (state, advance, faults, reset)")
    app = delayed(admin_app(handles), args.latency)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
