"""python -m smsgate.stub: serve vendor stubs on one port until interrupted.

Beside them, under /__smsgate, an admin API for tests in any language: read a stub's state,
advance its clock, inject a fault, reset it (smsgate.testing._admin documents it; GET
/__smsgate lists it). `smsgate stub` takes the same options (smsgate._stub_command).
"""

from __future__ import annotations

import argparse

from .._stub_command import add_arguments, serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m smsgate.stub", description=__doc__)
    add_arguments(parser)
    serve(parser.parse_args(argv))


if __name__ == "__main__":
    main()
