"""Every decoder fuzzed through the real facade path: a transport answers each operation with
a generated body (arbitrary bytes, arbitrary JSON, the stub's own reply with parts replaced or
cut, hostile documents), and nothing but an smsgate error may come out, within a bound.

Each operation's seed is the reply the vendor's stub gave it, so that the structured bodies
are plausible: the same keys and shapes with wrong values, missing keys, extra nesting."""

from __future__ import annotations

import contextlib
import json
import string
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

import httpx
import hypothesis
import pytest
from hypothesis import strategies as st
from smsgate import RetryPolicy
from smsgate.errors import SmsgateError
from smsgate.stub import SyncASGITransport

from scripts.drills.subjects import SMSC_FORMATS, SUBJECTS, Subject

EXAMPLES = 60
"""Per operation and strategy; `-m heavy` runs HEAVY_EXAMPLES."""
HEAVY_EXAMPLES = 1000
CASES: Counter[str] = Counter()
ONE_TRY = RetryPolicy(max_attempts=1)

Op = Callable[[Any], Any]


def drain(items: Any) -> list[Any]:
    """A listing read far enough to decode its first pages, without trusting it to end."""
    return list(islice(items, 500))


# The operations whose decoders the fuzz covers, by vendor: reads of each reply shape and the
# send. The arguments need not exist: the transport answers whatever is asked.
OPERATIONS: dict[str, dict[str, Op]] = {
    "ubill": {
        "balance": lambda c: c.balance(),
        "brand_names": lambda c: c.brand_names(),
        "delivery_report": lambda c: c.delivery_report(100),
        "create_brand_name": lambda c: c.create_brand_name("Shop"),
        "send": lambda c: c.send("995511194241", "Hello", brand_id=1),
    },
    "selzy": {
        "lists": lambda c: c.lists(),
        "check_sms": lambda c: c.check_sms("1"),
        "campaign_status": lambda c: c.campaign_status(1),
        "fields": lambda c: c.fields(),
        "export_contacts": lambda c: drain(c.export_contacts(list_id=1)),
        "send_sms": lambda c: c.send_sms(["+79092020303"], "Hello", sender="Shop"),
    },
    "smsc": {
        "balance": lambda c: c.balance(),
        "status": lambda c: c.status(1000, "79991234567"),
        "senders": lambda c: c.senders(),
        "contacts": lambda c: drain(c.contacts()),
        "send": lambda c: c.send("79991234567", "Hello"),
    },
    "smsby": {
        "balance": lambda c: c.balance(),
        "message_status": lambda c: c.message_status(1),
        "alphanames": lambda c: c.alphanames(),
        "messages": lambda c: drain(c.messages()),
        "bills": lambda c: drain(c.bills()),
        "send_quick": lambda c: c.send_quick("375291234567", "Hello"),
    },
}
FUZZED = (*SUBJECTS, *SMSC_FORMATS[1:])
REFUSED_BEFORE_ANY_REQUEST = {("smsc fmt=1", "contacts")}
"""Operations a subject refuses outright (SMSC's unquoted fmt=1 cannot carry free text): there
is no reply to decode, which tests/test_smsc.py checks."""


def fuzzed(subject: Subject) -> list[str]:
    """The operations whose decoders the fuzz feeds for `subject`."""
    names = OPERATIONS[vendor_of(subject)]
    return [n for n in names if (subject.name, n) not in REFUSED_BEFORE_ANY_REQUEST]


@dataclass(frozen=True)
class Seed:
    status: int
    content_type: str
    body: bytes


def record_seed(subject: Subject, op: Op) -> Seed:
    """The stub's reply to the operation's first request (after a send, so that reads find
    something); a refusal is as good a seed as a result."""
    stub = subject.stub()
    seen: list[httpx.Response] = []

    class Recording(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = SyncASGITransport(stub.app)

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            seen.append(response)
            return response

    transport = Recording()
    try:
        with subject.client("http://vendor.test", stub, transport=transport, retry=ONE_TRY) as c:
            with contextlib.suppress(SmsgateError):
                subject.send(c)
            seen.clear()
            with contextlib.suppress(SmsgateError):
                op(c)
    finally:
        transport.inner.close()
    first = seen[0]
    content_type = first.headers.get("content-type", "application/json")
    return Seed(first.status_code, content_type, first.content)


_SEEDS: dict[tuple[str, str], Seed] = {}


def seed_of(subject: Subject, name: str) -> Seed:
    key = (subject.name, name)
    if key not in _SEEDS:
        _SEEDS[key] = record_seed(subject, OPERATIONS[vendor_of(subject)][name])
    return _SEEDS[key]


def vendor_of(subject: Subject) -> str:
    return subject.name.split()[0]


def feed(subject: Subject, op: Op, first: httpx.Response, then: Seed) -> Any:
    """Runs the operation on a client whose first reply is `first` and every later one the
    seed (so that a listing ends): its result, or the smsgate error it raised; any other
    exception escapes."""
    answered = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal answered
        answered += 1
        if answered == 1:
            return first
        return httpx.Response(
            then.status, content=then.body, headers={"content-type": then.content_type}
        )

    transport = httpx.MockTransport(answer)
    options = {"transport": transport, "retry": ONE_TRY}
    with subject.client("http://vendor.test", _NO_STUB, **options) as client:
        try:
            return op(client)
        except SmsgateError as error:
            return error


class _NoStub:
    base_path = ""


_NO_STUB: Any = _NoStub()

# Strategies.
JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["", "0", "-1", "1e999", "NaN", "2025-13-45 25:61:61", "null", "{}"])
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
_DROP = object()


def mutated(value: Any) -> st.SearchStrategy[Any]:
    """The value with parts kept, replaced by any JSON, or (in objects) dropped."""
    if isinstance(value, dict):
        entries = [
            st.tuples(st.just(k), st.one_of(mutated(v), JSON_VALUES, st.just(_DROP)))
            for k, v in value.items()
        ]
        return st.tuples(*entries).map(lambda kv: {k: v for k, v in kv if v is not _DROP})
    if isinstance(value, list):
        if not value:
            return st.lists(JSON_VALUES, max_size=3)
        return st.lists(mutated(value[0]), max_size=4) | st.just(value)
    return st.just(value) | JSON_LEAVES


def json_bodies(seed: Seed) -> st.SearchStrategy[bytes]:
    try:
        parsed = json.loads(seed.body)
    except ValueError:
        return JSON_VALUES.map(lambda v: json.dumps(v).encode())
    return (mutated(parsed) | JSON_VALUES).map(lambda v: json.dumps(v).encode())


def spliced_bodies(seed: Seed) -> st.SearchStrategy[bytes]:
    """The seed with a slice replaced by text that its format gives meaning to."""
    text = seed.body.decode("utf-8", "replace")
    pieces = st.text(alphabet=string.printable + "абв€", max_size=12) | st.sampled_from(
        ["\n", ",", "=", " = ", "<", "</a>", "<![CDATA[x]]>", "&amp;", "-1", "1e999", "9" * 30]
    )
    n = len(text)
    return st.tuples(st.integers(0, n), st.integers(0, n), pieces).map(
        lambda t: (text[: min(t[0], t[1])] + t[2] + text[max(t[0], t[1]) :]).encode()
    )


STRATEGIES: dict[str, Callable[[Seed], st.SearchStrategy[bytes]]] = {
    "bytes": lambda seed: st.binary(max_size=400),
    "json": json_bodies,
    "spliced": spliced_bodies,
}


def fuzz_cases() -> Iterator[Any]:
    for subject in FUZZED:
        for name in fuzzed(subject):
            for strategy in STRATEGIES:
                yield pytest.param(subject, name, strategy, id=f"{subject.name}-{name}-{strategy}")


def run_fuzz(subject: Subject, name: str, strategy: str, examples: int) -> None:
    seed = seed_of(subject, name)
    op = OPERATIONS[vendor_of(subject)][name]

    @hypothesis.settings(
        max_examples=examples,
        deadline=5000,
        database=None,
        derandomize=True,
        suppress_health_check=[
            hypothesis.HealthCheck.too_slow,
            hypothesis.HealthCheck.data_too_large,
        ],
    )
    @hypothesis.given(
        body=STRATEGIES[strategy](seed),
        status=st.sampled_from(sorted({200, seed.status})),
    )
    def fuzz(body: bytes, status: int) -> None:
        CASES[f"{subject.name} {name}"] += 1
        reply = httpx.Response(status, content=body, headers={"content-type": seed.content_type})
        feed(subject, op, reply, seed)

    fuzz()


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("subject", "name", "strategy"), list(fuzz_cases()))
def test_decoders_raise_only_smsgate_errors(subject: Subject, name: str, strategy: str) -> None:
    run_fuzz(subject, name, strategy, EXAMPLES)


@pytest.mark.heavy
@pytest.mark.timeout(1800)
@pytest.mark.parametrize(("subject", "name", "strategy"), list(fuzz_cases()))
def test_decoders_heavy(subject: Subject, name: str, strategy: str) -> None:
    run_fuzz(subject, name, strategy, HEAVY_EXAMPLES)


# Hostile documents: each must end quickly in a DecodeError (or OutcomeUnknownError for a
# send), never in a hang, a RecursionError, or an entity expanded.
NESTING = 100_000
HOSTILE: dict[str, bytes] = {
    "deep-json-lists": b"[" * NESTING + b"]" * NESTING,
    "deep-json-objects": b'{"a":' * NESTING + b"1" + b"}" * NESTING,
    "huge-float": b'{"balance": 1e999999, "sms": 1e999999, "statusID": 1e999999}',
    "huge-int": b'{"balance": ' + b"9" * 100_000 + b', "statusID": 0, "sms": 1}',
    "huge-int-string": b'{"sms": "' + b"9" * 100_000 + b'", "statusID": "0"}',
    "nan": b'{"balance": NaN, "sms": Infinity, "statusID": -Infinity}',
    "billion-laughs": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b"]><balance>&lol9;</balance>"
    ),
    "external-entity": (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<result><balance>&x;</balance></result>"
    ),
    "deep-xml": b"<a>" * NESTING + b"</a>" * NESTING,
    "huge-text-number": b"balance = " + b"9" * 100_000 + b"\n",
    # Seconds past what datetime can hold (OverflowError, not ValueError).
    "huge-timestamp": b'{"status": "1", "last_timestamp": "99999999999999999999", "err": "0"}',
    "huge-timestamp-csv": b"1,99999999999999999999,0",
    "huge-csv-row": b",".join([b"1"] * 100_000),
}


def hostile_cases() -> Iterator[Any]:
    for subject in FUZZED:
        for name in fuzzed(subject):
            for kind in HOSTILE:
                yield pytest.param(subject, name, kind, id=f"{subject.name}-{name}-{kind}")


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("subject", "name", "kind"), list(hostile_cases()))
def test_hostile_bodies_end_in_smsgate_errors(subject: Subject, name: str, kind: str) -> None:
    seed = seed_of(subject, name)
    reply = httpx.Response(200, content=HOSTILE[kind], headers={"content-type": seed.content_type})
    outcome = feed(subject, OPERATIONS[vendor_of(subject)][name], reply, seed)
    if not isinstance(outcome, SmsgateError):
        assert lenient(subject.name, name, kind), f"read as {outcome!r:.300}"


def lenient(subject: str, name: str, kind: str) -> bool:
    """Hostile bodies that are, in fact, valid replies of that shape."""
    return (
        # SMSC's CSV is positional and a sender list is one name a line: anything is a row.
        (subject == "smsc fmt=1" and ("csv" in kind or name == "senders"))
        # The huge timestamp is aimed at SMSC's status; other replies read it as text.
        or (kind.startswith("huge-timestamp") and name != "status")
        # Every field of an SMSC contact is optional: an unknown record is an empty contact.
        or (name == "contacts" and kind in ("huge-text-number", "deep-xml"))
        # A uBill report without `result` lists no numbers yet.
        or (subject == "ubill" and name == "delivery_report" and kind == "huge-int-string")
    )


def test_every_operation_was_fuzzed() -> None:
    """Runs after the fuzz tests above (pytest keeps file order) and reports the counts."""
    if not CASES:
        pytest.skip("no fuzz test ran in this session")
    print("decoder fuzz cases:", dict(sorted(CASES.items())), "total", sum(CASES.values()))
    expected = {f"{s.name} {n}" for s in FUZZED for n in fuzzed(s)}
    assert set(CASES) == expected
