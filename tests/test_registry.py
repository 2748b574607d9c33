"""The vendor registry (smsgate._registry) is the one list of vendors: every record loads what
it names, agrees with the modules it points at, and is what the gateway, the stub server, the
callbacks, the CLI and the tests go by; its typed `connect` overloads cover every vendor; and
the hand-written package has no import cycle, at run time or for the type checker."""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import smsgate
from smsgate import _registry, gateway, stub
from smsgate._facade import GatewaySettings
from smsgate._neutral import DeliveryState
from smsgate.callbacks import CallbackReceiver
from smsgate.errors import InvalidRequestError

from scripts.drills.subjects import SUBJECTS
from tests.support import imports

RECORDS = {record.name: record for record in _registry.VENDORS}
OVERLAYS = Path(smsgate.__file__).parent


@pytest.mark.parametrize("name", RECORDS)
def test_a_record_loads_the_facades_and_stub_it_names(name: str) -> None:
    record = RECORDS[name]
    sync, asynchronous = record.sync_class(), record.async_class()
    assert sync.vendor == asynchronous.vendor == name
    modules = {sync.__module__.partition("._")[0], asynchronous.__module__.partition("._")[0]}
    assert modules == {f"smsgate.{name}"}, modules  # the module, or a module of the package
    assert issubclass(record.stub_class(), stub.StubServer)
    stub_module = record.stub_class().__module__  # the module, or a module of the package
    assert stub_module.partition("._")[0] == f"smsgate.stub.{name}", stub_module
    assert gateway.facade_class(name) is sync
    assert gateway.facade_class(name, asynchronous=True) is asynchronous
    assert stub.stub_class(name) is record.stub_class()


@pytest.mark.parametrize("name", RECORDS)
def test_a_vendors_settings_are_its_constructor_and_the_gateways(name: str) -> None:
    """The TypedDict that types `connect(name, **settings)` names exactly what connect takes."""
    record = RECORDS[name]
    settings = record.settings_type()
    assert typing.is_typeddict(settings)
    assert settings.__name__ in importlib.import_module(f"smsgate.{name}").__all__
    own = {
        p.name
        for p in inspect.signature(record.sync_class()).parameters.values()
        if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    }
    keys = settings.__required_keys__ | settings.__optional_keys__
    assert keys == own | set(GatewaySettings.__annotations__)
    assert not settings.__required_keys__, "each may come from the environment or the file"


@pytest.mark.parametrize("name", RECORDS)
def test_a_vendors_neutral_mapping_covers_its_statuses(name: str) -> None:
    mapping = RECORDS[name].neutral_mapping()
    assert mapping and all(isinstance(state, DeliveryState) for state in mapping.values())
    statuses = {type(status) for status in mapping}
    assert len(statuses) == 1, statuses
    (kind,) = statuses
    if issubclass(kind, enum.Enum):
        assert set(mapping) == set(kind), "every status the vendor has maps onto a state"


@pytest.mark.parametrize("name", RECORDS)
def test_the_callback_receiver_uses_the_recorded_reader(name: str) -> None:
    reader = RECORDS[name].reader()
    assert reader.__module__.partition("._")[0] == f"smsgate.{name}", reader.__module__
    assert CallbackReceiver(name, allow_unverified=True)._read is reader


def test_the_record_list_is_every_vendor_and_nothing_lists_a_package() -> None:
    """A spec, stub or drill subject without a record (or a record without them) fails here,
    and no module of the package finds vendors by listing one."""
    stub_modules = {m.name for m in pkgutil.iter_modules(stub.__path__) if m.name[0] != "_"}
    assert stub_modules == set(RECORDS)
    specs = Path(__file__).resolve().parent.parent / "specs"
    assert sorted(p.stem for p in specs.glob("*.yaml")) == sorted(RECORDS)
    assert gateway.vendors() == stub.vendors() == _registry.names() == list(RECORDS)
    assert {s.name.split()[0] for s in SUBJECTS} == set(RECORDS)
    for path in OVERLAYS.rglob("*.py"):
        assert "iter_modules" not in path.read_text("utf-8"), path


def test_an_unknown_vendor_names_the_ones_there_are() -> None:
    for find in (_registry.vendor, stub.stub_class, gateway.facade_class, CallbackReceiver):
        with pytest.raises(InvalidRequestError, match="smsgate has selzy, smsby, smsc, ubill"):
            find("twilio")


def _overloaded(function: typing.Any) -> dict[str, tuple[str, str]]:
    """Vendor literal -> (its settings, its return type), as the overloads' annotations say."""
    found = {}
    for overload in typing.get_overloads(function):
        annotations = overload.__annotations__
        literal = re.fullmatch(r"Literal\[['\"](\w+)['\"]\]", annotations["vendor"])
        if literal:
            unpacked = re.fullmatch(r"Unpack\[(\w+)\]", annotations["settings"])
            assert unpacked, annotations["settings"]
            found[literal.group(1)] = (unpacked.group(1), annotations["return"])
    return found


def test_connect_has_a_typed_overload_for_every_vendor() -> None:
    sync, asynchronous = _overloaded(gateway.connect), _overloaded(gateway.aconnect)
    assert set(sync) == set(asynchronous) == set(RECORDS)
    for name, record in RECORDS.items():
        settings = record.settings_type().__name__
        assert sync[name] == (settings, f"Gateway[{record.sync_class().__name__}]")
        assert asynchronous[name] == (settings, f"AsyncGateway[{record.async_class().__name__}]")


def test_the_neutral_types_keep_their_public_names() -> None:
    for name in ("Balance", "DeliveryReport", "DeliveryState", "SentMessage"):
        assert getattr(smsgate, name) is getattr(gateway, name)
    for name in ("ClientOptions", "GatewaySettings"):
        assert name in smsgate.__all__ and name in gateway.__all__
        assert getattr(smsgate, name) is getattr(gateway, name)


def test_the_package_has_no_import_cycle() -> None:
    """Type-only imports count: a cycle through them still knots the modules together."""
    edges = imports.graph()
    assert edges["smsgate.gateway"] >= {"smsgate._facade", "smsgate._neutral"}
    assert imports.cycles(edges) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert imports.cycles(edges) == [["a", "b", "c"]]


def test_reading_the_registry_imports_no_vendor_and_no_http_library() -> None:
    probe = (
        "import sys, json, smsgate._registry as r\n"
        "r.names(); [r.vendor(n).facade for n in r.names()]\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(json.loads(done.stdout))
    assert not {m for m in loaded if m.startswith("smsgate_") or m.split(".")[0] == "httpx"}
    assert not loaded & {f"smsgate.{name}" for name in RECORDS}
