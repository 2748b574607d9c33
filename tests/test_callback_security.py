"""Delivery callbacks are verified by default: a receiver (and `smsgate listen`) without its
vendor's secret refuses to start unless told `allow_unverified`; the gateway builds a receiver
from its own settings; and a callback the vendor repeats is reported once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from smsgate import _registry
from smsgate.callbacks import CallbackReceiver, callback_app
from smsgate.errors import CallbackError, ConfigurationError
from smsgate.gateway import DeliveryReport, DeliveryState, aconnect, connect
from smsgate.smsc import callback_hash
from smsgate.stub import SyncASGITransport, stub_class

SMSBY_CALLBACK = (
    b'[{"message_id": 7, "success": [{"delivery_id": 1, "phone": "375291234567",'
    b' "status": "DELIVERED", "status_time": 1767261600}]}]'
)
FORGED = {  # what a forger who knows the URL sends: a "delivered" with no or a wrong secret
    "smsc": ("GET", "/smsc?id=1&phone=79991234567&status=1", b""),
    "smsby": ("POST", "/smsby", SMSBY_CALLBACK),
    "ubill": ("GET", "/ubill?smsID=1&number=995511194241&statusID=1&date=2026-01-01+10:00:00", b""),
}
SMSGATE = Path(sys.executable).parent / "smsgate"


@pytest.mark.parametrize("vendor", sorted(FORGED))
def test_a_receiver_without_its_secret_is_refused(vendor: str) -> None:
    """Before, `CallbackReceiver("smsc")` took a forged `id=1&phone=...&status=1` as
    DELIVERED (SMS.by the same)."""
    with pytest.raises(ConfigurationError) as refused:
        CallbackReceiver(vendor)
    message = str(refused.value)
    assert f"SMSGATE_{vendor.upper()}_CALLBACK_SECRET" in message
    assert "allow_unverified=True" in message
    assert str(_registry.vendor(vendor).callback_secret) in message  # what the secret is

    unverified = CallbackReceiver(vendor, allow_unverified=True)  # said out loud, it takes them
    assert not unverified.verified and "UNVERIFIED" in repr(unverified)
    method, url, body = FORGED[vendor]
    headers = {"content-type": "application/json"}
    if vendor == "ubill":  # its own reader insists on the key, whatever the receiver allows
        with pytest.raises(CallbackError, match="no callback key"):
            unverified.receive(method, url, headers, body)
        return
    (report,) = unverified.receive(method, url, headers, body)
    assert report.state is DeliveryState.DELIVERED


@pytest.mark.parametrize("vendor", sorted(FORGED))
def test_a_receiver_with_its_secret_refuses_forgeries(vendor: str) -> None:
    receiver = CallbackReceiver(vendor, secret="the-real-secret")
    assert receiver.verified and "the-real-secret" not in repr(receiver)
    method, url, body = FORGED[vendor]
    for forged in (url, f"{url}{'&' if '?' in url else '?'}key=wrong&hash=0"):
        with pytest.raises(CallbackError) as refused:
            receiver.receive(method, forged, {"content-type": "application/json"}, body)
        assert refused.value.reason == "forged"


def test_a_vendor_whose_callbacks_cannot_be_verified_needs_allow_unverified() -> None:
    assert _registry.vendor("selzy").callback_secret is None
    for secret in (None, "a secret that would check nothing"):
        with pytest.raises(ConfigurationError, match="Selzy callbacks cannot be verified"):
            CallbackReceiver("selzy", secret=secret)
    receiver = CallbackReceiver("selzy", allow_unverified=True)
    with pytest.raises(CallbackError) as refused:
        receiver.receive("POST", "/selzy", {}, b"{}")
    assert refused.value.reason == "unsupported"


def test_the_gateway_builds_its_receiver_from_its_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before, connect() took `callback_secret` and offered no receiver built from it."""
    monkeypatch.setenv("SMSGATE_UBILL_CALLBACK_SECRET", "cb-from-the-environment")
    stub = stub_class("ubill")()
    transport = SyncASGITransport(stub.app)
    query = "smsID=7&number=995511194241&statusID=1&date=2026-01-01+10:00:00"
    with connect("ubill", key=stub.key, base_url="http://ubill/v1", transport=transport) as sms:
        receiver = sms.callback_receiver()
        assert receiver.verified and "cb-from-the-environment" not in repr(sms)
        (report,) = receiver.receive("GET", f"/ubill?key=cb-from-the-environment&{query}")
        assert (report.id, report.state) == ("7:995511194241", DeliveryState.DELIVERED)
        with pytest.raises(CallbackError):
            receiver.receive("GET", f"/ubill?key=wrong&{query}")
    monkeypatch.delenv("SMSGATE_UBILL_CALLBACK_SECRET")
    with connect("ubill", key=stub.key, base_url="http://ubill/v1", transport=transport) as sms:
        with pytest.raises(ConfigurationError, match="SMSGATE_UBILL_CALLBACK_SECRET"):
            sms.callback_receiver()
        assert not sms.callback_receiver(allow_unverified=True).verified


async def test_the_async_gateway_builds_its_receiver_too() -> None:
    stub = stub_class("smsc")()
    settings = stub.neutral_settings("http://you/callbacks/smsc")
    secret = settings["callback_secret"]
    fields = {"id": "5", "phone": "79991234567", "status": "1"}
    signed = "&".join(f"{k}={v}" for k, v in fields.items())
    transport = httpx.ASGITransport(stub.app)
    async with aconnect(
        "smsc", base_url=f"http://smsc{stub.base_path}", transport=transport, **settings
    ) as sms:
        receiver = sms.callback_receiver(remember=10)
        hashed = callback_hash(fields, secret)
        (report,) = receiver.receive("GET", f"/smsc?{signed}&hash={hashed}")
        assert report.id == "5:79991234567" and report.state is DeliveryState.DELIVERED
        with pytest.raises(CallbackError):
            receiver.receive("GET", f"/smsc?{signed}&hash=0")


async def test_a_repeated_callback_is_reported_once() -> None:
    """Vendors deliver a callback again when they think it was lost; the user's handler
    sees it once, a new status of the same message again, and a report its handler failed
    on comes back with the vendor's retry."""
    receiver = CallbackReceiver("ubill", secret="k", remember=2)
    reports: list[DeliveryReport] = []
    failing = {"on": False}

    def store(report: DeliveryReport) -> None:
        if failing["on"]:
            raise RuntimeError("the database is down")
        reports.append(report)

    app = callback_app([receiver], store)

    def callback(sms_id: int, status: int) -> str:
        date = f"2026-01-01+10:0{status}:00"
        return f"/ubill?key=k&smsID={sms_id}&number=995511194241&statusID={status}&date={date}"

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app), base_url="http://r") as c:
        for _ in range(3):
            assert (await c.get(callback(1, 0))).text == "OK"  # acknowledged every time
        assert [r.vendor_status for r in reports] == ["0"]
        await c.get(callback(1, 1))  # the same message, delivered now: a new event
        assert [r.vendor_status for r in reports] == ["0", "1"]
        await c.get(callback(2, 1))  # a third identity: the oldest is forgotten (remember=2)
        await c.get(callback(1, 0))
        assert len(reports) == 4

        failing["on"] = True
        with pytest.raises(RuntimeError):
            await c.get(callback(3, 1))
        failing["on"] = False
        await c.get(callback(3, 1))  # the vendor's retry of what was not stored
        assert [r.id for r in reports[-1:]] == ["3:995511194241"]

    assert CallbackReceiver("ubill", secret="k", remember=0).receive("GET", callback(1, 0))
    assert CallbackReceiver("ubill", secret="k", remember=0).receive("GET", callback(1, 0))


@pytest.fixture
def port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        found: int = probe.getsockname()[1]
    return found


@pytest.fixture
def listen_env(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "empty.toml").write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMSGATE_")}
    return {**env, "SMSGATE_CONFIG": str(tmp_path / "empty.toml")}


@pytest.fixture
def listener(port: int, listen_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    listen_env["SMSGATE_SMSC_CALLBACK_SECRET"] = "cb-secret"
    command = [str(SMSGATE), "listen", "--vendor", "smsc", "--port", str(port)]
    process = subprocess.Popen(command, env=listen_env, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(10)


def _until_listening(url: str) -> httpx.Response:
    for _ in range(150):
        try:
            return httpx.get(url)
        except httpx.ConnectError:
            time.sleep(0.1)
    raise AssertionError(f"nothing listens at {url}")


def test_listen_refuses_a_forgery_and_says_it_verifies(
    listener: subprocess.Popen[str], port: int
) -> None:
    """Before, `smsgate listen --vendor smsc` answered a curl forgery with 200."""
    forged = _until_listening(f"http://127.0.0.1:{port}/smsc?id=1&phone=79991234567&status=1")
    assert forged.status_code == 403
    assert listener.stderr is not None
    assert "smsc at http://127.0.0.1" in (banner := listener.stderr.readline())
    assert "callbacks verified" in banner and "cb-secret" not in banner


def test_listen_without_a_secret_needs_allow_unverified(
    port: int, listen_env: dict[str, str]
) -> None:
    refused = subprocess.run(
        [str(SMSGATE), "listen", "--vendor", "smsby", "--port", str(port)],
        env=listen_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode != 0 and "SMSGATE_SMSBY_CALLBACK_SECRET" in refused.stderr
    assert "allow-unverified" in refused.stderr and "Traceback" not in refused.stderr

    command = [str(SMSGATE), "listen", "--vendor", "smsby", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--allow-unverified"], env=listen_env, stderr=subprocess.PIPE, text=True
    )
    try:
        _until_listening(f"http://127.0.0.1:{port}/nobody")
        # An unverified listener takes what anyone posts, as its banner warned.
        taken = httpx.post(f"http://127.0.0.1:{port}/smsby", content=SMSBY_CALLBACK)
        assert taken.status_code == 200
        assert process.stderr is not None
        assert "NOT verified" in process.stderr.readline()
    finally:
        process.terminate()
        process.wait(10)
