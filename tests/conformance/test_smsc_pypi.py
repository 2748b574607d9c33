"""PyPI `smsc` 0.1.1, installed from the registry and run unchanged but for its base URL, against
the SMSC stub on loopback: every public method of it, with what each returns.

It is the published Python client most users would find first; it sends GET with everything in
the query (fmt=3), which the stub once answered with 405 on every call. The install goes into a
virtual environment outside the repository, made once per session; if it fails, the test
fails (a registry that cannot be reached is a broken test environment, not a pass).
"""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest
from smsgate.stub import LoopbackServer, ManualClock
from smsgate.stub.smsc import SmscStub

LOGIN, PASSWORD = "pypi-login", "pypi-password"
PHONE, OTHER = "79991234567", "79997654321"
START = 1_767_225_600.0

SENDS = """
import json, sys
from smsc import SMSC, SMSMessage, FlashMessage, ViberMessage

SMSC._url = sys.argv[1] + "/sys/"  # the library's one setting for where smsc.ru is
login, password, phone, other = sys.argv[2:6]
client = SMSC(login=login, password=password)
out = {"repr": repr(client), "str": str(client)}
for name, message, to in (
    ("sms", SMSMessage(text="Hello, world", translit=0, maxsms=2), phone),
    ("flash", FlashMessage(text="Flash"), [phone, other]),
    ("viber", ViberMessage(text="Viber", tinyurl=0), phone),
):
    sent = client.send(to=to, message=message)
    out[name] = [sent.message_id, sent.count, sent.cost, sent.error, str(sent), repr(message)]
cost = client.get_cost(to=[phone, other], message=SMSMessage(text="x" * 161))
out["cost"] = [cost.count, cost.cost, cost.error, str(cost)]
balance = client.get_balance()
out["balance"] = [balance.balance, balance.credit, balance.currency, balance.error, str(balance)]
wrong = SMSC(login=login, password="wrong", sender="SMSC.ru")
out["wrong"] = [list(wrong.send(to=phone, message=SMSMessage(text="x")).error),
                list(wrong.get_balance().error)]
print(json.dumps(out))
"""

STATUSES = """
import json, sys
from smsc import SMSC, GetStatusError

SMSC._url = sys.argv[1] + "/sys/"
login, password, phone, other, sms, flash = sys.argv[2:8]
client = SMSC(login=login, password=password)
one = client.get_status(to=phone, msg_id=sms)
two = client.get_status(to=[phone, other], msg_id=[flash, flash])
out = {
    "one": [[s.status.status_id, s.status.name, str(s), str(s.status), s.data["id"],
             s.data["phone"], s.data["message"], s.data["last_date"].isoformat(),
             s.data["send_date"].isoformat(), s.data["country"], s.error] for s in one],
    "two": [[s.status.status_id, s.data["phone"]] for s in two],
}
try:
    SMSC(login=login, password="wrong").get_status(to=phone, msg_id=sms)
except GetStatusError as exc:
    out["wrong"] = "authorise error" in str(exc)
print(json.dumps(out))
"""


@pytest.fixture(scope="session")
def pypi_smsc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh venv with `smsc==0.1.1` (and its dependencies) from the registry."""
    env = tmp_path_factory.mktemp("pypi-smsc") / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--python", str(python), "install", "smsc==0.1.1"], check=True)
    return python


def run(python: Path, script: str, *arguments: str) -> dict[str, Any]:
    done = subprocess.run(
        [str(python), "-c", script, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.timeout(120)
def test_every_public_method_of_pypi_smsc_against_the_stub(pypi_smsc: Path) -> None:
    clock = ManualClock(START)
    stub = SmscStub(LOGIN, PASSWORD, clock=clock, senders=("SMSC.ru",))
    with LoopbackServer(stub.app) as url:
        sends = run(pypi_smsc, SENDS, url, LOGIN, PASSWORD, PHONE, OTHER)
        assert sends["repr"] == sends["str"] == f"<SMSC login='{LOGIN}' sender='SMSC.ru'>"
        for name, parts, cost in (("sms", 1, 0.4), ("flash", 2, 0.8), ("viber", 1, 0.4)):
            message_id, count, charged, error, text, _ = sends[name]
            assert isinstance(message_id, int) and error is None, sends[name]
            assert (count, charged) == (parts, cost)
            assert text == f"<SendResponse id={message_id} count={parts} cost={cost:.2f}>"
        assert sends["sms"][5] == "<SMSMessage text=Hello, world format=None>"
        assert sends["flash"][5] == "<FlashMessage text=Flash format=flash>"
        assert sends["viber"][5] == "<ViberMessage text=Viber format=viber>"
        assert sends["cost"] == [4, 1.6, None, "<CostResponse count=4 cost=1.60>"]
        assert sends["balance"] == [
            98.4,
            0.0,
            "RUB",
            None,
            "<BalanceResponse balance=98.40 credit=0.00 currency=RUB>",
        ]
        assert sends["wrong"] == [[2, "authorise error"], [2, "authorise error"]]
        texts = {m.text for m in stub.messages.values()}
        assert texts == {"Hello, world", "Flash", "Viber"}

        clock.advance(5)  # every message delivered
        sms, flash = str(sends["sms"][0]), str(sends["flash"][0])
        statuses = run(pypi_smsc, STATUSES, url, LOGIN, PASSWORD, PHONE, OTHER, sms, flash)
    [one] = statuses["one"]
    assert one[:2] == [1, "Delivered"]
    assert one[2] == f"<StatusResponse id={sms} status= <Status status=1 name=Delivered>>"
    assert one[4:7] == [int(sms), PHONE, "Hello, world"]
    assert one[3] == "<Status status=1 name=Delivered>"
    assert one[7:] == ["2026-01-01T03:00:03+03:00", "2026-01-01T03:00:00+03:00", "Russia", None]
    assert statuses["two"] == [[1, PHONE], [1, OTHER]]
    assert statuses["wrong"] is True
