"""The fault matrix (scripts/drills/fault_matrix.py): each vendor's read and send through every
fault, in process (sync, async) and on loopback. Reads recover within the retry budget or raise a
typed error; a send reaches the stub at most once; every failure is an smsgate error that
carries the vendor, the operation and, for a reply, its status and body."""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterator

import pytest
from smsgate import _registry

from scripts.drills.fault_matrix import Upstream, cases, check, run_case
from scripts.drills.faults import FAULT_BY_NAME, FAULTS
from scripts.drills.subjects import SMSC_FORMATS, SUBJECTS

SUBJECT_BY_NAME = {s.name: s for s in (*SUBJECTS, *SMSC_FORMATS)}
CASES = [
    pytest.param(s.name, kind, f.name, repeat, mode, id=f"{s.name}-{kind}-{f.name}-{repeat}-{mode}")
    for s, kind, f, repeat, mode in cases()
]


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    with Upstream() as server:
        yield server


@pytest.mark.parametrize(("subject", "kind", "fault", "repeat", "mode"), CASES)
def test_fault(
    upstream: Upstream, subject: str, kind: str, fault: str, repeat: str, mode: str
) -> None:
    cell = run_case(
        SUBJECT_BY_NAME[subject],
        kind,
        FAULT_BY_NAME[fault],
        repeat,
        mode,
        upstream,  # type: ignore[arg-type]
    )
    assert check(SUBJECT_BY_NAME[subject], cell, FAULT_BY_NAME[fault]) == [], cell.describe()


def test_the_matrix_covers_every_vendor_kind_and_fault() -> None:
    """Every registered vendor, each of its two kinds and every fault, in every mode and both
    repeats, but for the one pair that cannot exist (a port that refuses only once); SMSC's
    other reply formats in process. Checked against the registry and FAULTS, not against the
    matrix's own loops, so that a subject or fault the matrix leaves out fails here."""
    made = collections.Counter((s.name, kind, f.name, r, m) for s, kind, f, r, m in cases())
    assert set(made.values()) == {1}, "no case twice"
    smsc_formats = [s.name for s in SMSC_FORMATS]
    vendors = [s.name for s in SUBJECTS]
    assert [v.split()[0] for v in vendors] == _registry.names()
    expected = set()
    for mode in ("sync", "async", "loopback"):
        names = vendors if mode == "loopback" else [*vendors, *smsc_formats[1:]]
        for name, kind, fault, repeat in itertools.product(
            names, ("read", "send"), FAULTS, ("once", "always")
        ):
            if not (mode == "loopback" and fault.action == "refuse" and repeat == "once"):
                expected.add((name, kind, fault.name, repeat, mode))
    assert set(made) == expected
    assert len(FAULTS) == len(FAULT_BY_NAME) >= 10, "every fault has its own name"
