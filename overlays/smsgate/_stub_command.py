"""The stub server's command line, one definition for its two entry points:
`python -m smsgate.stub` and `smsgate stub` both call `add_arguments` and `serve`, so an
option added here reaches both (the documented `smsgate stub --port 8080` used to fail
because `smsgate stub` had its own, shorter list).

This module imports only the registry: the `smsgate` command builds its parser on every run,
and the stub package (starlette, uvicorn, the specs' validators) is loaded by `serve` alone.
"""

from __future__ import annotations

import argparse

from . import _registry

__all__ = ["add_arguments", "serve"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The stub server's options, added to `parser`."""
    parser.add_argument(
        "--vendor",
        action="append",
        choices=_registry.names(),
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


def serve(args: argparse.Namespace) -> None:
    """Serve the stubs that `args` (parsed with `add_arguments`) name, until interrupted."""
    import uvicorn

    from .stub import delayed
    from .testing._admin import PREFIX, admin_app
    from .testing._handle import StubHandle

    handles = {
        vendor: StubHandle(vendor, wire=args.wire, clock=args.clock).network_callbacks_to(
            args.callback_url
        )
        for vendor in args.vendor or _registry.names()
    }
    for vendor, handle in handles.items():
        base = f"http://{args.host}:{args.port}/{vendor}{handle.stub.base_path}"
        print(f"{vendor}: {base}  ({handle.stub.describe()})", flush=True)
    print(
        f"admin API: http://{args.host}:{args.port}{PREFIX}  (state, advance, faults, reset)",
        flush=True,
    )
    app = delayed(admin_app(handles), args.latency)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
