"""Run the crash matrix (scripts/drills/crash.py) and print its counts as a Markdown table:
every registered vendor's `smsgate send` of 1,000 numbers, stopped at 5 SIGINT and 5 SIGKILL
points (seeded: the same seed, the same points) and resumed until it completes, on SQLite; then
two workers at once on one PostgreSQL ledger (Debian's server, started here). Exits 1 on any
duplicate, loss or other problem.

    .venv/bin/python scripts/crash_matrix.py [--seed N] [--recipients N] [--sigint N]
        [--sigkill N] [--chunk-size N] [--latency S] [--vendor V ...] [--no-postgres]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from drills.crash import Plan, Row, matrix, table
from drills.postgres import PostgresServer


def main() -> int:
    defaults = Plan()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--recipients", type=int, default=defaults.recipients)
    parser.add_argument("--sigint", type=int, default=defaults.sigint)
    parser.add_argument("--sigkill", type=int, default=defaults.sigkill)
    parser.add_argument("--chunk-size", type=int, default=defaults.chunk_size)
    parser.add_argument("--latency", type=float, default=defaults.latency)
    parser.add_argument("--vendor", action="append", help="default: every registered vendor")
    parser.add_argument("--no-postgres", action="store_true", help="leave out the two workers")
    args = parser.parse_args()
    plan = Plan(
        args.recipients, args.sigint, args.sigkill, args.chunk_size, args.latency, args.seed
    )
    print(f"crash matrix: {plan}", flush=True)

    def show(row: Row) -> None:
        print(f"\n{row.case}:", flush=True)
        for line in row.log:
            print(f"  {line}", flush=True)
        for problem in row.problems[:20]:
            print(f"  PROBLEM {problem}", flush=True)

    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="smsgate-crash-")))
        dsn = None if args.no_postgres else stack.enter_context(PostgresServer())
        rows = matrix(plan, home, dsn, vendors=args.vendor, progress=show)
    print()
    print(table(rows))
    problems = sum(len(r.problems) for r in rows)
    print(f"\nseed {plan.seed}; problems: {problems}")
    return 1 if problems or any(r.duplicates or r.lost for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
