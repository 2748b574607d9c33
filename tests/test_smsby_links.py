"""SMS.by's two flows fuzzed as sequences: sendBulkSms -> statusBulkSms, and
createSmsMessage -> sendSMS -> checkSMS. The shared stateful run picks among all 45 operations
and may not reach these; here the state machine sees only the flows' operations."""

from __future__ import annotations

from collections import Counter
from typing import Any

import hypothesis
import schemathesis
from smsgate.stub.smsby import SmsByStub

from tests.test_schemathesis import config_for

SCENARIOS = 30
FLOWS = ["sendBulkSms", "statusBulkSms", "createSmsMessage", "sendSMS", "checkSMS"]


def test_the_bulk_and_template_flows_follow_their_links() -> None:
    stub = SmsByStub()
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", stub.app, config=config_for(stub.credentials())
    ).include(operation_id=FLOWS)
    followed: Counter[str] = Counter()

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
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
    print("smsby flow links followed:", dict(followed))
    links = " ".join(followed)
    for link in ("StatusBulkSms", "SendSMS", "CheckSMS"):
        assert link in links, f"no scenario followed {link}: {dict(followed)}"
