"""The stubs under load: 50 concurrent clients (spread over the four vendors) send and read
for 60 seconds through uvicorn on loopback; then each stub's state must hold every accepted
send exactly once. Prints requests per second, errors and the state check.

    .venv/bin/python scripts/load_stub.py [--clients 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import logging
import sys

from drills.load import run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    options = parser.parse_args()
    logging.getLogger("smsgate").setLevel(logging.ERROR)
    report = run(options.clients, options.seconds)
    total = sum(report.requests.values())
    print(f"{options.clients} clients, {report.seconds:.1f} s on loopback (uvicorn)")
    print(
        f"requests: {total} ({total / report.seconds:.0f}/s);"
        f" sends {report.requests['send']}, reads {report.requests['read']};"
        f" errors: {len(report.errors)}"
    )
    for vendor, ids in report.sent.items():
        print(
            f"  {vendor}: {len(ids)} sends accepted, {report.received[vendor]} received by the"
            f" stub, {len(report.stored[vendor])} in its state"
        )
    problems = report.problems()
    print("state check:", problems if problems else "clean (none lost, none doubled)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
