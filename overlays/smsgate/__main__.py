"""The `smsgate` command: `smsgate demo`, `smsgate stub`."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smsgate", description="Typed SMS gateway SDKs.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="send through the embedded stubs and show delivery")
    stub = commands.add_parser("stub", help="serve the vendor stubs (see python -m smsgate.stub)")
    stub.add_argument("stub_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    if args.command == "demo":
        from ._demo import run

        return run(sys.stdout)
    from .stub.__main__ import main as serve

    serve(args.stub_args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
