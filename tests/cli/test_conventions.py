"""The installed `smsgate` command, run as a user runs it, against stubs on loopback: global
options anywhere, --version, -v, --base-url, --region, recipients files and standard input,
errors as text or JSON, and the exit codes (0, 1 vendor, 2 usage, 130 interrupted)."""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest
from smsgate.stub import LoopbackServer, combined_app
from smsgate.stub.ubill import UBillStub

from tests.support.cli import clean_environment, run_smsgate, smsgate_command, smsgate_stub

KEY = "ubill-secret-key-4821"


@pytest.fixture
def ubill() -> Iterator[tuple[UBillStub, str]]:
    """A uBill stub on loopback and its base URL (for --base-url)."""
    stub = UBillStub(key=KEY)
    with LoopbackServer(combined_app({"ubill": stub})) as url:
        yield stub, f"{url}/ubill/v1"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return clean_environment(tmp_path, SMSGATE_UBILL_KEY=KEY)


def sent_to(stub: UBillStub) -> list[str]:
    return [message.to for message in stub.sent_messages()]


def test_global_options_go_before_or_after_the_command(
    ubill: tuple[UBillStub, str], env: dict[str, str], tmp_path: Path
) -> None:
    _, base_url = ubill
    config = tmp_path / "smsgate.toml"
    config.write_text(f'[ubill]\nbase_url = "{base_url}"\n')
    expected = {"amount": "1000", "currency": "SMS", "vendor": "ubill"}
    for argv in (
        ["--json", "--config", str(config), "balance", "ubill"],
        ["balance", "ubill", "--json", "--config", str(config)],
        ["--json", "balance", "--config", str(config), "ubill"],
        # Given before, not erased by the command's own parser, which has them too.
        ["--config", str(config), "balance", "ubill", "--json"],
    ):
        done = run_smsgate(*argv, env=env)
        assert (done.returncode, done.stderr) == (0, ""), argv
        assert json.loads(done.stdout) == expected, argv


def test_version_is_the_installed_distributions(env: dict[str, str]) -> None:
    for argv in (["--version"], ["send", "--version"]):
        done = run_smsgate(*argv, env=env)
        assert (done.returncode, done.stdout.strip()) == (0, f"smsgate {version('smsgate')}")


def test_help_documents_the_exit_codes(env: dict[str, str]) -> None:
    done = run_smsgate("--help", env=env)
    assert done.returncode == 0
    codes = done.stdout[done.stdout.index("Exit codes:") :].splitlines()[1:]
    assert [line.split()[0] for line in codes if line[:3].strip().isdigit()] == [
        "0",
        "1",
        "2",
        "130",
    ]


def test_base_url_overrides_the_settings(ubill: tuple[UBillStub, str], env: dict[str, str]) -> None:
    _, base_url = ubill
    env["SMSGATE_UBILL_BASE_URL"] = "http://127.0.0.1:9/nothing-listens-here"
    done = run_smsgate("balance", "ubill", "--base-url", base_url, env=env)
    assert (done.returncode, done.stdout.strip()) == (0, "1000 SMS")


def test_debug_logs_each_request_with_the_key_masked(
    ubill: tuple[UBillStub, str], env: dict[str, str]
) -> None:
    _, base_url = ubill
    for flag in ("-v", "--debug"):
        done = run_smsgate("balance", "ubill", flag, "--base-url", base_url, env=env)
        assert done.returncode == 0 and done.stdout.strip() == "1000 SMS"
        assert "DEBUG smsgate.ubill: get_sms_balance -> GET" in done.stderr
        assert "HTTP Request: GET" in done.stderr and "key=***" in done.stderr
        assert KEY not in done.stderr
    assert "DEBUG" not in run_smsgate("balance", "ubill", "--base-url", base_url, env=env).stderr


def test_region_is_the_default_region_of_national_numbers(
    ubill: tuple[UBillStub, str], env: dict[str, str]
) -> None:
    stub, base_url = ubill
    send = ["send", "ubill", "--to", "8 029 123-45-67", "--text", "Hi", "--base-url", base_url]
    refused = run_smsgate(*send, env=env)
    assert refused.returncode == 2 and "not a valid international phone number" in refused.stderr
    assert sent_to(stub) == []
    done = run_smsgate(*send, "--region", "BY", "--json", env=env)
    assert done.returncode == 0 and json.loads(done.stdout)["to"] == "+375291234567"
    assert sent_to(stub) == ["+375291234567"]


def test_recipients_come_from_standard_input_with_comments_and_a_header(
    ubill: tuple[UBillStub, str], env: dict[str, str]
) -> None:
    stub, base_url = ubill
    listing = "phone,name\n# the December sale\n+375 29 123-45-67,Anna\n\n8 029 123-45-68,Bo\n"
    done = run_smsgate(
        *("send", "ubill", "--to-file", "-", "--text", "Sale!", "--region", "BY"),
        *("--base-url", base_url, "--json"),
        env=env,
        stdin=listing,
    )
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["to"] for line in done.stdout.splitlines()] == [
        "+375291234567",
        "+375291234568",
    ]
    assert sent_to(stub) == ["+375291234567", "+375291234568"]


def test_bad_lines_are_all_named_and_nothing_is_sent(
    ubill: tuple[UBillStub, str], env: dict[str, str], tmp_path: Path
) -> None:
    stub, base_url = ubill
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("phone\n+375291234567\n12ab\n# note\n+375 29 000\n+375291234568\n")
    send = ["send", "ubill", "--to-file", str(numbers), "--text", "Hi", "--base-url", base_url]
    done = run_smsgate(*send, env=env)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"smsgate: {numbers}: 2 invalid lines")
    assert "line 3: '12ab'" in done.stderr and "line 5: '+375 29 000'" in done.stderr
    assert "Traceback" not in done.stderr and sent_to(stub) == []

    as_json = run_smsgate(*send, "--json", env=env)
    assert (as_json.returncode, as_json.stdout) == (2, "")
    lines = json.loads(as_json.stderr)["error"]["lines"]
    assert [(bad["line"], bad["text"]) for bad in lines] == [(3, "12ab"), (5, "+375 29 000")]
    assert sent_to(stub) == []

    skipped = run_smsgate(*send, "--skip-invalid", env=env)
    assert skipped.returncode == 0
    assert f"smsgate: warning: skipped 2 line(s) of {numbers}" in skipped.stderr
    assert "without a valid number: 3, 5" in skipped.stderr
    assert sent_to(stub) == ["+375291234567", "+375291234568"]


def test_a_missing_recipients_file_is_a_usage_error(env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    done = run_smsgate("send", "ubill", "--to-file", str(missing), "--text", "Hi", env=env)
    assert done.returncode == 2
    assert done.stderr == f"smsgate: cannot read {missing}: No such file or directory\n"


def test_errors_under_json_are_one_json_object_on_stderr(
    ubill: tuple[UBillStub, str], env: dict[str, str]
) -> None:
    _, base_url = ubill
    usage = run_smsgate("balance", "nosuch", "--json", env=env)
    assert (usage.returncode, usage.stdout) == (2, "")
    assert json.loads(usage.stderr)["error"] == {
        "type": "UsageError",
        "message": "argument vendor: invalid choice: 'nosuch'"
        " (choose from 'selzy', 'smsby', 'smsc', 'ubill')",
        "exit_code": 2,
    }
    env["SMSGATE_UBILL_KEY"] = "wrong-key"
    refused = run_smsgate("--json", "balance", "ubill", "--base-url", base_url, env=env)
    assert (refused.returncode, refused.stdout) == (1, "")
    error = json.loads(refused.stderr)["error"]
    assert error["type"] == "AuthenticationError" and error["exit_code"] == 1
    assert (error["vendor"], error["operation"]) == ("ubill", "get_sms_balance")


def test_usage_errors_exit_2_and_vendor_errors_exit_1(
    ubill: tuple[UBillStub, str], env: dict[str, str]
) -> None:
    stub, base_url = ubill
    at = ("--base-url", base_url)
    unparsed = run_smsgate("send", "ubill", "--to", "+375291234567", env=env)  # no --text
    assert unparsed.returncode == 2
    assert unparsed.stderr.startswith("usage: smsgate send")
    assert "smsgate: the following arguments are required: --text" in unparsed.stderr
    no_recipients = run_smsgate("send", "ubill", "--text", "Hi", *at, env=env)
    assert no_recipients.returncode == 2
    assert no_recipients.stderr == "smsgate: send needs --to or --to-file\n"
    misplaced = run_smsgate("--region", "BY", "demo", env=env)
    assert misplaced.returncode == 2 and "demo takes no --region" in misplaced.stderr
    del env["SMSGATE_UBILL_KEY"]
    missing = run_smsgate("balance", "ubill", *at, env=env)
    assert missing.returncode == 2 and "SMSGATE_UBILL_KEY" in missing.stderr
    wrong = run_smsgate("balance", "ubill", *at, env={**env, "SMSGATE_UBILL_KEY": "wrong"})
    assert wrong.returncode == 1 and wrong.stderr.startswith("smsgate: [ubill.get_sms_balance]")
    unreachable = run_smsgate(
        *("balance", "ubill", "--base-url", "http://127.0.0.1:9/ubill/v1"),
        env={**env, "SMSGATE_UBILL_KEY": KEY},
    )
    assert unreachable.returncode == 1 and "Traceback" not in unreachable.stderr
    assert sent_to(stub) == []


def test_a_settings_error_names_the_variable_and_exits_2(env: dict[str, str]) -> None:
    env = {**env, "SMSGATE_SMSC_LOGIN": "shop", "SMSGATE_SMSC_MD5": "maybe"}
    text = run_smsgate("balance", "smsc", env=env)
    assert (text.returncode, text.stdout) == (2, "")
    expected = "smsgate: SMSGATE_SMSC_MD5 should be true or false (1/0, yes/no, on/off)\n"
    assert text.stderr == expected  # the variable and the type, never the value
    as_json = run_smsgate("balance", "smsc", "--json", env=env)
    assert as_json.returncode == 2
    error = json.loads(as_json.stderr)["error"]
    assert error["type"] == "ConfigurationError" and "SMSGATE_SMSC_MD5" in error["message"]


def test_an_interrupt_prints_interrupted_and_exits_130(env: dict[str, str]) -> None:
    with smsgate_stub("--vendor", "ubill", "--latency", "60", env=env) as url:
        command = [smsgate_command(), "-v", "balance", "ubill", "--base-url", f"{url}/ubill/v1"]
        waiting = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert waiting.stderr is not None
        for line in waiting.stderr:  # until the request is out, its reply 60 s away
            if "get_sms_balance -> GET" in line:
                break
        waiting.send_signal(signal.SIGINT)
        out, err = waiting.communicate(timeout=60)
    assert (waiting.returncode, out, err) == (130, "", "smsgate: interrupted\n")
