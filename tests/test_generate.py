"""The golden record: generated/ is exactly what scripts/generate.py makes from specs/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATE = [sys.executable, str(ROOT / "scripts" / "generate.py")]


def check(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*GENERATE, "--check", *options], capture_output=True, text=True, timeout=300, check=False
    )


def test_generated_matches_specs() -> None:
    result = check()
    assert result.returncode == 0, result.stderr
    assert "generated/ matches specs/" in result.stdout


def test_a_spec_edit_without_regenerating_fails(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    spec = specs / "ubill.yaml"
    text = spec.read_text(encoding="utf-8")
    assert "summary: Get SMS Balance" in text
    spec.write_text(text.replace("summary: Get SMS Balance", "summary: Read the balance"), "utf-8")
    result = check("--specs", str(specs))
    assert result.returncode == 1
    assert "differs: generated/smsgate_ubill_client/api/sms/get_sms_balance.py" in result.stderr
    assert '+    """Read the balance' in result.stderr


def test_a_hand_edit_or_stray_file_in_generated_fails(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", generated, ignore=shutil.ignore_patterns("__pycache__"))
    client = generated / "smsgate_ubill_client" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# a quick fix\n", encoding="utf-8")
    (generated / "smsgate_ubill_client" / "extra.py").write_text("", encoding="utf-8")
    result = check("--generated", str(generated))
    assert result.returncode == 1
    assert "differs: generated/smsgate_ubill_client/client.py" in result.stderr
    assert "-# a quick fix" in result.stderr
    assert "stale or hand-added): generated/smsgate_ubill_client/extra.py" in result.stderr


@pytest.mark.parametrize("path", sorted((ROOT / "generated").rglob("*.py")), ids=str)
def test_every_generated_file_names_its_spec(path: Path) -> None:
    head = path.read_text(encoding="utf-8").splitlines()[:2]
    assert head[0].startswith("# Generated from specs/") and "Do not edit" in head[1]


def test_form_bodies_are_encoded_the_way_php_reads_them() -> None:
    from smsgate.stub._decode import decode_php_form
    from smsgate_ubill_client.types import UNSET, encode_php_form

    body = {
        "field_names": ["email", "name"],
        "data": [["a@x", "A"], ["b@x", None]],
        "fields": {"email": "c@x", "tags": ["t1", "t2"]},
        "overwrite": True,
        "skip": UNSET,
        "count": 3,
    }
    flat = encode_php_form(body)
    assert flat == {
        "field_names[0]": "email",
        "field_names[1]": "name",
        "data[0][0]": "a@x",
        "data[0][1]": "A",
        "data[1][0]": "b@x",
        "fields[email]": "c@x",
        "fields[tags][0]": "t1",
        "fields[tags][1]": "t2",
        "overwrite": "1",
        "count": "3",
    }
    assert decode_php_form(flat.items()) == {
        "field_names": ["email", "name"],
        "data": [["a@x", "A"], ["b@x"]],
        "fields": {"email": "c@x", "tags": ["t1", "t2"]},
        "overwrite": "1",
        "count": "3",
    }
    assert decode_php_form([("ids[]", "1"), ("ids[]", "2"), ("plain", "x")]) == {
        "ids": ["1", "2"],
        "plain": "x",
    }


def test_a_query_parameter_named_params_does_not_shadow_the_query() -> None:
    """Selzy's GET getContactCount has a query parameter `params`; upstream's template crashed."""
    from smsgate_selzy_client.api.contacts import get_contact_count_get
    from smsgate_selzy_client.models import ContactCountParams

    request = get_contact_count_get.build_request(
        "en", format_="json", list_id=7, params=ContactCountParams(tag_id=3, type_="phone")
    )
    # The object is flattened rather than sent deepObject-style (upstream issue #1064); the
    # overlay's GET mode builds its query from the PHP-encoded form body instead.
    assert request["params"] == {"format": "json", "list_id": 7, "tagId": 3, "type": "phone"}
