"""Every spec fuzzed against its stub: the stub must answer every generated request the way
the spec says the vendor answers, and the spec must describe everything the stub sends."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import reduce
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from smsgate.stub import StubServer, stub_class, vendors
from smsgate.stub._core import load_spec
from smsgate_ubill_client.types import encode_php_form  # the same in every generated client

EXAMPLES_PER_OPERATION = 50
SEED = 42
STATEFUL_SCENARIOS = 25
CASES: Counter[str] = Counter()


@schemathesis.serializer("application/x-www-form-urlencoded")
def php_form(ctx: schemathesis.SerializationContext, value: Any) -> bytes | None:
    """Form bodies as the generated clients send them (`a[0]=x`), not as repeated keys.

    Negative cases may generate a body that is not an object; it goes out as its text."""
    if value is None:
        return None
    if isinstance(value, dict):
        return str(httpx.QueryParams(encode_php_form(value))).encode()
    return value if isinstance(value, bytes) else str(value).encode()


@schemathesis.deserializer("text/plain")
def plain_text(ctx: schemathesis.DeserializationContext, response: Any) -> str:
    """Without this, text/plain replies are not checked against their schema (e.g. a pattern)."""
    return str(response.text)


def config_for(stub: StubServer) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {
                "max-examples": EXAMPLES_PER_OPERATION,
                "database": "none",
                "deterministic": True,
            },
            "checks": {
                # The vendors answer schema-violating requests with HTTP 200 and an error
                # envelope (uBill: a non-zero statusID), never with the 4xx this check expects.
                "negative_data_rejection": {"enabled": False},
                # The same for a missing key, where a vendor answers 200 with an error body.
                "ignored_auth": {"enabled": not stub.auth_errors_in_body},
            },
            "auth": {"openapi": {name: {"api_key": v} for name, v in stub.credentials().items()}},
        }
    )


def fuzz_test(vendor: str):
    """One pytest test per operation of the vendor's spec, run in process against its stub."""
    stub = stub_class(vendor)()
    schema = schemathesis.openapi.from_asgi("/openapi.json", stub.app, config=config_for(stub))

    @schema.parametrize()
    def test(case: schemathesis.Case) -> None:
        CASES[f"{vendor} {case.operation.label}"] += 1
        case.call_and_validate()

    return test


# schemathesis.pytest.from_fixture would take a parametrized fixture instead, but it fails
# under pytest 9.2 (it reads a private node attribute that no longer exists).
for _vendor in vendors():
    globals()[f"test_{_vendor}_stub_conforms_to_spec"] = fuzz_test(_vendor)


def test_every_operation_got_enough_cases() -> None:
    """Runs after the fuzz tests above (pytest keeps file order) and checks how much they did."""
    if not CASES:
        pytest.skip("no fuzz test ran in this session")
    thin = {op: n for op, n in CASES.items() if n < EXAMPLES_PER_OPERATION}
    print("schemathesis cases:", dict(sorted(CASES.items())), "total", sum(CASES.values()))
    assert not thin, f"operations with fewer than {EXAMPLES_PER_OPERATION} cases: {thin}"


def spec_links(spec: dict[str, Any]) -> dict[str, set[str]]:
    """The spec's links (the documented flows: a send, then its report, ...), as
    target operationId -> the operations whose replies link to it."""
    links: dict[str, set[str]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for response in operation.get("responses", {}).values():
                while "$ref" in response:  # "#/components/responses/Name"
                    response = reduce(dict.__getitem__, response["$ref"][2:].split("/"), spec)
                for link in response.get("links", {}).values():
                    links.setdefault(link["operationId"], set()).add(operation["operationId"])
    return dict(sorted(links.items()))


def chain_to(target: str, links: dict[str, set[str]]) -> set[str]:
    """The operations a scenario needs to reach `target` through links: those linking to it,
    and whatever leads to them (createSmsMessage before createCampaign before its status)."""
    needed, todo = {target}, [target]
    while todo:
        starts = links.get(todo.pop(), set()) - needed
        needed |= starts
        todo += starts
    return needed


class FreshStub:
    """An ASGI app that forwards to a stub which `renew` replaces: a new account per scenario."""

    def __init__(self, cls: type[StubServer]) -> None:
        self.cls = cls
        self.renew()

    def renew(self) -> None:
        self.stub = self.cls()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.stub.app(scope, receive, send)


def stateful_test(vendor: str, target: str, operations: set[str]) -> Callable[[], None]:
    """Sequences of calls among the operations that lead to `target`, which must reach it
    through a link; each scenario on a fresh stub (hypothesis needs replies to depend on the
    scenario alone)."""

    def test() -> None:
        account = FreshStub(stub_class(vendor))
        schema = schemathesis.openapi.from_asgi(
            "/openapi.json", account, config=config_for(account.stub)
        ).include(operation_id=sorted(operations))
        label = schema.find_operation_by_id(target).label
        followed: Counter[str] = Counter()

        class Machine(schema.as_state_machine()):  # type: ignore[misc]
            def setup(self) -> None:
                account.renew()

            def step(self, input: Any) -> Any:
                if input.transition is not None and input.is_applied:
                    followed[input.transition.id] += 1
                return super().step(input)

        Machine.run(
            settings=hypothesis.settings(
                max_examples=STATEFUL_SCENARIOS,
                # Enough steps to walk the chain twice; hypothesis's 50 would mostly wander.
                stateful_step_count=2 * len(operations) + 2,
                derandomize=True,
                database=None,
                deadline=None,
                suppress_health_check=list(hypothesis.HealthCheck),
            )
        )
        print(f"{vendor} links followed:", dict(followed))
        assert any(t.endswith(f" -> {label}") for t in followed), f"no link to {label}: {followed}"

    return test


for _vendor in vendors():
    _links = spec_links(load_spec(_vendor))
    for _target in _links:
        _test = stateful_test(_vendor, _target, chain_to(_target, _links))
        globals()[f"test_{_vendor}_links_reach_{_target}"] = _test
