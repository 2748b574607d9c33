"""The `smsgate` command against stubs served on loopback, configured as users configure it."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from smsgate.__main__ import main
from smsgate.stub import LoopbackServer, combined_app
from smsgate.stub.selzy import SelzyStub
from smsgate.stub.ubill import UBillStub


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[dict[str, object]]:
    stubs = {"ubill": UBillStub(), "selzy": SelzyStub()}
    with LoopbackServer(combined_app(stubs)) as url:
        monkeypatch.setenv("SMSGATE_UBILL_KEY", "stub-key")
        monkeypatch.setenv("SMSGATE_UBILL_BASE_URL", f"{url}/ubill/v1")
        config = tmp_path / "smsgate.toml"
        config.write_text(f'[selzy]\napi_key = "stub-key"\nbase_url = "{url}/selzy"\n')
        monkeypatch.setenv("SMSGATE_CONFIG", str(config))
        yield {"url": url, **stubs}


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_balance_send_and_status_as_json(served: dict[str, object]) -> None:
    code, out = run("--json", "balance", "ubill")
    assert code == 0 and json.loads(out) == {"amount": "1000", "currency": "SMS", "vendor": "ubill"}

    code, out = run(
        "--json",
        "send",
        "ubill",
        "--to",
        "+375 29 123-45-67",
        "--to",
        "375291234000",
        "--text",
        "Hello",
    )
    sent = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [m["to"] for m in sent] == ["+375291234567", "+375291234000"]

    code, out = run("--json", "status", "ubill", sent[0]["id"])
    report = json.loads(out)
    assert code == 0 and report["id"] == sent[0]["id"] and report["state"] in ("queued", "sent")
    assert json.loads(run("--json", "balance", "ubill")[1])["amount"] == "998"


def test_a_dry_run_estimates_without_sending(served: dict[str, object], tmp_path: Path) -> None:
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("+375291234567\n+375291234568, Anna\n\n")
    code, out = run(
        "--json", "send", "ubill", "--to-file", str(numbers), "--text", "Ж" * 71, "--dry-run"
    )
    estimate = json.loads(out)
    assert code == 0 and estimate["recipients"] == 2 and estimate["segments"]["parts"] == 2
    assert json.loads(run("--json", "balance", "ubill")[1])["amount"] == "1000"


def test_missing_credentials_and_bad_numbers_are_clear(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "empty.toml").write_text("")
    monkeypatch.setenv("SMSGATE_CONFIG", str(tmp_path / "empty.toml"))
    monkeypatch.delenv("SMSGATE_SMSBY_TOKEN", raising=False)
    assert run("balance", "smsby")[0] == 2
    assert "SMSGATE_SMSBY_TOKEN" in capsys.readouterr().err
    monkeypatch.setenv("SMSGATE_SMSBY_TOKEN", "secret-token-123")
    assert run("send", "smsby", "--to", "12ab", "--text", "hi")[0] == 2
    err = capsys.readouterr().err
    assert "not a valid international phone number" in err and "secret-token-123" not in err


def test_importing_a_csv_into_a_selzy_list(served: dict[str, object], tmp_path: Path) -> None:
    selzy: Any = served["selzy"]
    list_id = max(selzy.lists)
    table = tmp_path / "contacts.csv"
    rows = ["email,Name"] + [f"user{i}@example.com,User {i}" for i in range(1200)]
    table.write_text("\n".join(rows) + "\n")
    code, out = run("--json", "import-contacts", str(table), "--list-id", str(list_id))
    assert code == 0 and json.loads(out) == {
        "inserted": 1200,
        "updated": 0,
        "rejected": 0,
        "failed": 0,
        "rows": [],
    }
    assert len(selzy.contacts) == 1200
    assert all(list_id in c.lists for c in selzy.contacts.values())


def test_listen_prints_each_verified_callback(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "empty.toml").write_text("")
    env = {**os.environ, "SMSGATE_CONFIG": str(tmp_path / "empty.toml")}
    env["SMSGATE_UBILL_CALLBACK_SECRET"] = "cb-secret"
    command = [sys.executable, "-m", "smsgate", "--json", "listen", "--vendor", "ubill"]
    listener = subprocess.Popen(
        [*command, "--port", str(port)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        url = f"http://127.0.0.1:{port}/ubill"
        query = "smsID=7&number=375291234567&statusID=1&date=2026-01-01+10:00:00"
        for _ in range(100):  # until it listens
            try:
                forged = httpx.get(f"{url}?key=wrong&{query}")
                break
            except httpx.ConnectError:
                time.sleep(0.1)
        assert forged.status_code == 403
        assert httpx.get(f"{url}?key=cb-secret&{query}").text == "OK"
        assert listener.stdout is not None
        report = json.loads(listener.stdout.readline())
        assert (report["id"], report["state"]) == ("7:375291234567", "delivered")
    finally:
        listener.terminate()
        listener.wait(10)
