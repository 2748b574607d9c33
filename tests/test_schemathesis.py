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

EXAMPLES_PER_OPERATION = 15
"""Per operation in the default run, on top of schemathesis's examples and coverage phases
(which walk every documented field, enum value and missing required parameter); the heavy run
(-m heavy) takes 150 under two more seeds. 50 here put .ci/run past its 15 minutes."""
SEED = 42
STATEFUL_SCENARIOS = 25
CASES: Counter[str] = Counter()
PROBED_METHODS = ("get", "put", "post", "delete", "options", "patch", "trace", "query")
"""The methods schemathesis sends where a spec declares none, expecting 405 (its default)."""


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


def config_for(
    stub: StubServer,
    *,
    seed: int = SEED,
    examples: int = EXAMPLES_PER_OPERATION,
    deterministic: bool = True,
) -> SchemathesisConfig:
    """The default run's settings; the heavy run (test_schemathesis_heavy.py) changes the
    seed and the number of examples, and lets hypothesis vary its data."""
    # A spec that says every path takes more methods than each operation documents (SMS.by's
    # x-smsgate-request-forms) is not "unsupported" on them, and its Allow headers list them.
    served = {m.lower() for m in stub.path_methods}
    probed = set(PROBED_METHODS) - served
    return SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "phases": {"coverage": {"unexpected-methods": sorted(probed)}},
            "generation": {
                "max-examples": examples,
                "database": "none",
                "deterministic": deterministic,
            },
            "checks": {
                # The vendors answer schema-violating requests with HTTP 200 and an error
                # envelope (uBill: a non-zero statusID), never with the 4xx this check expects.
                "negative_data_rejection": {"enabled": False},
                # The same for a missing key, where a vendor answers 200 with an error body.
                "ignored_auth": {"enabled": not stub.auth_errors_in_body},
                "allow_header_conformance": {"enabled": not served},
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


def leading_to(operations: set[str], links: dict[str, set[str]]) -> set[str]:
    """The operations that lead to these through links, transitively."""
    found: set[str] = set()
    todo = list(operations)
    while todo:
        starts = links.get(todo.pop(), set()) - found - operations
        found |= starts
        todo += starts
    return found


def link_runs(links: dict[str, set[str]]) -> list[tuple[set[str], str, set[str]]]:
    """What the stateful runs cover, as (sources, target, operations in the run).

    A source that is itself reached through links (sendSMS, after createSmsMessage) gets a run
    of its own chain, which must follow its link. When a target also has sources that nothing
    leads to (an OTP send), one more run over all its sources and their chains must follow any
    one of its links: such a root may need a value of an earlier reply (createCampaign's POST
    form, without a message id) and then cannot start a chain on its own.
    """
    runs = []
    for target, sources in links.items():
        chained = {s for s in sources if leading_to({s}, links)}
        groups = [{s} for s in sorted(chained)] + ([sources] if sources - chained else [])
        runs += [(group, target, group | {target} | leading_to(group, links)) for group in groups]
    return runs


class FreshStub:
    """An ASGI app that forwards to a stub which `renew` replaces: a new account per scenario."""

    def __init__(self, cls: type[StubServer]) -> None:
        self.cls = cls
        self.renew()

    def renew(self) -> None:
        self.stub = self.cls()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.stub.app(scope, receive, send)


def stateful_test(
    vendor: str,
    sources: set[str],
    target: str,
    operations: set[str],
    *,
    scenarios: int = STATEFUL_SCENARIOS,
    derandomize: bool = True,
) -> Callable[[], None]:
    """Sequences of calls among `operations`, which must follow a link from one of `sources`
    to `target`; each scenario on a fresh stub (hypothesis needs replies to depend on the
    scenario alone). `derandomize=False` draws a random seed per run (the heavy run)."""

    def test() -> None:
        account = FreshStub(stub_class(vendor))
        config = config_for(account.stub, deterministic=derandomize)
        schema = schemathesis.openapi.from_asgi("/openapi.json", account, config=config).include(
            operation_id=sorted(operations)
        )
        label = schema.find_operation_by_id(target).label
        starts = tuple(f"{schema.find_operation_by_id(s).label} -> " for s in sources)
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
                max_examples=scenarios,
                # Enough steps to walk the chain twice; hypothesis's 50 would mostly wander.
                stateful_step_count=2 * len(operations) + 2,
                derandomize=derandomize,
                database=None,
                deadline=None,
                suppress_health_check=list(hypothesis.HealthCheck),
            )
        )
        print(f"{vendor} links followed:", dict(followed))
        hits = [t for t in followed if t.startswith(starts) and t.endswith(f" -> {label}")]
        assert hits, f"no link from {sorted(sources)} to {label}: {dict(followed)}"

    return test


for _vendor in vendors():
    for _sources, _target, _operations in link_runs(spec_links(load_spec(_vendor))):
        _name = f"test_{_vendor}_links_from_{'_'.join(sorted(_sources))}_to_{_target}"
        globals()[_name] = stateful_test(_vendor, _sources, _target, _operations)
