"""python -m smsgate.stub: serve vendor stubs on one port until interrupted."""

from __future__ import annotations

import argparse

import uvicorn

from ._core import Callbacks
from ._serve import combined_app, delayed, stub_class, vendors


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
        "--latency",
        type=float,
        default=0.0,
        help="seconds each reply waits, as across a network (default: 0)",
    )
    args = parser.parse_args(argv)
    stubs = {
        vendor: stub_class(vendor)(callbacks=Callbacks(url=args.callback_url))
        for vendor in args.vendor or vendors()
    }
    for vendor, stub in stubs.items():
        base = f"http://{args.host}:{args.port}/{vendor}{stub.base_path}"
        print(f"{vendor}: {base}  ({stub.describe()})")
    app = delayed(combined_app(stubs), args.latency)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
