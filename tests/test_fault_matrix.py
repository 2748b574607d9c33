"""The fault matrix (tests/fault_matrix.py): each vendor's read and send through every fault,
in process (sync, async) and on loopback. Reads recover within the retry budget or raise a
typed error; a send reaches the stub at most once; every failure is an smsgate error that
carries the vendor, the operation and, for a reply, its status and body."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fault_matrix import Upstream, cases, check, run_case
from tests.faults import FAULT_BY_NAME
from tests.vendors import SMSC_FORMATS, SUBJECTS

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
    covered = {(s.name.split()[0], kind, f.name) for s, kind, f, _, _ in cases()}
    vendors = {s.name.split()[0] for s in SUBJECTS}
    assert len(covered) == len(vendors) * 2 * len(FAULT_BY_NAME) == 80
