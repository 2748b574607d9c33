"""The README's main job: `smsgate demo` runs against the embedded stubs and shows delivery."""

from __future__ import annotations

import pytest
from smsgate.__main__ import main


def test_demo_delivers_and_receives_callbacks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    shown = capsys.readouterr().out
    assert shown.count("sent -> delivered") == 2 and "sent -> failed" in shown
    assert "confirmed by callback" in shown
