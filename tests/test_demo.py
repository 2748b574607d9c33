"""The README's main job: `smsgate demo` runs against the embedded stubs and shows delivery."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from smsgate.__main__ import main
from smsgate.gateway import vendors


def test_demo_delivers_through_every_vendor(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [n for n in os.environ if n.startswith("SMSGATE_")]:  # no live vendor
        monkeypatch.delenv(name)
    (tmp_path / "empty.toml").write_text("")
    monkeypatch.setenv("SMSGATE_CONFIG", str(tmp_path / "empty.toml"))
    assert main(["demo"]) == 0
    shown = capsys.readouterr().out
    rows = [
        line.split() for line in shown.splitlines() if line.split()[:1] in [[v] for v in vendors()]
    ]
    table = [row for row in rows if row[1] != "(stub):"]
    assert sorted({row[0] for row in table}) == vendors()
    assert [row[4] for row in table].count("delivered") == 2 * len(vendors())
    assert [row[4] for row in table].count("failed") == len(vendors())
    for row in table:  # every vendor that calls back confirmed the final state
        if row[0] != "selzy":
            assert row[-1] == row[4], row
    assert "every message reached a final state" in shown
