"""SMS.by's two flows fuzzed as sequences: sendBulkSms -> statusBulkSms, and
createSmsMessage -> sendSMS -> checkSMS. The shared stateful run picks among all 45 operations
and may not reach these; here each state machine sees only one flow's operations."""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import pytest
import schemathesis
from smsgate.stub.smsby import SmsByStub

from tests.test_schemathesis import config_for

SCENARIOS = 25
FLOWS = {
    "bulk": (["sendBulkSms", "statusBulkSms"], ["StatusBulkSms"]),
    "template": (["createSmsMessage", "sendSMS", "checkSMS"], ["SendSMS", "CheckSMS"]),
}


@pytest.mark.parametrize("flow", FLOWS)
def test_each_flow_follows_its_links(flow: str) -> None:
    operations, links = FLOWS[flow]
    stub = SmsByStub()
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", stub.app, config=config_for(stub.credentials())
    ).include(operation_id=operations)
    followed: Counter[str] = Counter()

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            # A fresh account per scenario: replies then depend on the scenario alone, as
            # hypothesis requires of a strategy that draws from earlier replies.
            schema.app = SmsByStub().app

        def step(self, input: Any) -> Any:
            if input.transition is not None and input.is_applied:
                followed[input.transition.id] += 1
            return super().step(input)

    Machine.run(
        settings=hypothesis.settings(
            max_examples=SCENARIOS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    print(f"smsby {flow} links followed:", dict(followed))
    for link in links:
        assert any(f"] {link} ->" in key for key in followed), f"{link} not followed: {followed}"
