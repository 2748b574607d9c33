"""`smsgate import-contacts` against the Selzy stub on loopback: phones normalised with the
region before they are stored, invalid rows named by line, and rows the vendor rejected
reported one by one with exit 1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from smsgate.stub import LoopbackServer, combined_app
from smsgate.stub.selzy import SelzyStub

from tests.support.cli import clean_environment, run_smsgate


@pytest.fixture
def selzy(tmp_path: Path) -> Iterator[tuple[SelzyStub, dict[str, str]]]:
    """The Selzy stub on loopback, and an environment whose settings reach it."""
    stub = SelzyStub()
    with LoopbackServer(combined_app({"selzy": stub})) as url:
        yield (
            stub,
            clean_environment(
                tmp_path, SMSGATE_SELZY_API_KEY="stub-key", SMSGATE_SELZY_BASE_URL=f"{url}/selzy"
            ),
        )


def stored_phones(stub: SelzyStub) -> list[str | None]:
    return [contact.phone for contact in stub.contacts.values()]


def test_national_phones_are_stored_in_international_form_with_the_region(
    selzy: tuple[SelzyStub, dict[str, str]], tmp_path: Path
) -> None:
    stub, env = selzy
    table = tmp_path / "contacts.csv"
    table.write_text("phone,Name\n" + "".join(f"8912000{i:04},U{i}\n" for i in range(1, 501)))
    done = run_smsgate("--json", "import-contacts", str(table), "--region", "RU", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "inserted": 500,
        "updated": 0,
        "rejected": 0,
        "failed": 0,
        "rows": [],
    }
    assert sorted(stored_phones(stub)) == [f"7912000{i:04}" for i in range(1, 501)]


def test_invalid_phones_are_refused_by_line_before_any_import(
    selzy: tuple[SelzyStub, dict[str, str]], tmp_path: Path
) -> None:
    stub, env = selzy
    table = tmp_path / "contacts.csv"
    table.write_text("phone,Name\n+79120000001,Ann\n89120000002,Bob\n+7912,Cy\n")
    done = run_smsgate("import-contacts", str(table), env=env)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"smsgate: {table}: 2 invalid rows")
    assert "line 3: '89120000002'" in done.stderr and "line 4: '+7912'" in done.stderr
    assert stored_phones(stub) == []

    skipped = run_smsgate("import-contacts", str(table), "--skip-invalid", env=env)
    assert skipped.returncode == 0
    assert f"smsgate: warning: skipped 2 row(s) of {table}: 3, 4" in skipped.stderr
    assert stored_phones(stub) == ["79120000001"]


def test_rows_the_vendor_rejected_are_reported_each_with_its_line_and_exit_1(
    selzy: tuple[SelzyStub, dict[str, str]], tmp_path: Path
) -> None:
    stub, env = selzy
    table = tmp_path / "contacts.csv"
    table.write_text(
        "email,Name\nann@example.com,Ann\ndee@,Dee\nnot-an-email,Bob\ncy@example.com,Cy\n"
    )
    done = run_smsgate("--json", "import-contacts", str(table), env=env)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert (report["inserted"], report["rejected"], report["failed"]) == (2, 2, 0)
    assert [(row["line"], row["outcome"], row["code"]) for row in report["rows"]] == [
        (3, "rejected", "invalid_arg"),
        (4, "rejected", "invalid_arg"),
    ]
    assert "not a valid email address" in report["rows"][1]["message"]

    text = run_smsgate("import-contacts", str(table), env=env)
    assert text.returncode == 1
    assert "line 4: rejected (invalid_arg): fields: This value" in text.stderr
    assert text.stdout.strip() == "0 inserted, 2 updated, 2 rejected, 0 failed"
    assert sorted(c.email for c in stub.contacts.values()) == [
        "ann@example.com",
        "cy@example.com",
    ]


def test_a_chunk_that_failed_is_reported_by_its_lines_and_exits_1(
    selzy: tuple[SelzyStub, dict[str, str]], tmp_path: Path
) -> None:
    stub, env = selzy
    table = tmp_path / "contacts.csv"
    table.write_text("email\nann@example.com\n\nbob@example.com\n")
    env["SMSGATE_SELZY_API_KEY"] = "wrong-key"
    done = run_smsgate("import-contacts", str(table), env=env)
    assert done.returncode == 1 and stub.contacts == {}
    assert done.stderr.startswith("lines 2-4 failed: [selzy.import_contacts]")
    as_json = run_smsgate("import-contacts", str(table), "--json", env=env)
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and report["failed"] == 2
    assert [(row["line"], row["outcome"]) for row in report["rows"]] == [
        (2, "failed"),
        (4, "failed"),
    ]
