"""SMS.by under the neutral gateway: what a new user tripped on (issue 19). An unknown sender
names the senders there are; a send looks its sender up once; polled and called-back reports
agree; national numbers follow default_region; SMS.by's Balance has a name of its own."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import smsgate.smsby
from smsgate import DeliveryReport, DeliveryState
from smsgate.callbacks import CallbackReceiver, callback_app
from smsgate.errors import InvalidRequestError
from smsgate.gateway import Gateway, connect
from smsgate.smsby import NotFoundError, SmsBy, SmsByBalance, UnknownSenderError
from smsgate.stub import Callbacks, LoopbackServer, ManualClock, SyncASGITransport
from smsgate.stub.smsby import SmsByStub

TOKEN = "smsby-neutral-token-0123456789"
BASE = "http://smsby/api"
GOOD, BAD = "+375291234567", "+375291234000"  # the stub fails phones ending in 000
SECRET = "callback-key-for-the-test"


class Counted:
    """The stub's app behind a transport that counts the requests by path."""

    def __init__(self, stub: SmsByStub):
        self.inner = SyncASGITransport(stub.app)
        self.paths: Counter[str] = Counter()
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.paths[request.url.path.rpartition("/")[2]] += 1
        return self.inner.handle_request(request)


@pytest.fixture
def reports() -> list[DeliveryReport]:
    return []


@pytest.fixture
def stub(clock: ManualClock, reports: list[DeliveryReport]) -> SmsByStub:
    receiver = CallbackReceiver("smsby", secret=SECRET)
    app = callback_app([receiver], reports.append)
    return SmsByStub(TOKEN, clock=clock, callbacks=Callbacks(transport=httpx.ASGITransport(app)))


@pytest.fixture
def counted(stub: SmsByStub) -> Iterator[Counted]:
    counted = Counted(stub)
    yield counted
    counted.inner.close()


def gateway(counted: Counted, **settings: Any) -> Gateway[SmsBy]:
    return connect("smsby", token=TOKEN, base_url=BASE, transport=counted.transport, **settings)


def test_an_unknown_sender_names_the_senders_there_are(stub: SmsByStub, counted: Counted) -> None:
    with gateway(counted) as sms, pytest.raises(UnknownSenderError) as unknown:
        sms.send(GOOD, "Hi", sender="Shop")
    error = unknown.value
    assert isinstance(error, NotFoundError)  # what callers caught before still catches it
    assert "unknown sender 'Shop'" in str(error)
    assert "'smsgate', 'smsgate-info'" in str(error)
    assert error.senders == {0: "System name (SMS.by)", 123: "smsgate", 234: "smsgate-info"}
    assert error.not_attempted == (GOOD,)
    # One more request, the listing, only because the lookup failed; nothing was sent.
    assert counted.paths == {"getAlphanameId": 1, "getAlphanames": 1}
    assert stub.sends_received == 0 and stub.sent_messages() == []


def test_the_command_says_which_senders_there_are(tmp_path: Path) -> None:
    """`smsgate send smsby --sender Shop`, the installed command against the stub on loopback."""
    command = Path(sys.executable).with_name("smsgate")
    stub = SmsByStub(TOKEN)
    (tmp_path / "empty.toml").write_text("")  # no settings but these
    with LoopbackServer(stub.app) as url:
        environment = {
            **os.environ,
            "SMSGATE_SMSBY_TOKEN": TOKEN,
            "SMSGATE_SMSBY_BASE_URL": f"{url}/api",
            "SMSGATE_CONFIG": str(tmp_path / "empty.toml"),
        }
        done = subprocess.run(
            [command, "send", "smsby", "--to", GOOD, "--text", "Hi", "--sender", "Shop"],
            capture_output=True,
            text=True,
            env=environment,
            timeout=60,
        )
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "unknown sender 'Shop'" in done.stderr and "'smsgate', 'smsgate-info'" in done.stderr
    assert TOKEN not in done.stderr + done.stdout
    assert stub.sends_received == 0


def test_the_command_looks_the_sender_up_once_for_all_its_chunks(tmp_path: Path) -> None:
    """`smsgate send` prints chunk by chunk, each a send of its own to the gateway; the chunks
    share one prepared message, so SMS.by's sender id is asked for once, not per chunk."""
    stub, paths = SmsByStub(TOKEN), Counter[str]()

    async def counting(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            paths[scope["path"].rpartition("/")[2]] += 1
        await stub.app(scope, receive, send)

    numbers = tmp_path / "numbers.txt"
    numbers.write_text("".join(f"+37529123456{n}\n" for n in range(5)))
    (tmp_path / "empty.toml").write_text("")
    with LoopbackServer(counting) as url:
        done = subprocess.run(
            [
                *(Path(sys.executable).with_name("smsgate"), "send", "smsby", "--to-file", numbers),
                *("--text", "Sale!", "--sender", "smsgate", "--chunk-size", "2"),
            ],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "SMSGATE_SMSBY_TOKEN": TOKEN,
                "SMSGATE_SMSBY_BASE_URL": f"{url}/api",
                "SMSGATE_CONFIG": str(tmp_path / "empty.toml"),
            },
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert (paths["getAlphanameId"], paths["sendBulkSms"]) == (1, 3)
    assert len(stub.sent_messages()) == 5


def test_a_known_sender_costs_no_listing(counted: Counted) -> None:
    with SmsBy(TOKEN, base_url=BASE, transport=counted.transport) as smsby:
        assert smsby.alphaname_id("smsgate-info") == 234
        with pytest.raises(UnknownSenderError, match="unknown sender 'smsgate-INFO'"):
            smsby.alphaname_id("smsgate-INFO")
    assert counted.paths == {"getAlphanameId": 2, "getAlphanames": 1}


def test_a_send_in_chunks_looks_its_sender_up_once(
    stub: SmsByStub, counted: Counted, tmp_path: Path
) -> None:
    numbers = [f"+37529123456{n}" for n in range(5)]
    ledger = tmp_path / "sends.db"
    with gateway(counted, ledger=ledger, chunk_size=2) as sms:
        sent = sms.send(numbers, "Sale!", sender="smsgate", key="sale-1")
    assert [m.to for m in sent] == numbers
    assert counted.paths == {"getAlphanameId": 1, "sendBulkSms": 3, "statusBulkSms": 3}
    assert {m.sender for m in stub.sent_messages()} == {"smsgate"}
    with gateway(counted, ledger=ledger, chunk_size=2) as sms:  # another send asks again
        sms.send(["+375291111111"], "Sale!", sender="smsgate", key="sale-2")
    assert counted.paths["getAlphanameId"] == 2


def test_polled_and_called_back_reports_agree(
    stub: SmsByStub, counted: Counted, clock: ManualClock, reports: list[DeliveryReport]
) -> None:
    """The same spelling of the status (statusBulkSms's upper case, which callbacks carry
    too) and a time (getSmsDeliveryList's d_sent, the callback's status_time) either way."""
    url = f"http://127.0.0.1/smsby?key={SECRET}"
    with gateway(counted, callback_url=url) as sms:
        sent = sms.send([GOOD, BAD], "Hi")
        clock.advance(10)
        stub.advance()
        polled = {report.id: report for report in sms.wait([m.id for m in sent])}
    asyncio.run(stub.callbacks.flush())
    called_back = {report.id: report for report in reports if report.is_final}
    assert set(polled) == set(called_back) == {m.id for m in sent}
    for ident, report in polled.items():
        assert report.vendor_status == called_back[ident].vendor_status
        assert report.at is not None and called_back[ident].at is not None
    good, bad = (polled[m.id] for m in sent)
    assert (good.state, good.vendor_status, good.error) == (
        DeliveryState.DELIVERED,
        "DELIVERED",
        None,
    )
    assert (bad.state, bad.vendor_status, bad.error) == (
        DeliveryState.FAILED,
        "UNDELIVERED",
        "UNDELIVERED",
    )


def test_the_facade_reads_national_numbers_by_its_default_region(
    stub: SmsByStub, counted: Counted
) -> None:
    national = "8 029 123-45-67"
    with (
        SmsBy(TOKEN, base_url=BASE, transport=counted.transport) as smsby,
        pytest.raises(InvalidRequestError, match="default_region"),
    ):
        smsby.send_quick(national, "Hi")
    assert counted.paths == {}  # refused before any request, as the gateway refuses it
    with SmsBy(TOKEN, base_url=BASE, transport=counted.transport, default_region="BY") as smsby:
        smsby.send_quick(national, "Hi")
        smsby.send_bulk(smsgate.smsby.BulkMailing("promo", "Sale", [national, GOOD]))
        # The neutral gateway hands the facade E.164 numbers, which any region reads alike.
        Gateway(smsby, default_region="BY").send(national, "Hello")
    assert [m.to for m in stub.sent_messages()] == [GOOD] * 3


def test_smsbys_balance_has_its_own_name() -> None:
    assert "Balance" not in smsgate.smsby.__all__ and "SmsByBalance" in smsgate.smsby.__all__
    with pytest.warns(DeprecationWarning, match="SmsByBalance"):
        from smsgate.smsby import Balance
    assert Balance is SmsByBalance
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new name warns of nothing
        from smsgate.smsby import SmsByBalance as Renamed
    assert Renamed.__name__ == "SmsByBalance"
