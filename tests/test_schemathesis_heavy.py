"""The heavy schemathesis runs (`-m heavy`): each spec fuzzed under other seeds with more
examples, and the stateful runs with more scenarios on random seeds (`--hypothesis-seed=N`
repeats one). tests/conftest.py leaves this module uncollected unless the run selects heavy
tests, so that the default run is exactly test_schemathesis.py."""

from __future__ import annotations

import pytest
import schemathesis
from smsgate.stub import stub_class, vendors
from smsgate.stub._core import load_spec

from tests.test_schemathesis import config_for, link_runs, spec_links, stateful_test

pytestmark = pytest.mark.heavy
HEAVY_SEEDS = (7, 2026)
HEAVY_EXAMPLES = 150
HEAVY_SCENARIOS = 100


def heavy_fuzz(vendor: str, seed: int):
    stub = stub_class(vendor)()
    config = config_for(stub, seed=seed, examples=HEAVY_EXAMPLES, deterministic=False)
    schema = schemathesis.openapi.from_asgi("/openapi.json", stub.app, config=config)

    @schema.parametrize()
    def test(case: schemathesis.Case) -> None:
        case.call_and_validate()

    return test


for _vendor in vendors():
    for _seed in HEAVY_SEEDS:
        globals()[f"test_{_vendor}_stub_conforms_to_spec_seed_{_seed}"] = heavy_fuzz(_vendor, _seed)
    for _sources, _target, _operations in link_runs(spec_links(load_spec(_vendor))):
        _name = f"test_{_vendor}_links_from_{'_'.join(sorted(_sources))}_to_{_target}_heavy"
        globals()[_name] = stateful_test(
            _vendor, _sources, _target, _operations, scenarios=HEAVY_SCENARIOS, derandomize=False
        )
