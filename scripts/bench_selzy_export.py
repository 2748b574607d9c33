"""How much memory exporting a large contact base through `Selzy.export_contacts` takes.

    python scripts/bench_selzy_export.py                 # 100,000 contacts
    python scripts/bench_selzy_export.py --contacts 10000

The stub runs in process with the given number of contacts; the iterator pages through them
(exportContacts, 1000 a call). tracemalloc reports the peak of memory allocated while iterating,
above what was allocated before (the stub's own contacts included); a flat figure, about the
same for 10,000 and 100,000 contacts, shows that pages are not accumulated. For contrast, the
same export collected into a list. A benchmark, not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections.abc import Callable, Iterable
from typing import Any

from smsgate.selzy import Selzy
from smsgate.stub import SyncASGITransport
from smsgate.stub.selzy import SelzyStub

KEY = "bench-key"


def populated_stub(contacts: int) -> SelzyStub:
    stub = SelzyStub(KEY)
    for i in range(contacts):
        contact, _ = stub._upsert(None, f"+7926{i:07d}")
        contact.fields["Name"] = f"Contact {i}"
        contact.lists[1] = ("active", 0.0)
    return stub


def measure(label: str, consume: Callable[[Iterable[Any]], int], stub: SelzyStub) -> None:
    with Selzy(KEY, base_url="http://selzy", transport=SyncASGITransport(stub.app)) as selzy:
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        rows = consume(selzy.export_contacts(list_id=1, field_names=["phone", "Name"]))
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] - before
        tracemalloc.stop()
    print(f"{label:<22} {rows:>8} rows  {elapsed:6.1f} s  peak growth {peak / 2**20:7.2f} MiB")


def count(rows: Iterable[Any]) -> int:
    return sum(1 for _ in rows)


def collect(rows: Iterable[Any]) -> int:
    return len(list(rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    stub = populated_stub(args.contacts)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.contacts} contacts in the stub; peak RSS so far {rss:.0f} MiB")
    measure("iterate (lazy)", count, stub)
    rss_lazy = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    measure("collect into a list", collect, stub)
    rss_list = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS after iterating {rss_lazy:.0f} MiB, after collecting {rss_list:.0f} MiB")


if __name__ == "__main__":
    main()
