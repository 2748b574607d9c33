"""The stubs under load, briefly: 50 concurrent clients on loopback; afterwards every send a
client was told was accepted is in the stub's state exactly once, and nothing else is.
Throughput is measured by scripts/load_stub.py, not here."""

from __future__ import annotations

import pytest

from scripts.drills.load import run


@pytest.mark.timeout(120)
def test_no_send_lost_or_doubled_under_load() -> None:
    report = run(clients=50, seconds=2.0)
    assert report.problems() == []
    assert all(len(ids) > 0 for ids in report.sent.values()), report.sent.keys()
