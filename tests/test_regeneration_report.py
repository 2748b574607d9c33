"""scripts/generate.py says what a rebuilt client changes in its public API, breaking or not."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_a_spec_edit_is_reported_with_its_breaking_changes(tmp_path: Path) -> None:
    specs, generated = tmp_path / "specs", tmp_path / "generated"
    specs.mkdir()
    shutil.copytree(
        ROOT / "generated" / "smsgate_ubill_client",
        generated / "smsgate_ubill_client",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    document = yaml.safe_load((ROOT / "specs" / "ubill.yaml").read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    del document["paths"]["/sms/brandNameCreate"]  # an operation removed
    schemas["CreateBrandNameResponse"]["allOf"][1]["properties"]["brandID"] = {"type": "string"}
    send = schemas["SendSMSRequest"]
    send["properties"]["priority"] = {"type": "integer"}  # optional: harmless
    send["properties"]["campaign"] = {"type": "string"}
    send["required"].append("campaign")  # required: every caller must now pass it
    schemas["DeliveryStatusCode"]["oneOf"][0]["enum"].remove("4")
    schemas["Campaign"] = {"type": "object", "properties": {"name": {"type": "string"}}}
    (specs / "ubill.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), "utf-8")

    command = [
        sys.executable,
        str(ROOT / "scripts" / "generate.py"),
        "--specs",
        str(specs),
        "--generated",
        str(generated),
    ]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = result.stdout.splitlines()
    expected = [
        "smsgate_ubill_client: 6 public API changes, 4 breaking",
        "  - operation sms.create_brand_name  BREAKING",
        "  + model Campaign",
        "  ~ model CreateBrandNameResponse: brand_id: int | Unset = UNSET"
        " -> str | Unset = UNSET  BREAKING",
        "  + model SendSMSRequest: campaign added (str)  BREAKING",
        "  + model SendSMSRequest: priority added (int | Unset = UNSET)",
        "  - enum DeliveryStatusText: value '4' removed  BREAKING",
    ]
    assert [line for line in report if line.startswith(("smsgate_", "  "))] == expected
    # --check shows the same report beside the diff, before anyone regenerates.
    shutil.rmtree(generated)
    shutil.copytree(
        ROOT / "generated" / "smsgate_ubill_client",
        generated / "smsgate_ubill_client",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    check = subprocess.run(
        [*command, "--check"], capture_output=True, text=True, timeout=300, check=False
    )
    assert check.returncode == 1
    assert "\n".join(["Regenerating changes the public API:", *expected]) in check.stderr


def test_an_unchanged_spec_reports_nothing() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert generate.regeneration_report(ROOT / "generated", ROOT / "generated") == []
    api = generate.public_api(ROOT / "generated" / "smsgate_ubill_client")
    assert api.operations["sms.get_sms_balance"]["return"].startswith("Response[")
    assert "'4'" in api.literals["DeliveryStatusText"]
