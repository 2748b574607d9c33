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


@pytest.mark.parametrize("vendor", vendors())
def test_a_vendor_facade_runs_no_generated_operation_or_model_until_called(vendor: str) -> None:
    """Importing a facade costs at most 1.5x `import httpx` (scripts/bench.py p5) because it
    runs none of the generated client's endpoint modules, models, types or client (nor attrs,
    which they are built with) until a call needs them; names resolve on first use."""
    probe = (
        f"import sys, types, smsgate.{vendor}\n"
        "ran = sorted(n for n, m in sys.modules.items()\n"
        f"    if n.startswith('smsgate_{vendor}_client.') and type(m) is types.ModuleType\n"
        "    and (n.count('.') == 3 or '.models.' in n or n.endswith(('.types', '.client'))))\n"
        "print(ran, 'attr' in sys.modules, 'phonenumbers' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[] False False"


def test_a_deferred_endpoint_module_runs_once_on_first_use_even_from_many_threads() -> None:
    """Two threads making their first call at once must both see the whole module, and its
    code runs once (a half-run module would raise AttributeError in one of them)."""
    probe = """
import sys, threading, types
import smsgate
from smsgate_ubill_client.api.sms import send_sms
assert type(send_sms) is not types.ModuleType, "not deferred"
pending = types.ModuleType.__getattribute__(send_sms, "__spec__").loader_state
real_exec, runs = pending.loader.exec_module, []
pending.loader.exec_module = lambda module: (runs.append(1), real_exec(module))
barrier = threading.Barrier(8)
seen = []
def first_use():
    barrier.wait()
    seen.append(send_sms.OPERATION_NAME)
threads = [threading.Thread(target=first_use) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
assert type(send_sms) is types.ModuleType
assert sys.modules["smsgate_ubill_client.api.sms.send_sms"] is send_sms
print(sorted(set(seen)), len(seen), len(runs), callable(send_sms.sync), send_sms.__name__)
"""
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == [
        "['send_sms']",
        "8",
        "1",
        "True",
        "smsgate_ubill_client.api.sms.send_sms",
    ]
