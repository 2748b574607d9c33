"""The send ledger's two stores through one suite: what each claim, settle and lookup does,
atomic claims under concurrent workers, and rows of a worker that died."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from smsgate.ledger import Ledger, Outcome, SqliteLedger, State, open_ledger

NUMBERS = [f"+37529100{i:04d}" for i in range(40)]


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a ledger lives: a SQLite file, or the session's PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    dsn: str = request.getfixturevalue("postgres_dsn")
    return dsn


@pytest.fixture
def key() -> str:
    """A send key of this test's own: the PostgreSQL ledger is shared by the session."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def ledger(target: str) -> Iterator[Ledger]:
    with open_ledger(target) as opened:
        yield opened


def test_a_claim_takes_new_recipients_once(ledger: Ledger, key: str) -> None:
    assert ledger.claim(key, NUMBERS[:3], label="L1") == NUMBERS[:3]
    assert ledger.claim(key, NUMBERS[:5], label="L2") == NUMBERS[3:5]
    records = ledger.records(key)
    assert sorted(records) == sorted(NUMBERS[:5])
    assert {r.state for r in records.values()} == {State.PENDING}
    assert {r.owner for r in records.values()} == {ledger.owner}
    assert [records[n].label for n in NUMBERS[:5]] == ["L1"] * 3 + ["L2"] * 2


def test_settled_outcomes_are_kept_and_only_rejected_ones_are_retaken(
    ledger: Ledger, key: str
) -> None:
    a, b, c = NUMBERS[:3]
    ledger.claim(key, [a, b, c])
    ledger.settle(
        key,
        [
            Outcome(a, State.ACCEPTED, "m-1", 2, True),
            Outcome(b, State.REJECTED, error="no money"),
            Outcome(c, State.UNKNOWN, error="read timeout"),
        ],
    )
    records = ledger.records(key, [a, b, c])
    assert (records[a].state, records[a].message_id, records[a].parts) == (State.ACCEPTED, "m-1", 2)
    assert records[a].parts_reported
    assert (records[b].state, records[b].error) == (State.REJECTED, "no money")
    assert records[c].state is State.UNKNOWN
    assert ledger.claim(key, [a, b, c]) == [b]
    assert ledger.claim(key, [a, c], retake={State.REJECTED, State.UNKNOWN}) == [c]
    assert ledger.records(key, [a])[a].state is State.ACCEPTED  # never retaken


def test_a_claim_commits_earlier_outcomes_with_it(ledger: Ledger, key: str) -> None:
    """A bulk send settles one chunk as it claims the next: one durable write a chunk."""
    ledger.claim(key, NUMBERS[:2])
    earlier = [Outcome(NUMBERS[0], State.ACCEPTED, "m-0"), Outcome(NUMBERS[1], State.REJECTED)]
    assert ledger.claim(key, NUMBERS[2:4], settling=earlier) == NUMBERS[2:4]
    records = ledger.records(key)
    assert [records[n].state for n in NUMBERS[:4]] == [
        State.ACCEPTED,
        State.REJECTED,
        State.PENDING,
        State.PENDING,
    ]
    assert records[NUMBERS[0]].message_id == "m-0"


def test_a_worker_settles_only_its_own_pending_rows(target: str, key: str) -> None:
    with open_ledger(target) as first, open_ledger(target) as second:
        assert first.owner != second.owner
        first.claim(key, NUMBERS[:1])
        second.settle(key, [Outcome(NUMBERS[0], State.ACCEPTED, "stolen")])
        assert first.records(key)[NUMBERS[0]].state is State.PENDING
        first.settle(key, [Outcome(NUMBERS[0], State.ACCEPTED, "mine")])
        first.settle(key, [Outcome(NUMBERS[0], State.REJECTED, error="late")])
        assert second.records(key)[NUMBERS[0]].message_id == "mine"


def test_resolve_turns_only_unknown_rows(ledger: Ledger, key: str) -> None:
    a, b = NUMBERS[:2]
    ledger.claim(key, [a, b])
    ledger.settle(key, [Outcome(a, State.UNKNOWN), Outcome(b, State.ACCEPTED, "m-b")])
    assert ledger.resolve(key, Outcome(a, State.ACCEPTED, "m-a"))
    assert not ledger.resolve(key, Outcome(b, State.REJECTED))
    records = ledger.records(key)
    assert (records[a].state, records[a].message_id) == (State.ACCEPTED, "m-a")
    assert records[b].message_id == "m-b"


def test_concurrent_claims_give_each_recipient_to_one_worker(target: str, key: str) -> None:
    """Four workers (each its own connection) claim overlapping slices at the same time."""
    workers = [open_ledger(target) for _ in range(4)]
    won: dict[str, list[str]] = {w.owner: [] for w in workers}
    start = threading.Barrier(len(workers))

    def work(ledger: Ledger, offset: int) -> None:
        start.wait()
        for i in range(0, len(NUMBERS), 5):
            wanted = NUMBERS[i : i + 10][::-1] if offset % 2 else NUMBERS[i : i + 10]
            won[ledger.owner] += ledger.claim(key, wanted, label=ledger.owner[-8:])

    threads = [threading.Thread(target=work, args=(w, n)) for n, w in enumerate(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claims = Counter(n for numbers in won.values() for n in numbers)
    assert sorted(claims) == sorted(NUMBERS)
    assert set(claims.values()) == {1}
    records = workers[0].records(key)
    assert all(n in won[records[n].owner] for n in NUMBERS)  # the row names who won it
    for worker in workers:
        worker.close()


CLAIM_AND_DIE = """
import os, sys
from smsgate.ledger import open_ledger
ledger = open_ledger(sys.argv[1])
ledger.claim(sys.argv[2], sys.argv[3:])
os._exit(0)  # as if killed: the intent is recorded, no outcome
"""


def test_rows_of_a_worker_that_died_become_unknown(ledger: Ledger, key: str, target: str) -> None:
    ledger.claim(key, NUMBERS[:1])  # a live worker's claim stays pending
    subprocess.run([sys.executable, "-c", CLAIM_AND_DIE, target, key, *NUMBERS[1:3]], check=True)
    assert ledger.records(key)[NUMBERS[1]].state is State.PENDING
    assert ledger.abandon(key) == 2
    records = ledger.records(key)
    assert records[NUMBERS[0]].state is State.PENDING
    assert [records[n].state for n in NUMBERS[1:3]] == [State.UNKNOWN, State.UNKNOWN]
    assert "stopped after claiming" in (records[NUMBERS[1]].error or "")
    assert ledger.abandon(key) == 0


def test_keys_lists_every_send(ledger: Ledger, key: str) -> None:
    ledger.claim(key, NUMBERS[:1])
    ledger.claim(key + "-b", NUMBERS[:1])
    assert {key, key + "-b"} <= set(ledger.keys())


def test_sqlite_commits_each_intent_durably_in_wal(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    with SqliteLedger(path) as ledger:
        assert ledger._db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert ledger._db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
        ledger.claim("k", NUMBERS[:2])
        # Committed: another connection sees the intent before any outcome is settled.
        other = sqlite3.connect(path)
        assert other.execute("SELECT count(*) FROM smsgate_sends").fetchone() == (2,)
        other.close()


def test_open_ledger_picks_the_store_by_target(tmp_path: Path, postgres_dsn: str) -> None:
    with open_ledger(tmp_path / "a.db") as embedded:
        assert type(embedded).__name__ == "SqliteLedger"
    with open_ledger(postgres_dsn) as shared:
        assert type(shared).__name__ == "PostgresLedger"
        assert "postgres@" not in repr(shared)  # no DSN (it may carry a password)


def test_a_postgres_statement_cut_short_leaves_the_ledger_usable(
    postgres_dsn: str, key: str
) -> None:
    """Ctrl-C inside psycopg can leave the connection with a command in progress (here: one
    sent and never read), which refuses every other statement; the settle that records the
    interrupted chunk as unknown must still go through, as this worker (same owner)."""
    with open_ledger(postgres_dsn) as ledger:
        assert ledger.claim(key, NUMBERS[:2]) == NUMBERS[:2]
        ledger._db.pgconn.send_query(b"SELECT pg_sleep(0.05)")  # type: ignore[attr-defined]
        ledger.settle(key, [Outcome(n, State.UNKNOWN, error="interrupted") for n in NUMBERS[:2]])
        records = ledger.records(key)
        assert {r.state for r in records.values()} == {State.UNKNOWN}
        assert ledger.abandon(key) == 0  # its own rows: it is alive, under the same token
        assert ledger.claim(key, NUMBERS[2:3]) == NUMBERS[2:3]
        assert ledger.records(key)[NUMBERS[2]].owner == ledger.owner
