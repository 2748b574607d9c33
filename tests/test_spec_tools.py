"""The specs through tools smsgate did not write: openapi-spec-validator, Redocly CLI and Prism.

The Node tools are pinned in scripts/node/ and installed on first use by scripts/node_tools.py
(`npm ci`, skipped once installed from the same lock file). Without Node the Node tests skip.
"""

from __future__ import annotations

import re
import shutil
from html import escape
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from scripts import node_tools

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "specs").glob("*.yaml"))

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="Node.js and npm are not installed: Redocly and Prism run on Node",
)


def load(spec: Path) -> Any:
    return yaml.load(spec.read_bytes(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def operations(document: Any) -> list[dict[str, Any]]:
    items = [*document["paths"].values(), *document.get("webhooks", {}).values()]
    return [op for item in items for op in item.values() if isinstance(op, dict)]


def operation_ids(document: Any) -> list[str]:
    return [operation["operationId"] for operation in operations(document)]


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_spec_is_valid_openapi(spec: Path) -> None:
    validate(load(spec))


def test_the_validator_rejects_a_broken_spec() -> None:
    document = load(ROOT / "specs" / "ubill.yaml")
    operation = next(iter(next(iter(document["paths"].values())).values()))
    operation["responses"] = {"200": {"content": {"application/json": {"schema": 7}}}}
    with pytest.raises(OpenAPIValidationError):
        validate(document)


@needs_node
def test_redocly_lint_is_clean() -> None:
    count, problems = node_tools.lint()
    assert count == 0, "\n".join(problems)


@needs_node
def test_redocly_lint_reports_a_defect(tmp_path: Path) -> None:
    document = load(ROOT / "specs" / "ubill.yaml")
    operation = next(iter(next(iter(document["paths"].values())).values()))
    del operation["summary"]
    operation["responses"] = {"200": operation["responses"]["200"]}  # no 4xx any more
    spec = tmp_path / "ubill.yaml"
    spec.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    count, problems = node_tools.lint([str(spec)])
    rules = {re.sub(r".*: (?:error|warn) ([\w-]+):.*", r"\1", p) for p in problems}
    assert count == len(problems) and {"operation-summary", "operation-4xx-response"} <= rules


@needs_node
def test_every_vendor_has_an_html_reference_with_every_operation(tmp_path: Path) -> None:
    pages = node_tools.build_docs(tmp_path)
    assert [p.stem for p in pages] == [s.stem for s in SPECS]
    for spec, page in zip(SPECS, pages, strict=True):
        document = load(spec)
        html = page.read_text(encoding="utf-8")
        # The page is prerendered, then hydrated from the spec it embeds.
        rendered, _, embedded = html.partition('<script type="module">')
        assert set(re.findall(r'"operationId":"(\w+)"', embedded)) == set(operation_ids(document))
        assert escape(document["info"]["title"], quote=False) in rendered


@needs_node
def test_the_clients_run_their_flows_against_prism(tmp_path: Path) -> None:
    outcome = node_tools.run_flows(logs=tmp_path)
    assert sorted(outcome) == [s.stem for s in SPECS]
    failures = {name: repr(r) for name, r in outcome.items() if isinstance(r, Exception)}
    assert not failures
    for name in outcome:
        log = (tmp_path / f"{name}.log").read_text(encoding="utf-8")
        assert "Request received" in log
        assert "✖" not in log, f"Prism found a request of {name} that breaks its spec:\n{log}"
