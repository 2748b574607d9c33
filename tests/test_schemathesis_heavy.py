"""The heavy schemathesis runs (`-m heavy`): each spec fuzzed under other seeds with more
examples, and the stateful runs with more scenarios on random seeds (`--hypothesis-seed=N`
repeats one). tests/conftest.py leaves this module uncollected unless the run selects heavy
tests, so that the default run is exactly test_schemathesis.py."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from smsgate.stub import StubServer, stub_class, vendors
from smsgate.stub._core import load_spec

from tests.test_schemathesis import FreshStub, link_runs, spec_links

pytestmark = pytest.mark.heavy
HEAVY_SEEDS = (7, 2026)
HEAVY_EXAMPLES = 150
HEAVY_SCENARIOS = 100


def heavy_config(stub: StubServer, seed: int) -> SchemathesisConfig:
    return SchemathesisConfig.from_dict(
        {
            "seed": seed,
            "generation": {"max-examples": HEAVY_EXAMPLES, "database": "none"},
            "checks": {
                "negative_data_rejection": {"enabled": False},
                "ignored_auth": {"enabled": not stub.auth_errors_in_body},
            },
            "auth": {"openapi": {name: {"api_key": v} for name, v in stub.credentials().items()}},
        }
    )


def heavy_fuzz(vendor: str, seed: int):
    stub = stub_class(vendor)()
    schema = schemathesis.openapi.from_asgi(
        "/openapi.json", stub.app, config=heavy_config(stub, seed)
    )

    @schema.parametrize()
    def test(case: schemathesis.Case) -> None:
        case.call_and_validate()

    return test


def heavy_stateful(
    vendor: str, sources: set[str], target: str, operations: set[str]
) -> Callable[[], None]:
    def test() -> None:
        account = FreshStub(stub_class(vendor))
        schema = schemathesis.openapi.from_asgi(
            "/openapi.json", account, config=heavy_config(account.stub, 0)
        ).include(operation_id=sorted(operations))
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
                max_examples=HEAVY_SCENARIOS,
                stateful_step_count=2 * len(operations) + 2,
                database=None,
                deadline=None,
                suppress_health_check=list(hypothesis.HealthCheck),
            )
        )
        hits = [t for t in followed if t.startswith(starts) and t.endswith(f" -> {label}")]
        assert hits, f"no link from {sorted(sources)} to {label}: {dict(followed)}"

    return test


for _vendor in vendors():
    for _seed in HEAVY_SEEDS:
        globals()[f"test_{_vendor}_stub_conforms_to_spec_seed_{_seed}"] = heavy_fuzz(_vendor, _seed)
    for _sources, _target, _operations in link_runs(spec_links(load_spec(_vendor))):
        _name = f"test_{_vendor}_links_from_{'_'.join(sorted(_sources))}_to_{_target}_heavy"
        globals()[_name] = heavy_stateful(_vendor, _sources, _target, _operations)
