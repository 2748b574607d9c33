"""The crash matrix: for each registered vendor, the installed `smsgate send` (a subprocess)
sends a file of numbers of the vendor's country to its stub on loopback through the default
SQLite ledger, and is stopped at seeded random points by SIGINT (once: it stops after the chunk
in flight; twice: at once) and by SIGKILL, then run again with the same command until it
completes. Then the stub's own record (`sent_messages`) is held against the ledger and the last
run's report: each recipient received exactly once, or reported unknown and received at most
once; none lost (each ends accepted, rejected or reported unknown). The same with two workers
at once on one PostgreSQL ledger, one key, overlapping recipients, each stopped in turn.

scripts/crash_matrix.py runs it in full and prints the table; tests/test_crash_matrix.py runs
a small version.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers
from smsgate import _registry
from smsgate._bulk import EXIT_INTERRUPTED, default_key
from smsgate.ledger import Ledger, State, open_ledger
from smsgate.stub import LoopbackServer, ManualClock, StubServer, combined_app, stub_class
from starlette.requests import ClientDisconnect

from .subjects import SUBJECT_BY_VENDOR

SMSGATE = Path(sys.executable).with_name("smsgate")
"""The installed command, beside the interpreter of this environment."""
TEXT = "Sale! 20% off until Sunday"
BALANCE = 10**7
RUN_TIMEOUT = 180.0
POLL = 0.005
FINAL_TRIES = 5
SIGINT_EXITS = (EXIT_INTERRUPTED, 0, -signal.SIGINT)
"""Stopped; or done anyway (the signal came with the last chunk); or stopped by Python's own
handler, before the command had begun to send."""


@dataclass(frozen=True)
class Plan:
    recipients: int = 1000
    sigint: int = 5
    sigkill: int = 5
    chunk_size: int = 20
    latency: float = 0.01
    """Seconds each stub reply takes, half before the stub does the work and half after."""
    seed: int = 2026


@dataclass(frozen=True)
class Kill:
    at: float
    """The fraction of recipients settled in the ledger at which it comes."""
    signal: str
    """"SIGINT", "SIGINT x2" or "SIGKILL"."""
    jitter: float
    """Seconds after that point, so that it lands anywhere in a chunk's round trip."""

    def describe(self) -> str:
        return f"{self.signal} at {self.at:.0%} +{self.jitter * 1000:.0f} ms"


def kills(plan: Plan, rng: random.Random) -> list[Kill]:
    """The plan's kill points, in the order they come, drawn from `rng` (the seed decides)."""
    kinds = ["SIGINT"] * plan.sigint + ["SIGKILL"] * plan.sigkill
    rng.shuffle(kinds)
    points = sorted(rng.uniform(0.02, 0.9) for _ in kinds)
    return [
        Kill(
            at,
            "SIGINT x2" if kind == "SIGINT" and rng.random() < 0.5 else kind,
            rng.uniform(0, 2 * plan.latency),
        )
        for at, kind in zip(points, kinds, strict=True)
    ]


@dataclass
class Row:
    """One case of the matrix: what was done to it and what the stub and the ledger say."""

    case: str
    runs: int = 0
    sigint: int = 0
    sigkill: int = 0
    duplicates: int = 0
    lost: int = 0
    unknown: int = 0
    accepted: int = 0
    rejected: int = 0
    log: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


COLUMNS = ("runs", "sigint", "sigkill", "duplicates", "lost", "unknown", "accepted", "rejected")


def table(rows: Sequence[Row]) -> str:
    head = "| case | " + " | ".join(COLUMNS) + " |"
    lines = [head, "|---" * (len(COLUMNS) + 1) + "|"]
    for row in rows:
        lines.append(f"| {row.case} | " + " | ".join(str(getattr(row, c)) for c in COLUMNS) + " |")
    totals = [str(sum(getattr(r, c) for r in rows)) for c in COLUMNS]
    lines.append("| **all** | " + " | ".join(totals) + " |")
    return "\n".join(lines)


def numbers_for(vendor: str, count: int) -> list[str]:
    """`count` distinct valid mobile numbers of the vendor's country, in E.164: the example
    number libphonenumber gives for it, with its last digits counted up."""
    region = SUBJECT_BY_VENDOR[vendor].region
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    width = len(str(count)) + 1
    stem = national[:-width]
    found = []
    for serial in range(10**width):
        number = phonenumbers.parse(f"+{example.country_code}{stem}{serial:0{width}d}")
        if phonenumbers.is_valid_number(number):
            found.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
            if len(found) == count:
                return found
    raise LookupError(f"fewer than {count} valid {region} numbers from {national}")


def answering_late(app: Any, latency: float) -> Any:
    """`app` taking `latency` s a reply, half before it does the work and half after: a kill
    may come before the stub has the message or after (its reply then never read)."""
    half = latency / 2

    async def late_app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await app(scope, receive, send)

        async def send_late(message: Any) -> None:
            if message["type"] == "http.response.start":
                await asyncio.sleep(half)
            await send(message)

        await asyncio.sleep(half)
        with suppress(ClientDisconnect):  # a killed client's request, half read
            await app(scope, receive, send_late)

    return late_app


@dataclass
class Served:
    vendor: str
    stub: StubServer
    env: dict[str, str]
    sender: str | None


def fresh_stub(vendor: str, **options: Any) -> StubServer:
    """The vendor's stub with money for every run of the matrix and a clock that stays."""
    stub: StubServer = stub_class(vendor)(**{"balance": BALANCE, "clock": ManualClock(), **options})
    return stub


@contextmanager
def served(
    vendor: str, home: Path, latency: float, stub: StubServer | None = None
) -> Iterator[Served]:
    """`stub` (default: a fresh one) of `vendor` on loopback, replying `latency` s late, and
    the environment that points `smsgate` at it as a user would: SMSGATE_<VENDOR>_* variables,
    an empty config file, a private state directory."""
    stub = stub or fresh_stub(vendor)
    with LoopbackServer(answering_late(combined_app({vendor: stub}), latency)) as url:
        settings = stub.neutral_settings(f"{url}/callbacks")
        config = home / "config.toml"
        config.write_text("")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SMSGATE_")}
        env.update(SMSGATE_CONFIG=str(config), XDG_STATE_HOME=str(home / "state"))
        prefix = f"SMSGATE_{vendor.upper()}_"
        env[f"{prefix}BASE_URL"] = f"{url}/{vendor}{stub.base_path}"
        env.update({f"{prefix}{name.upper()}": str(value) for name, value in settings.items()})
        yield Served(vendor, stub, env, settings.get("sender"))


class Worker:
    """One `smsgate send` command, run again and again; each run's output kept in files."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], folder: Path):
        self.name, self.command, self.env, self.folder = name, command, env, folder
        self.process: subprocess.Popen[bytes] | None = None
        self.runs = 0
        self.done = False

    def start(self) -> None:
        self.runs += 1
        with self.out.open("wb") as out, self.err.open("wb") as err:
            self.process = subprocess.Popen(self.command, env=self.env, stdout=out, stderr=err)

    @property
    def out(self) -> Path:
        return self.folder / f"{self.name}-{self.runs}.out"

    @property
    def err(self) -> Path:
        return self.folder / f"{self.name}-{self.runs}.err"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def wait(self) -> int:
        assert self.process is not None
        try:
            code = self.process.wait(RUN_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise
        finished = self.finished(code)
        self.done = self.done or finished
        return 0 if finished else code

    def finished(self, code: int) -> bool:
        """Whether the run went to the end of the list: exit 0, or exit 1 for a send that
        ended with recipients rejected or unknown (a partial failure, nobody pending)."""
        if code == 0:
            return True
        summary = self.summary() if code == 1 else None
        return summary is not None and summary["stopped"] is None and summary["pending"] == 0

    def report(self) -> dict[str, dict[str, Any]]:
        """The last run's lines, by recipient (its summary line apart)."""
        lines = [json.loads(line) for line in self.out.read_text().splitlines() if line]
        return {line["to"]: line for line in lines if "to" in line}

    def summary(self) -> dict[str, Any] | None:
        """The last run's summary (a JSON line on stderr), if it printed one."""
        for line in reversed(self.err.read_text(errors="replace").splitlines()):
            if line.startswith('{"summary"'):
                found: dict[str, Any] = json.loads(line)["summary"]
                return found
        return None

    def started_late(self) -> bool:
        """Whether the last run was interrupted before its bulk send had begun (in Python's
        start-up, the imports, connecting), where Python's own KeyboardInterrupt ends it
        before anything is claimed or sent."""
        text = self.err.read_text(errors="replace")
        if self.summary() is None and text.rstrip().endswith("smsgate: interrupted"):
            return True  # the command's own handler, before the bulk send took the signals
        return "KeyboardInterrupt" in text and "_bulk.py" not in text and "smsgate:" not in text

    def stderr(self) -> str:
        return self.err.read_text(errors="replace")[-600:]


def settled(ledger: Ledger, key: str) -> int:
    return sum(1 for r in ledger.records(key).values() if r.state is not State.PENDING)


def wait_for(ledger: Ledger, key: str, count: int, workers: Sequence[Worker]) -> None:
    """Until `count` recipients are settled under `key`, or no worker runs any more."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while settled(ledger, key) < count and any(w.running for w in workers):
        if time.monotonic() > deadline:
            raise TimeoutError(f"fewer than {count} settled under {key} in {RUN_TIMEOUT} s")
        time.sleep(POLL)


def strike(worker: Worker, kill: Kill, row: Row) -> None:
    """Send the kill's signal(s) to the worker and see how it ended."""
    assert worker.process is not None
    if kill.signal == "SIGKILL":
        worker.process.send_signal(signal.SIGKILL)
    else:
        worker.process.send_signal(signal.SIGINT)
        if kill.signal == "SIGINT x2":
            time.sleep(kill.jitter / 2)
            if worker.running:
                worker.process.send_signal(signal.SIGINT)
    code = worker.wait()
    expected = (-signal.SIGKILL,) if kill.signal == "SIGKILL" else SIGINT_EXITS
    early = code not in expected or worker.summary() is None
    if kill.signal != "SIGKILL" and early and worker.started_late():
        row.log.append(f"{worker.name} run {worker.runs}: {kill.describe()} -> exit {code},"
                       " while Python was starting")  # fmt: skip
        row.sigint += 1
        return
    if code not in expected:
        row.problems.append(f"{worker.name} {kill.describe()}: exit {code}: {worker.stderr()}")
    summary = worker.summary() if code == EXIT_INTERRUPTED else {"resume": "-"}
    if summary is None or not summary["resume"]:
        row.problems.append(f"{worker.name} {kill.describe()}: no summary with a resume command")
    row.log.append(f"{worker.name} run {worker.runs}: {kill.describe()} -> exit {code}")
    if kill.signal == "SIGKILL":
        row.sigkill += 1
    else:
        row.sigint += 1


def run_through(
    ledger: Ledger, key: str, total: int, workers: list[Worker], points: list[Kill], row: Row
) -> None:
    """Start the workers, stop one in turn at each kill point, then run each to its end."""
    turn = 0
    for kill in points:
        for worker in workers:
            if not worker.done and not worker.running:
                worker.start()
        live = [w for w in workers if not w.done]
        if not live:
            break
        wait_for(ledger, key, max(round(kill.at * total), 1), live)
        time.sleep(kill.jitter)
        running = [w for w in live if w.running]
        for worker in live:
            if not worker.running and worker.wait() != 0:
                row.problems.append(f"{worker.name} ended by itself: {worker.stderr()}")
        if not running:
            continue
        strike(running[turn % len(running)], kill, row)
        turn += 1
    for worker in workers:
        for _ in range(FINAL_TRIES):
            if worker.done:
                break
            if not worker.running:
                worker.start()
            if worker.wait() != 0:
                row.problems.append(f"{worker.name} failed to complete: {worker.stderr()}")
        if not worker.done:
            row.problems.append(f"{worker.name} never completed in {FINAL_TRIES} runs")
    row.runs = sum(w.runs for w in workers)
    if row.sigint + row.sigkill < len(points):
        row.problems.append(f"only {row.sigint + row.sigkill} of {len(points)} kill points hit")


def check(
    row: Row,
    stub: StubServer,
    ledger: Ledger,
    key: str,
    numbers: Sequence[str],
    reports: Sequence[tuple[Sequence[str], dict[str, dict[str, Any]]]],
) -> None:
    """The stub's record against the ledger and the workers' last reports."""
    received = Counter(m.to for m in stub.sent_messages())
    records = ledger.records(key, numbers)
    for number in numbers:
        record = records.get(number)
        state = None if record is None else record.state
        got = received[number]
        if got > 1:
            row.duplicates += 1
        if state is State.ACCEPTED:
            row.accepted += 1
            if got == 0:
                row.lost += 1
                row.problems.append(f"{number}: accepted, yet the stub never got it")
        elif state is State.UNKNOWN:
            row.unknown += 1
        elif state is State.REJECTED:
            row.rejected += 1
            if got:
                row.problems.append(f"{number}: rejected, yet the stub got it {got}x")
        else:
            row.lost += 1
            row.problems.append(f"{number}: ends {state or 'absent'} in the ledger")
    expected = {
        State.ACCEPTED: "accepted",
        State.REJECTED: "rejected",
        State.UNKNOWN: "unknown",
    }
    for listed, report in reports:
        for number in listed:
            line = report.get(number)
            record = records.get(number)
            if line is None or record is None:
                row.problems.append(f"{number}: not in the last report")
                continue
            shown = line["state"] if line["state"] in ("rejected", "unknown") else "accepted"
            if shown != expected.get(record.state):
                row.problems.append(f"{number}: reported {line['state']}, ledger {record.state}")
    foreign = sorted(set(received) - set(numbers))
    if foreign:
        row.problems.append(f"the stub got {len(foreign)} numbers never given: {foreign[:3]}")


def command(vendor: str, numbers_file: Path, plan: Plan, *extra: str) -> list[str]:
    return [str(SMSGATE), "--json", "send", vendor, "--to-file", str(numbers_file), "--text", TEXT,
            "--chunk-size", str(plan.chunk_size), *extra]  # fmt: skip


def vendor_case(vendor: str, plan: Plan, rng: random.Random, home: Path) -> Row:
    """One vendor, one worker, the default SQLite ledger beside the file: the same command
    again after every kill."""
    row = Row(f"{vendor} sqlite")
    numbers = numbers_for(vendor, plan.recipients)
    listing = home / f"{vendor}.txt"
    listing.write_text("\n".join(numbers) + "\n")
    with served(vendor, home, plan.latency) as site:
        key = default_key(vendor, TEXT, site.sender, numbers)
        worker = Worker(vendor, command(vendor, listing, plan), site.env, home)
        with open_ledger(f"{listing}.ledger.db") as ledger:
            run_through(ledger, key, len(numbers), [worker], kills(plan, rng), row)
            check(row, site.stub, ledger, key, numbers, [(numbers, worker.report())])
    return row


def workers_case(vendor: str, dsn: str, plan: Plan, rng: random.Random, home: Path) -> Row:
    """Two workers at once on one PostgreSQL ledger, one key, 40% of the recipients in
    common (the second going through its list backwards), stopped in turn."""
    row = Row(f"{vendor} postgres x2")
    numbers = numbers_for(vendor, plan.recipients)
    cut = len(numbers) * 3 // 10
    lists = {"a": numbers[: len(numbers) - cut], "b": list(reversed(numbers[cut:]))}
    key = f"crash-{vendor}-{uuid.uuid4().hex[:12]}"
    with served(vendor, home, plan.latency) as site:
        workers = []
        for name, listed in lists.items():
            listing = home / f"{vendor}-{name}.txt"
            listing.write_text("\n".join(listed) + "\n")
            argv = command(vendor, listing, plan, "--ledger", dsn, "--key", key)
            workers.append(Worker(f"{vendor}-{name}", argv, site.env, home))
        with open_ledger(dsn) as ledger:
            run_through(ledger, key, len(numbers), workers, kills(plan, rng), row)
            reports = [(lists[w.name[-1]], w.report()) for w in workers]
            check(row, site.stub, ledger, key, numbers, reports)
    return row


def matrix(
    plan: Plan,
    home: Path,
    dsn: str | None,
    *,
    vendors: Sequence[str] | None = None,
    pg_vendors: Sequence[str] | None = None,
    pg_plan: Plan | None = None,
    progress: Callable[[Row], object] = lambda row: None,
) -> list[Row]:
    """Every registered vendor (or those given) alone on SQLite, then two workers on
    PostgreSQL (under `pg_plan`, default `plan`) for each of `pg_vendors` (default: every
    vendor); one seed, the plan's, for all."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # Started in the background of a shell (`... &`): SIGINT is ignored, and the workers
        # would inherit that until smsgate sets its own handler, shrugging off early kills.
        signal.signal(signal.SIGINT, signal.default_int_handler)
    rng = random.Random(plan.seed)
    rows = []
    chosen = list(vendors or _registry.names())
    for vendor in chosen:
        folder = home / vendor
        folder.mkdir()
        rows.append(vendor_case(vendor, plan, rng, folder))
        progress(rows[-1])
    if dsn is not None:
        for vendor in pg_vendors if pg_vendors is not None else chosen:
            folder = home / f"{vendor}-postgres"
            folder.mkdir()
            rows.append(workers_case(vendor, dsn, pg_plan or plan, rng, folder))
            progress(rows[-1])
    return rows
