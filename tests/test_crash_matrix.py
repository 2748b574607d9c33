"""The crash matrix (scripts/drills/crash.py), small: every registered vendor's `smsgate send`
of 1,000 numbers on SQLite, stopped by a SIGINT and a SIGKILL at seeded random points and
resumed until it completes; two workers at once on one PostgreSQL ledger for a vendor that
cannot look a send up (its unknowns stay unknown), stopped by 2 SIGINT and 2 SIGKILL. By the
stub's own record: no recipient twice, none lost. `scripts/crash_matrix.py` runs the full one
(5 + 5 points, two workers for every vendor)."""

from __future__ import annotations

import random
from pathlib import Path

from smsgate import _registry
from smsgate.gateway import connect, facade_class
from smsgate.ledger import Outcome, SqliteLedger, State
from smsgate.stub import SyncASGITransport

from scripts.drills.crash import Plan, Row, check, fresh_stub, kills, matrix, numbers_for, table

SMALL = Plan(recipients=1000, sigint=1, sigkill=1, chunk_size=40, latency=0.006, seed=17)
TWO_WORKERS = Plan(recipients=1000, sigint=2, sigkill=2, chunk_size=40, latency=0.006, seed=17)


def test_every_vendor_stopped_and_resumed_sends_each_recipient_once(
    postgres_dsn: str, tmp_path: Path
) -> None:
    blind = [v for v in _registry.names() if not facade_class(v)._neutral_labels][:1]
    rows = matrix(SMALL, tmp_path, postgres_dsn, pg_vendors=blind, pg_plan=TWO_WORKERS)
    print(table(rows))
    assert [r.case for r in rows] == [f"{v} sqlite" for v in _registry.names()] + [
        f"{v} postgres x2" for v in blind
    ]
    for row in rows:
        assert row.problems == [], (row.case, row.log, row.problems[:5])
        assert (row.duplicates, row.lost) == (0, 0), row.case
        plan = TWO_WORKERS if "postgres" in row.case else SMALL
        assert (row.sigint, row.sigkill) == (plan.sigint, plan.sigkill), row.log
        assert row.runs > plan.sigint + plan.sigkill  # resumed after each, then completed
        assert row.accepted + row.rejected + row.unknown == plan.recipients


def test_the_kill_points_come_from_the_seed() -> None:
    first, again = kills(SMALL, random.Random(SMALL.seed)), kills(SMALL, random.Random(SMALL.seed))
    assert first == again
    assert first != kills(SMALL, random.Random(SMALL.seed + 1))
    kinds = sorted(k.signal.split()[0] for k in kills(TWO_WORKERS, random.Random(1)))
    assert kinds == ["SIGINT"] * 2 + ["SIGKILL"] * 2
    assert [k.at for k in first] == sorted(k.at for k in first)


def test_the_numbers_are_valid_and_of_the_vendors_country() -> None:
    for vendor, prefix in (("smsby", "+375"), ("ubill", "+995"), ("smsc", "+7")):
        numbers = numbers_for(vendor, 1000)
        assert len(set(numbers)) == 1000 and all(n.startswith(prefix) for n in numbers)


def test_the_check_counts_a_recipient_the_stub_got_twice_and_one_never_settled(
    tmp_path: Path,
) -> None:
    """The matrix can fail: a number sent twice behind the ledger's back is a duplicate, and
    one left pending is lost."""
    stub = fresh_stub("smsc")
    twice, settled, left = numbers_for("smsc", 3)
    settings = stub.neutral_settings("http://127.0.0.1:9/callbacks")
    with connect(
        "smsc", base_url=f"http://smsc{stub.base_path}", transport=SyncASGITransport(stub.app),
        **settings,
    ) as sms:  # fmt: skip
        sms.send([twice, settled], "Sale!")
        sms.send(twice, "Sale again!")
    with SqliteLedger(tmp_path / "ledger.db") as ledger:
        ledger.claim("k", [twice, settled, left])
        ledger.settle("k", [Outcome(n, State.ACCEPTED, "id") for n in (twice, settled)])
        row = Row("smsc")
        check(row, stub, ledger, "k", [twice, settled, left], [])
    assert (row.duplicates, row.lost, row.accepted) == (1, 1, 2)
    assert row.problems == [f"{left}: ends pending in the ledger"]
