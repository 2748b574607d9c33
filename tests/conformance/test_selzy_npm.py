"""npm `unisender` 1.1.1, a published UniSender client that nobody here wrote, run unchanged
under node against the Selzy stub on loopback: only its base URL differs (the package's one
constant, `url` in src/config/defaults.js; see unisender_flow.js). It is installed from the
npm registry once per test session into a temporary directory outside the repo; a failed
install fails the test, since a skip would hide that the flow never ran."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from smsgate.stub import LoopbackServer, ManualClock
from smsgate.stub.selzy import SelzyStub

PACKAGE = "unisender@1.1.1"
FLOW = Path(__file__).with_name("unisender_flow.js")
KEY = "npm-flow-key"
INSTALL_TIMEOUT = 180
FLOW_TIMEOUT = 30


@pytest.fixture(scope="session")
def unisender_modules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """node_modules holding npm unisender 1.1.1, installed from the registry."""
    npm, node = shutil.which("npm"), shutil.which("node")
    if npm is None or node is None:
        pytest.fail("node and npm are needed to run npm unisender against the stub")
    prefix = tmp_path_factory.mktemp("npm-unisender")
    done = subprocess.run(
        [npm, "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(prefix), PACKAGE],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        check=False,
    )
    installed = prefix / "node_modules" / "unisender" / "package.json"
    if done.returncode != 0 or not installed.exists():
        pytest.fail(f"npm install {PACKAGE} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    assert json.loads(installed.read_text(encoding="utf-8"))["version"] == "1.1.1"
    return prefix / "node_modules"


def run_flow(modules: Path, base_url: str) -> dict[str, Any]:
    done = subprocess.run(
        ["node", str(FLOW), base_url, KEY],
        capture_output=True,
        text=True,
        timeout=FLOW_TIMEOUT,
        check=False,
        env={"NODE_PATH": str(modules), "PATH": str(Path(shutil.which("node") or "").parent)},
    )
    assert done.returncode == 0, done.stderr
    replies: dict[str, Any] = json.loads(done.stdout)
    return replies


def test_npm_unisender_runs_its_flow_against_the_stub(unisender_modules: Path) -> None:
    """Each of the ten calls resolves (the package rejects a reply whose `result` is falsy
    or that has none), and what it reads back agrees with the stub's own state."""
    stub = SelzyStub(KEY, clock=ManualClock())
    with LoopbackServer(stub.app) as url:
        replies = run_flow(unisender_modules, url)
    rejected = {name: reply["rejected"] for name, reply in replies.items() if "rejected" in reply}
    assert not rejected
    result = {name: reply["resolved"]["result"] for name, reply in replies.items()}
    assert len(result) == 10

    assert [item["title"] for item in result["getLists"]] == [
        "Customers",
        "SMS subscribers",
        "Newsletter",
    ]
    list_id = result["createList"]["id"]
    assert stub.lists[list_id] == "npm flow"

    person = stub.contacts[result["subscribe"]["person_id"]]
    assert (person.phone, person.fields) == ("79031234567", {"Name": "Ann Lee"})
    assert list_id in person.lists

    assert result["importContacts"]["inserted"] == 2 and result["importContacts"]["invalid"] == 0
    assert result["exportContacts"]["field_names"] == ["phone", "Name"]
    assert sorted(result["exportContacts"]["data"]) == [
        ["+79031234567", "Ann Lee"],
        ["+79031234568", "Bob"],
        ["+79031234569", "Cleo"],
    ]

    message = stub.messages[result["createSmsMessage"]["message_id"]]
    assert (message.list_id, message.body) == (list_id, "Hello from npm")
    campaign = stub.campaigns[result["createCampaign"]["campaign_id"]]
    assert campaign.message is message and result["createCampaign"]["count"] == 3
    assert result["getCampaignStatus"]["status"] == campaign.status

    sms_id = result["sendSms"]["sms_id"]
    assert stub.sms[sms_id].phone == "79031234599"
    assert result["checkSms"] == {"status": stub.sms[sms_id].status}
