"""What importing smsgate pulls in: each check in a fresh interpreter, where sys.modules
shows exactly what an import loaded (timings are scripts/bench.py p5's business)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from smsgate.stub import vendors


def loaded_after(code: str) -> set[str]:
    """The top-level modules loaded by `code`, run in a fresh interpreter."""
    probe = f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


def generated(modules: set[str]) -> set[str]:
    return {m for m in modules if m.startswith("smsgate_") and m.endswith("_client")}


def test_import_smsgate_loads_no_vendor_and_no_http_library() -> None:
    modules = loaded_after("import smsgate; smsgate.ApiError")
    assert generated(modules) == set()
    assert "httpx" not in modules


@pytest.mark.parametrize("vendor", vendors())
def test_a_vendor_facade_loads_only_its_own_generated_client(vendor: str) -> None:
    modules = loaded_after(f"import smsgate.{vendor}")
    assert generated(modules) == {f"smsgate_{vendor}_client"}


def test_every_public_name_resolves_on_first_use() -> None:
    code = (
        "import smsgate\n"
        "missing = [n for n in smsgate.__all__ if getattr(smsgate, n, None) is None]\n"
        "assert not missing, missing\n"
        "from smsgate import *\n"
        "assert RetryPolicy is smsgate.RetryPolicy and DEFAULT_TIMEOUT.connect == 10.0\n"
        "assert set(smsgate.__all__) <= set(dir(smsgate))"
    )
    assert "httpx" in loaded_after(code)  # DEFAULT_TIMEOUT is an httpx.Timeout


def test_an_unknown_name_is_an_attribute_error() -> None:
    import smsgate

    with pytest.raises(AttributeError, match="no_such_name"):
        _ = smsgate.no_such_name  # type: ignore[attr-defined]
