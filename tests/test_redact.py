"""Redaction of credentials in text and in the HTTP libraries' log records."""

from __future__ import annotations

import logging

import httpx
import pytest
from smsgate._redact import Redactor, masked


def test_secrets_and_their_url_forms_are_masked() -> None:
    redact = Redactor(["p@ss word/1", "k3y"])
    text = "key=k3y&psw=p%40ss%20word%2F1 or p%40ss+word%2F1 or p@ss word/1"
    assert redact(text) == "key=***&psw=*** or *** or ***"


def test_a_secret_inside_another_is_masked_whole() -> None:
    assert Redactor(["abc", "abcdef"])("x abcdef y") == "x *** y"


def test_empty_secrets_mask_nothing() -> None:
    assert Redactor(["", ""])("plain") == "plain"


def test_masked_tells_only_whether_a_value_is_set() -> None:
    assert masked("secret") == "***" and masked(None) == "None" and masked("") == "None"


def test_httpx_request_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    redactor = Redactor(["query-secret"])
    caplog.set_level(logging.INFO, logger="httpx")
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=transport) as client:
        client.get("https://vendor.example/api?key=query-secret")
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert lines and all("query-secret" not in line and "key=***" in line for line in lines)
    del redactor
