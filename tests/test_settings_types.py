"""Settings from the environment and the config file are converted to the type the vendor's
settings TypedDict declares, with an error that names the variable (or the file and key) and
the type, never the value; and no default argument shows the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from smsgate._config import settings_for
from smsgate.errors import ConfigurationError, InvalidRequestError
from smsgate.gateway import connect
from smsgate.smsc import Format, Smsc
from smsgate.stub import LoopbackServer, SyncASGITransport, stub_class

SMSGATE = Path(sys.executable).parent / "smsgate"


def test_a_timeout_from_the_environment_is_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, SMSGATE_SMSC_TIMEOUT=5 reached httpx as the text "5": a TypeError in socket."""
    stub = stub_class("smsc")()
    monkeypatch.setenv("SMSGATE_SMSC_TIMEOUT", "5")
    monkeypatch.setenv("SMSGATE_SMSC_MD5", "no")
    monkeypatch.setenv("SMSGATE_SMSC_FMT", "1")
    settings = {k: v for k, v in stub.neutral_settings("http://r").items() if k != "sender"}
    transport = SyncASGITransport(stub.app)
    with connect("smsc", base_url="http://smsc", transport=transport, **settings) as sms:
        assert sms.client._timeout == httpx.Timeout(5.0)
        assert sms.balance().currency


def test_the_cli_reads_a_typed_timeout(tmp_path: Path) -> None:
    """The same variable through the installed command, against a stub on loopback."""
    stub = stub_class("ubill")()
    (tmp_path / "empty.toml").write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMSGATE_")}
    with LoopbackServer(stub.app) as url:
        env.update(
            SMSGATE_CONFIG=str(tmp_path / "empty.toml"),
            SMSGATE_UBILL_KEY=stub.key,
            SMSGATE_UBILL_BASE_URL=f"{url}{stub.base_path}",
            SMSGATE_UBILL_TIMEOUT="5",
        )
        done = subprocess.run(
            [str(SMSGATE), "balance", "ubill"], env=env, capture_output=True, text=True, timeout=60
        )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.split()[1] == "SMS"


@pytest.mark.parametrize(
    ("variable", "text", "expected"),
    [
        ("SMSGATE_SMSC_TIMEOUT", "s3cret-ish", "a finite number"),
        ("SMSGATE_SMSC_TIMEOUT", "inf", "a finite number"),  # would wait forever
        ("SMSGATE_SMSC_MD5", "s3cret-ish", "true or false (1/0, yes/no, on/off)"),
        ("SMSGATE_SMSC_CHARSET", "s3cret-ish", "one of 'utf-8', 'windows-1251', 'koi8-r'"),
        ("SMSGATE_SMSC_FMT", "s3cret-ish", "one of 0, 1, 2, 3 or an integer"),
    ],
)
def test_a_variable_of_the_wrong_type_is_named_with_its_type(
    variable: str, text: str, expected: str
) -> None:
    with pytest.raises(ConfigurationError) as refused:
        settings_for("smsc", Smsc, environ={variable: text})
    assert str(refused.value) == f"{variable} should be {expected}"
    assert isinstance(refused.value, InvalidRequestError)  # caught where bad input is


def test_text_converts_to_each_declared_type() -> None:
    environ = {
        "SMSGATE_SMSC_TIMEOUT": "2.5",
        "SMSGATE_SMSC_MD5": "YES",
        "SMSGATE_SMSC_FMT": "2",
        "SMSGATE_SMSC_CHARSET": "utf-8",
        "SMSGATE_SMSC_BACKUP_URLS": "https://a.example, https://b.example",
        "SMSGATE_SMSC_PASSWORD": "12345",
    }
    assert settings_for("smsc", Smsc, environ=environ) == {
        "timeout": 2.5,
        "md5": True,
        "fmt": Format.XML,
        "charset": "utf-8",
        "backup_urls": ["https://a.example", "https://b.example"],
        "password": "12345",
    }


def test_the_config_file_is_converted_alike(tmp_path: Path) -> None:
    config = tmp_path / "smsgate.toml"
    config.write_text(
        '[smsc]\npassword = 123456\ntimeout = 5\nmd5 = "on"\nfmt = "3"\n'
        'backup_urls = ["https://a.example"]\n'
    )
    assert settings_for("smsc", Smsc, config=str(config), environ={}) == {
        "password": "123456",
        "timeout": 5.0,
        "md5": True,
        "fmt": Format.JSON,
        "backup_urls": ["https://a.example"],
    }
    config.write_text('[smsc]\ntimeout = "s3cret-ish"\n')
    with pytest.raises(ConfigurationError) as refused:
        settings_for("smsc", Smsc, config=str(config), environ={})
    assert (
        str(refused.value) == f"`timeout` in [smsc] of {config} should be a finite number, not text"
    )
    config.write_text("[smsc]\nmd5 = 3\nretry = 1\n")
    with pytest.raises(ConfigurationError, match=r"`md5` .* true or false .*, not an integer"):
        settings_for("smsc", Smsc, config=str(config), environ={})
    config.write_text("[smsc]\nretry = 1\n")
    with pytest.raises(ConfigurationError, match=r"`retry` .* only code can give"):
        settings_for("smsc", Smsc, config=str(config), environ={})


def test_help_never_shows_the_environment() -> None:
    """Before, help(smsgate._config) printed os.environ, a default argument, and with it any
    SMSGATE_*_PASSWORD."""
    code = (
        "import pydoc, smsgate, smsgate._config, smsgate._logging, smsgate.gateway,"
        " smsgate.callbacks\n"
        "for module in (smsgate._config, smsgate._logging, smsgate.gateway, smsgate.callbacks):\n"
        "    print(pydoc.render_doc(module))\n"
    )
    env = {**os.environ, "SMSGATE_SMSC_PASSWORD": "visible-if-leaked-42"}
    shown = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0 and "settings_for" in shown.stdout
    assert "visible-if-leaked-42" not in shown.stdout
