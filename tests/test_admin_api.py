"""`smsgate stub`'s admin API, driven over loopback by a client that is not Python (Node's
fetch), as a Node or PHP app's tests would drive it: state, faults (429 with Retry-After, a
timeout, a reset), the clock advanced, a reset; and delivery callbacks over the network."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from smsgate import connect
from smsgate.callbacks import CallbackReceiver, callback_app
from smsgate.gateway import DeliveryReport, DeliveryState
from smsgate.stub import LoopbackServer

DRIVER = Path(__file__).parent / "admin" / "drive.mjs"
MANUAL_START = 1_767_225_600.0  # ManualClock's start


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def smsgate_stub(*arguments: str) -> Iterator[str]:
    """`python -m smsgate.stub` on a free loopback port, until the block ends."""
    port = free_port()
    with tempfile.TemporaryFile("w+") as log:  # not a pipe: a full pipe would stall the server
        server = subprocess.Popen(
            [sys.executable, "-m", "smsgate.stub", "--port", str(port), *arguments],
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    httpx.get(f"{url}/__smsgate/", timeout=1)
                    break
                except httpx.TransportError:
                    assert server.poll() is None, log.seek(0) or log.read()
                    assert time.monotonic() < deadline, "the stub server did not start"
                    time.sleep(0.2)
            yield url
        finally:
            server.terminate()
            server.wait(10)


def test_node_drives_the_admin_api() -> None:
    node = shutil.which("node")
    assert node, "node is needed: it is the non-Python client of this test"
    with smsgate_stub("--clock", "manual", "--vendor", "ubill", "--vendor", "smsc") as url:
        done = subprocess.run([node, str(DRIVER), url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen == {
        "limited": [429, "7"],
        "afterLimit": 200,  # the fault struck once
        "timedOut": True,
        "reset": True,
        "delivered": "1",  # uBill's delivered, 10 s on
        "afterReset": 0,
        "clock": MANUAL_START + 10,
    }


def test_the_admin_api_refuses_what_it_does_not_know() -> None:
    with smsgate_stub("--vendor", "ubill") as url:
        assert httpx.get(f"{url}/__smsgate/smsc").status_code == 404
        bad = httpx.post(f"{url}/__smsgate/ubill/faults", json={"fault": "gremlins"})
        assert bad.status_code == 400 and "timeout" in bad.json()["error"]
        backwards = httpx.post(f"{url}/__smsgate/ubill/advance", json={"seconds": -1})
        assert backwards.status_code == 400


@pytest.mark.parametrize("vendor", ["ubill", "smsc"])
def test_callbacks_go_over_the_network_to_the_callback_url(vendor: str) -> None:
    reports: list[DeliveryReport] = []
    secret = {"ubill": "stub-callback-key", "smsc": "stub-callback-secret"}[vendor]
    app = callback_app([CallbackReceiver(vendor, secret=secret)], reports.append)
    with LoopbackServer(app) as receiver:
        arguments = (
            "--vendor",
            vendor,
            "--clock",
            "manual",
            "--callback-url",
            f"{receiver}/{vendor}",
        )
        with smsgate_stub(*arguments) as url:
            settings = httpx.get(f"{url}/__smsgate/").json()["vendors"][vendor]
            base = url + settings["base_path"]
            credentials = {k: v for k, v in settings["settings"].items() if "callback" not in k}
            with connect(vendor, base_url=base, **credentials) as gateway:
                (sent,) = gateway.send("+995511194241", "Hi")
            httpx.post(f"{url}/__smsgate/{vendor}/advance", json={"seconds": 600})
            deadline = time.monotonic() + 10
            while not any(r.is_final for r in reports) and time.monotonic() < deadline:
                time.sleep(0.1)
    assert [r.state for r in reports if r.id == sent.id][-1] is DeliveryState.DELIVERED


@pytest.mark.parametrize(("wire", "kind"), [("spec", str), ("live", int)])
def test_the_stub_command_serves_the_wire_asked_for(wire: str, kind: type) -> None:
    """`--wire live` answers as the references say the real service does (uBill's integer
    counts), `--wire spec` (the default) as the vendor's own document types it (strings)."""
    with smsgate_stub("--vendor", "ubill", "--wire", wire) as url:
        reply = httpx.get(f"{url}/ubill/v1/sms/balance", params={"key": "stub-key"}, timeout=5)
    assert reply.status_code == 200
    assert type(reply.json()["sms"]) is kind
