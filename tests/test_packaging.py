"""A wheel built from the tracked files alone installs in a fresh virtual environment and works.

This is what `pip install .` in a clean clone does (pip builds this same wheel and installs it):
the generated packages, their spec copies (which the stubs validate against) and the py.typed
markers must all be in it, and the dependencies it declares must be enough.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENDORS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))

SMOKE = """
import importlib.resources, sys
import smsgate
from smsgate.stub import SyncASGITransport
from smsgate.stub.ubill import UBillStub
from smsgate.ubill import UBill

assert smsgate.__file__.startswith(sys.prefix), smsgate.__file__
for package in ["smsgate", *(f"smsgate_{v}_client" for v in sys.argv[1:])]:
    files = importlib.resources.files(package)
    assert (files / "py.typed").is_file(), package
    assert package == "smsgate" or (files / "openapi.json").is_file(), package
stub = UBillStub()  # reads its spec from the installed smsgate_ubill_client
with UBill("stub-key", base_url="http://ubill/v1", transport=SyncASGITransport(stub.app)) as u:
    assert u.balance() == 1000
print("smoke ok")
"""


def tracked_files(destination: Path) -> None:
    """A copy of what a clean clone holds: the files git tracks, as they are in the tree."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: cannot tell which files a clean clone has")
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)


def test_the_wheel_installs_and_works_in_a_fresh_venv(tmp_path: Path) -> None:
    clone, dist, env = tmp_path / "clone", tmp_path / "dist", tmp_path / "venv"
    tracked_files(clone)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(dist), str(clone)], check=True)
    (wheel,) = dist.glob("smsgate-*.whl")

    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    subprocess.run([*pip, "--python", str(python), "install", str(wheel)], check=True)
    smoke = subprocess.run(
        [str(python), "-c", SMOKE, *VENDORS], cwd=tmp_path, capture_output=True, text=True
    )
    assert smoke.returncode == 0 and "smoke ok" in smoke.stdout, smoke.stderr
    # The README's first command after installing: the demo against the embedded stubs.
    demo = subprocess.run(
        [str(env / "bin" / "smsgate"), "demo"], capture_output=True, text=True, timeout=120
    )
    assert demo.returncode == 0, demo.stdout + demo.stderr
