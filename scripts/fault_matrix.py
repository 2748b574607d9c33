"""Print the fault matrix as a Markdown table: vendor x operation kind x fault -> outcome,
in process (sync, async) and on loopback, each cell "once / always" (the fault on the first
try only, then on every try). The cases and their checks are scripts/drills/fault_matrix.py's.

    .venv/bin/python scripts/fault_matrix.py [--modes sync,async,loopback]
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict

from drills.fault_matrix import MODES, Cell, Upstream, cases, check, run_case
from smsgate.errors import SmsgateError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modes", default=",".join(MODES))
    modes = tuple(parser.parse_args().modes.split(","))
    logging.getLogger("smsgate").setLevel(logging.ERROR)  # retries log warnings
    cells: dict[tuple[str, str, str], dict[str, dict[str, Cell]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    problems: list[str] = []
    total = 0
    with Upstream() as upstream:
        for subject, kind, fault, repeat, mode in cases(modes):  # type: ignore[arg-type]
            cell = run_case(subject, kind, fault, repeat, mode, upstream)
            cells[(subject.name, kind, fault.name)][mode][repeat] = cell
            problems += [
                f"{subject.name} {kind} {fault.name} {repeat} {mode}: {p}"
                for p in check(subject, cell, fault)
            ]
            total += 1
    print("| vendor | kind | fault | " + " | ".join(f"{m} (once / always)" for m in modes) + " |")
    print("|---|---|---|" + "---|" * len(modes))
    for (vendor, kind, fault_name), by_mode in cells.items():
        row = []
        for mode in modes:
            runs = by_mode.get(mode, {})
            row.append(
                " / ".join(runs[r].describe() if r in runs else "n/a" for r in ("once", "always"))
            )
        print(f"| {vendor} | {kind} | {fault_name} | " + " | ".join(row) + " |")
    every = [c for by_mode in cells.values() for runs in by_mode.values() for c in runs.values()]
    duplicates = sum(1 for c in every if c.kind == "send" and c.sends > 1)
    foreign = sum(1 for c in every if c.error is not None and not isinstance(c.error, SmsgateError))
    print(
        f"\n{total} cases; duplicate sends: {duplicates}; exceptions from outside smsgate:"
        f" {foreign}; problems: {len(problems)}"
    )
    for problem in problems:
        print("PROBLEM", problem)
    return 1 if problems or duplicates or foreign else 0


if __name__ == "__main__":
    sys.exit(main())
