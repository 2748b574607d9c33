"""`smsgate send` through the send ledger, the installed command in a subprocess against stubs on
loopback: the same command again resumes and sends nobody twice; results per chunk; SIGINT or
SIGTERM settles the chunk in flight, prints a summary with the command that resumes and exits
130; an error part-way prints what was sent and exits 1; `smsgate ledger show`."""

from __future__ import annotations

import json
import shlex
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from smsgate._bulk import default_key, default_ledger
from smsgate.ledger import State, open_ledger

from scripts.drills.crash import SMSGATE, Served, fresh_stub, numbers_for, served

TIMEOUT = 120


@pytest.fixture
def ubill(tmp_path: Path) -> Iterator[Served]:
    with served("ubill", tmp_path, 0.0) as site:
        yield site


def smsgate(site: Served, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SMSGATE), *argv], env=site.env, capture_output=True, text=True, timeout=TIMEOUT
    )


def listing(folder: Path, numbers: list[str]) -> Path:
    path = folder / "numbers.txt"
    path.write_text("\n".join(numbers) + "\n")
    return path


def lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def summary(err: str) -> dict[str, Any]:
    found = [json.loads(line) for line in err.splitlines() if line.startswith('{"summary"')]
    assert len(found) == 1, err
    result: dict[str, Any] = found[0]["summary"]
    return result


def received(site: Served) -> Counter[str]:
    return Counter(m.to for m in site.stub.sent_messages())


def test_the_same_command_again_resumes_and_sends_nobody_twice(
    ubill: Served, tmp_path: Path
) -> None:
    numbers = numbers_for("ubill", 45)
    path = listing(tmp_path, numbers)
    send = ("--json", "send", "ubill", "--to-file", str(path), "--text", "Sale!")
    first = smsgate(ubill, *send, "--chunk-size", "10")
    assert first.returncode == 0, first.stderr
    assert [m["to"] for m in lines(first.stdout)] == numbers
    assert summary(first.stderr)["sent_now"] == 45
    assert (tmp_path / "numbers.txt.ledger.db").is_file()  # beside the input

    again = smsgate(ubill, *send, "--chunk-size", "7")  # the chunking is not the send's identity
    assert again.returncode == 0, again.stderr
    assert lines(again.stdout) == lines(first.stdout)  # what was recorded, ids and all
    done = summary(again.stderr)
    assert (done["sent"], done["sent_now"], done["pending"], done["resume"]) == (45, 0, 0, None)
    assert set(received(ubill).values()) == {1} and len(received(ubill)) == 45

    other = smsgate(ubill, *send, "--key", "second-wave")  # --key: a send of its own
    assert other.returncode == 0 and summary(other.stderr)["sent_now"] == 45
    assert set(received(ubill).values()) == {2}


def test_the_default_key_is_the_send_not_its_spelling() -> None:
    key = default_key("smsc", "Sale!", "Shop", ["+79123456789", "+79123456780"])
    assert key == default_key("smsc", "Sale!", "Shop", ["+79123456780", "+79123456789"] * 2)
    assert key.startswith("smsc-")
    others = [
        default_key("smsby", "Sale!", "Shop", ["+79123456789", "+79123456780"]),
        default_key("smsc", "Sale!!", "Shop", ["+79123456789", "+79123456780"]),
        default_key("smsc", "Sale!", None, ["+79123456789", "+79123456780"]),
        default_key("smsc", "Sale!", "Shop", ["+79123456789"]),
    ]
    assert len({key, *others}) == 5


def test_numbers_on_the_command_line_are_recorded_in_the_state_directory(
    ubill: Served, tmp_path: Path
) -> None:
    number = "+995 511 19 42 41"
    send = ("send", "ubill", "--to", number, "--to", "995511194242", "--text", "Your code: 1")
    assert smsgate(ubill, *send).returncode == 0
    again = smsgate(ubill, *send)
    assert again.returncode == 0 and "nothing left to send" in again.stderr
    state = Path(ubill.env["XDG_STATE_HOME"]) / "smsgate" / "ledger.db"
    assert default_ledger(None, ubill.env) == state and state.is_file()
    assert received(ubill) == Counter({"+995511194241": 1, "+995511194242": 1})


def start(site: Served, folder: Path, *argv: str) -> tuple[subprocess.Popen[bytes], Path, Path]:
    out, err = folder / "out", folder / "err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [str(SMSGATE), *argv], env=site.env, stdout=stdout, stderr=stderr
        )
    return process, out, err


def wait_for_lines(process: subprocess.Popen[bytes], out: Path, count: int) -> None:
    deadline = time.monotonic() + TIMEOUT
    while len(out.read_text().splitlines()) < count:
        assert process.poll() is None, "the send ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_sigint_lets_the_chunk_in_flight_finish_then_summarises_and_exits_130(
    tmp_path: Path,
) -> None:
    numbers = numbers_for("ubill", 100)
    path = listing(tmp_path, numbers)
    with served("ubill", tmp_path, 0.3) as site:
        argv = ("--json", "send", "ubill", "--to-file", str(path), "--text", "Sale!")
        process, out, err = start(site, tmp_path, *argv, "--chunk-size", "10")
        wait_for_lines(process, out, 10)  # results come chunk by chunk, not at the end
        process.send_signal(signal.SIGINT)
        assert process.wait(TIMEOUT) == 130
        printed = lines(out.read_text())
        stopped = summary(err.read_text())
        assert stopped["stopped"] == "interrupted" and stopped["unknown"] == 0
        assert stopped["sent"] == len(printed) and len(printed) % 10 == 0 and printed
        assert stopped["pending"] == 100 - len(printed)
        assert sorted(received(site)) == sorted(m["to"] for m in printed)  # the chunk in flight:
        # its reply was read and recorded, and each printed line is a message the stub got

        resume = shlex.split(stopped["resume"])
        assert resume[0] == "smsgate" and resume[-2:] == ["--key", stopped["key"]]
        done = subprocess.run([str(SMSGATE), *resume[1:]], env=site.env, capture_output=True)
        assert done.returncode == 0, done.stderr
        assert set(received(site).values()) == {1} and len(received(site)) == 100


def test_a_second_sigterm_stops_at_once_and_the_chunk_in_flight_is_unknown(
    tmp_path: Path,
) -> None:
    numbers = numbers_for("ubill", 20)
    path = listing(tmp_path, numbers)
    with served("ubill", tmp_path, 2.0) as site:  # the stub has it after 1 s, replies at 2 s
        argv = ("--json", "send", "ubill", "--to-file", str(path), "--text", "Sale!")
        process, _out, err = start(site, tmp_path, *argv, "--chunk-size", "10")
        deadline = time.monotonic() + TIMEOUT
        while len(received(site)) < 10:  # the first chunk has reached the stub
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.01)
        process.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        assert process.wait(TIMEOUT) == 130
        stopped = summary(err.read_text())
        assert (stopped["sent"], stopped["unknown"], stopped["pending"]) == (0, 10, 10)
        assert "--resend-unknown" in err.read_text()
        with open_ledger(tmp_path / "numbers.txt.ledger.db") as ledger:
            records = ledger.records(stopped["key"])
        assert sorted(records) == sorted(numbers[:10])
        assert {r.state for r in records.values()} == {State.UNKNOWN}

        resume = shlex.split(stopped["resume"])[1:]
        done = subprocess.run([str(SMSGATE), *resume], env=site.env, capture_output=True)
        # Ten of unknown outcome: a partial failure until they are settled.
        assert done.returncode == 1 and summary(done.stderr.decode())["unknown"] == 10
        assert received(site) == Counter(dict.fromkeys(numbers, 1))  # unknown: not sent again
        again = subprocess.run(
            [str(SMSGATE), *resume, "--resend-unknown"], env=site.env, capture_output=True
        )
        assert again.returncode == 0 and summary(again.stderr.decode())["unknown"] == 0
        assert received(site) == Counter({n: 2 if n in numbers[:10] else 1 for n in numbers})


def test_insufficient_funds_part_way_prints_what_was_sent_and_exits_1(tmp_path: Path) -> None:
    numbers = numbers_for("smsc", 100)
    path = listing(tmp_path, numbers)
    with served("smsc", tmp_path, 0.0, fresh_stub("smsc", balance="10")) as site:  # 25 parts
        argv = ("--json", "send", "smsc", "--to-file", str(path), "--text", "Sale!")
        failed = smsgate(site, *argv, "--chunk-size", "10")
        assert failed.returncode == 1
        printed = lines(failed.stdout)
        assert len(printed) == 20  # two chunks of 10; the third is refused
        assert {m["state"] for m in printed} == {"queued"}
        stopped = summary(failed.stderr)
        assert stopped["sent"] == len(printed)
        assert (
            stopped["stopped"].startswith("[smsc.send] ")
            and "insufficient funds" in stopped["stopped"]
        )
        assert stopped["rejected"] == 10  # the chunk refused: tried again when it resumes
        assert stopped["pending"] == 90 - len(printed) and stopped["resume"]
        assert sorted(received(site)) == sorted(m["to"] for m in printed)

        text = smsgate(site, *argv[1:], "--chunk-size", "10")  # again, in words: still no money
        assert text.returncode == 1
        assert text.stdout.splitlines() == [
            f"{m['to']}  queued  id={m['id']}  parts=1" for m in printed
        ]  # what was recorded, not sent again
        assert "smsgate: [smsc.send] " in text.stderr and "to resume" in text.stderr
        assert sorted(received(site)) == sorted(m["to"] for m in printed)

        ledger = str(tmp_path / "numbers.txt.ledger.db")
        shown = smsgate(site, "--json", "ledger", "show", stopped["key"], "--ledger", ledger)
        assert shown.returncode == 0, shown.stderr
        counts = json.loads(shown.stdout)
        assert (counts["accepted"], counts["rejected"], counts["pending"]) == (len(printed), 10, 0)
        assert counts["recipients"] == len(printed) + 10 and "records" not in counts


def test_ledger_show_per_recipient_and_for_a_key_it_does_not_have(
    ubill: Served, tmp_path: Path
) -> None:
    numbers = numbers_for("ubill", 3)
    path = listing(tmp_path, numbers)
    sent = smsgate(ubill, "--json", "send", "ubill", "--to-file", str(path), "--text", "Hi")
    key, ledger = summary(sent.stderr)["key"], str(tmp_path / "numbers.txt.ledger.db")
    every = smsgate(ubill, "--json", "ledger", "show", key, "--ledger", ledger, "--recipients")
    document = json.loads(every.stdout)
    assert document["accepted"] == 3 and [r["to"] for r in document["records"]] == sorted(numbers)
    ids = {m["to"]: m["id"] for m in lines(sent.stdout)}
    assert {r["to"]: r["id"] for r in document["records"]} == ids
    text = smsgate(ubill, "ledger", "show", key, "--ledger", ledger, "--recipients")
    assert text.stdout.splitlines()[0].startswith(f"{key}: 3 recipients: 0 pending, 3 accepted")
    assert len(text.stdout.splitlines()) == 4

    missing = smsgate(ubill, "ledger", "show", "no-such-key", "--ledger", ledger)
    assert missing.returncode == 1 and f"keys there: {key}" in missing.stderr
    nowhere = smsgate(ubill, "ledger", "show", key, "--ledger", str(tmp_path / "none.db"))
    assert nowhere.returncode == 1 and not (tmp_path / "none.db").exists()


def test_a_postgresql_ledger_by_url_never_shows_its_password(
    postgres_dsn: str, tmp_path: Path
) -> None:
    secret = "SECRETpgpass5"  # the test server trusts every connection: any password will do
    dsn = postgres_dsn.replace("postgres@", f"postgres:{secret}@")
    numbers = numbers_for("smsc", 30)
    path = listing(tmp_path, numbers)
    with served("smsc", tmp_path, 0.0, fresh_stub("smsc", balance="5")) as site:  # 12 parts
        argv = ("--json", "send", "smsc", "--to-file", str(path), "--text", "Sale!")
        failed = smsgate(site, *argv, "--chunk-size", "5", "--ledger", dsn)
        assert failed.returncode == 1, failed.stderr
        stopped = summary(failed.stderr)
        assert stopped["resume"] and stopped["sent"] == len(lines(failed.stdout)) > 0
        assert secret not in failed.stderr + failed.stdout
        assert "postgres:***@" in stopped["ledger"] and "postgres:***@" in stopped["resume"]
        assert not (tmp_path / "numbers.txt.ledger.db").exists()
        shown = smsgate(site, "--json", "ledger", "show", stopped["key"], "--ledger", dsn)
        assert json.loads(shown.stdout)["accepted"] == stopped["sent"]
        assert secret not in shown.stdout + shown.stderr
