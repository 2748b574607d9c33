"""Every spec fuzzed against its stub: the stub must answer every generated request the way
the spec says the vendor answers, and the spec must describe everything the stub sends."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from smsgate.stub import StubServer, stub_class, vendors
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


def stateful_test(vendor: str) -> Callable[[], None]:
    """Sequences of calls that follow the spec's links (a send, then its report, ...)."""

    def test() -> None:
        stub = stub_class(vendor)()
        schema = schemathesis.openapi.from_asgi("/openapi.json", stub.app, config=config_for(stub))
        followed: Counter[str] = Counter()

        class Machine(schema.as_state_machine()):  # type: ignore[misc]
            def step(self, input: Any) -> Any:
                if input.transition is not None and input.is_applied:
                    followed[input.transition.id] += 1
                return super().step(input)

        Machine.run(
            settings=hypothesis.settings(
                max_examples=STATEFUL_SCENARIOS,
                derandomize=True,
                database=None,
                deadline=None,
                suppress_health_check=list(hypothesis.HealthCheck),
            )
        )
        print(f"{vendor} links followed:", dict(followed))
        assert followed, "no scenario followed a link"

    return test


for _vendor in vendors():
    globals()[f"test_{_vendor}_stateful_links"] = stateful_test(_vendor)
