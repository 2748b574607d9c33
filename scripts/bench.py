"""smsgate's speed targets, each measured beside its baseline in one run.

    python scripts/bench.py all            # every target; a Markdown table of figures
    python scripts/bench.py p1 p3          # some of them
    python scripts/bench.py all --quick    # fewer repetitions and smaller loads: a smoke run

| target | what |
|---|---|
| p1 | a typed facade call costs at most 1.25x the same exchange with raw httpx + json.loads |
| p2 | 5,000 sends at concurrency 50 on loopback: >= 0.9x raw httpx.AsyncClient, >= 10x PyPI smsc |
| p3 | 1,000,000 contacts through Selzy.export_contacts: RSS growth <= 50 MB, >= 0.8x a raw loop |
| p4 | scripts/generate.py <= 15 s, --check <= 20 s |
| p5 | `import smsgate` <= 200 ms; a facade import <= 1.5x `import httpx`, no other vendor's |
| p6 | a stub serves >= 1,000 requests/s on loopback under uvicorn |
| p7 | a bulk send through the SQLite send ledger: >= 0.9x the rate without it (20 ms replies) |

P2 runs three times: the stub replying at once, and after 20 and 100 ms (a vendor's distance).
The machine this runs on may be shared and noisy, so a ratio is measured side by side: the two
sides alternate in repetitions within one run and the median of each side is compared. The
PyPI `smsc` comparison needs the `bench` extra (`pip install -e '.[bench]'`); without it that
row is reported as skipped. A benchmark, not a test: nothing here runs in the test suite.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    target: str
    what: str
    figure: str
    limit: str
    ok: bool | None
    """None: no verdict (a figure for context, or a missing optional package)."""


def verdict(ok: bool | None) -> str:
    return "-" if ok is None else "PASS" if ok else "FAIL"


def interleaved(sides: dict[str, Callable[[], float]], repeats: int) -> dict[str, float]:
    """The median of each side's figure, the sides taking turns so that noise hits both."""
    figures: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(repeats):
        for name, measure in sides.items():
            figures[name].append(measure())
    return {name: statistics.median(values) for name, values in figures.items()}


# P1: one typed call against the same exchange done by hand --------------------------------


class Recorder(httpx.BaseTransport):
    """Passes requests to a stub and keeps the last exchange, to replay it without the stub."""

    def __init__(self, inner: httpx.BaseTransport):
        self.inner = inner
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self.inner.handle_request(request)
        response.read()
        self.request, self.response = request, response
        return response


def replaying(reply: httpx.Response) -> httpx.MockTransport:
    """An in-process transport that answers every request with a recorded reply."""
    status, headers, content = reply.status_code, list(reply.headers.multi_items()), reply.content
    return httpx.MockTransport(
        lambda request: httpx.Response(status, headers=headers, content=content)
    )


def raw_arguments(request: httpx.Request) -> dict[str, Any]:
    """How a hand-written client would ask httpx for the recorded request: a URL without its
    query, the query as params, the body as json= or data= from plain dicts."""
    arguments: dict[str, Any] = {
        "method": request.method,
        "url": str(request.url.copy_with(query=None)),
        "params": dict(request.url.params.multi_items()),
    }
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/json"):
        arguments["json"] = json.loads(request.content)
    elif kind.startswith("application/x-www-form-urlencoded"):
        arguments["data"] = dict(parse_qsl(request.content.decode()))
    return arguments


def p1_cases() -> Iterator[
    tuple[str, Callable[[httpx.BaseTransport, str], Callable[[], Any]], Any]
]:
    """(what, make(transport, base_url) -> one typed call, the vendor's stub), per vendor."""
    from smsgate.selzy import Selzy
    from smsgate.smsby import SmsBy
    from smsgate.smsc import Smsc
    from smsgate.stub.selzy import SelzyStub
    from smsgate.stub.smsby import SmsByStub
    from smsgate.stub.smsc import SmscStub
    from smsgate.stub.ubill import UBillStub
    from smsgate.ubill import UBill

    def ubill(transport: httpx.BaseTransport, base: str) -> Callable[[], Any]:
        client = UBill("stub-key", base_url=base, transport=transport)
        return lambda: client.send(["995511194241"], "Hello", brand_id=1)

    def smsc(transport: httpx.BaseTransport, base: str) -> Callable[[], Any]:
        client = Smsc("stub-login", "stub-password", base_url=base, transport=transport)
        return lambda: client.send("79991234567", "Hello")

    def selzy(transport: httpx.BaseTransport, base: str) -> Callable[[], Any]:
        client = Selzy("stub-key", base_url=base, transport=transport)
        return lambda: client.send_sms(["79991234567"], "Hello", sender="Shop")

    def smsby(transport: httpx.BaseTransport, base: str) -> Callable[[], Any]:
        client = SmsBy(token="stub-token", base_url=base, transport=transport)
        return lambda: client.send_quick("375291111111", "Hello")

    yield "UBill.send", ubill, UBillStub()
    yield "Smsc.send", smsc, SmscStub()
    yield "Selzy.send_sms", selzy, SelzyStub()
    yield "SmsBy.send_quick", smsby, SmsByStub()


def p1(quick: bool) -> list[Row]:
    from smsgate.stub import SyncASGITransport

    calls, repeats = (200, 5) if quick else (250, 41)
    rows = []
    for what, make, stub in p1_cases():
        base = "http://stub" + stub.base_path
        recorder = Recorder(SyncASGITransport(stub.app))
        make(recorder, base)()  # one real exchange with the stub, recorded
        recorder.inner.close()
        assert recorder.request is not None and recorder.response is not None
        transport = replaying(recorder.response)
        typed = make(transport, base)
        raw_client = httpx.Client(transport=transport)
        arguments = raw_arguments(recorder.request)

        def raw(client: httpx.Client = raw_client, arguments: dict[str, Any] = arguments) -> Any:
            return json.loads(client.request(**arguments).content)

        def timed(call: Callable[[], Any]) -> Callable[[], float]:
            def run() -> float:
                started = time.thread_time()  # CPU time: other processes' load is not counted
                for _ in range(calls):
                    call()
                return (time.thread_time() - started) / calls

            return run

        typed(), raw()  # warm both
        medians = interleaved({"typed": timed(typed), "raw": timed(raw)}, repeats)
        ratio = medians["typed"] / medians["raw"]
        figure = (
            f"{ratio:.2f}x ({medians['typed'] * 1e6:.0f} µs vs {medians['raw'] * 1e6:.0f} µs raw)"
        )
        rows.append(Row("P1", f"{what}, per call", figure, "<= 1.25x", ratio <= 1.25))
    return rows


# Servers and sides in processes of their own --------------------------------------------


# What each stub needs to take load: money for every send, no throttles (the vendors' own
# limits, which the stubs copy, would otherwise measure themselves).
LOAD_SETTINGS: dict[str, dict[str, Any]] = {
    "smsc": {"balance": "1000000000", "rate_window": 0},
    "smsby": {"balance": "1000000000", "burst": 10**9, "per_second": 1e9},
}


def stub_for_load(vendor: str, contacts: int = 0) -> Any:
    """A vendor's stub set up for load, with `contacts` contacts in Selzy's list 1."""
    from smsgate.stub import stub_class

    stub = stub_class(vendor)(**LOAD_SETTINGS.get(vendor, {}))
    if contacts:
        from smsgate.stub.selzy import Contact

        for number in range(contacts):
            phone = f"7926{number:07d}"
            contact = Contact(stub._new_id(), phone=phone, fields={"Name": f"Contact {number}"})
            contact.lists[1] = ("active", 0.0)
            stub.contacts[contact.id] = contact
            stub._by_phone[phone] = contact
    return stub


class Served:
    """A stub under uvicorn on loopback in a child process, for as long as the block runs."""

    def __init__(self, vendor: str, contacts: int = 0, latency: float = 0.0):
        self.command = [sys.executable, __file__, "_serve", vendor, str(contacts), str(latency)]

    def __enter__(self) -> str:
        self.process = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith("http://"):
            raise RuntimeError(f"the stub server did not start: {line!r}")
        return line

    def __exit__(self, *exc_info: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(30)


def serve(vendor: str, contacts: str, latency: str) -> None:
    """The child of `Served`: prints the stub's base URL, serves until stdin closes."""
    from smsgate.stub import LoopbackServer, delayed

    stub = stub_for_load(vendor, int(contacts))
    with LoopbackServer(delayed(stub.app, float(latency))) as url:
        print(url + stub.base_path, flush=True)
        sys.stdin.read()


def side(name: str, *arguments: Any) -> dict[str, Any]:
    """Runs one side of a comparison in a fresh interpreter, so that no side inherits
    another's imports, caches, logging set-up or heap; returns what the side printed."""
    command = [sys.executable, __file__, "_side", name, *map(str, arguments)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"side {name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


SIDES: dict[str, Callable[..., dict[str, Any]]] = {}


def registered(function: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    SIDES[function.__name__] = function
    return function


# P2: bulk sends at concurrency 50 --------------------------------------------------------

LOGIN, PASSWORD, SENDER = "stub-login", "stub-password", "SMSC"


def messages(count: int) -> list[tuple[str, str]]:
    return [(f"7999{n:07d}", f"Message {n}") for n in range(count)]


async def in_parallel(work: Callable[[str, str], Any], count: int, concurrency: int) -> None:
    queue = messages(count)[::-1]

    async def worker() -> None:
        while queue:
            await work(*queue.pop())

    await asyncio.gather(*(worker() for _ in range(concurrency)))


@registered
def p2_smsgate(url: str, count: str, concurrency: str) -> dict[str, Any]:
    from smsgate.smsc import AsyncSmsc

    async def run() -> float:
        async with AsyncSmsc(LOGIN, PASSWORD, base_url=url) as smsc:
            await smsc.balance()  # warm: imports done, a connection open

            async def send(phone: str, text: str) -> None:
                await smsc.send(phone, text, sender=SENDER)

            started = time.perf_counter()
            await in_parallel(send, int(count), int(concurrency))
            return time.perf_counter() - started

    return {"rate": int(count) / asyncio.run(run())}


@registered
def p2_raw(url: str, count: str, concurrency: str) -> dict[str, Any]:
    async def run() -> float:
        async with httpx.AsyncClient(base_url=url) as client:
            await client.get("/sys/balance.php", params={"login": LOGIN, "psw": PASSWORD})

            async def send(phone: str, text: str) -> None:
                form = {"phones": phone, "fmt": 3, "charset": "utf-8", "mes": text}
                form |= {"sender": SENDER, "login": LOGIN, "psw": PASSWORD}
                reply = await client.post("/sys/send.php", data=form)
                if "id" not in json.loads(reply.content):
                    raise RuntimeError(reply.text)

            started = time.perf_counter()
            await in_parallel(send, int(count), int(concurrency))
            return time.perf_counter() - started

    return {"rate": int(count) / asyncio.run(run())}


@registered
def p2_pypi_smsc(url: str, count: str, concurrency: str) -> dict[str, Any]:
    """PyPI smsc 0.1.1, as shipped (blocking requests, a new connection per call, its own
    DEBUG logging), from `concurrency` threads: its fastest way to send many."""
    from concurrent.futures import ThreadPoolExecutor

    from smsc import SMSC, SMSMessage  # type: ignore[import-not-found, import-untyped]

    SMSC._url = url + "/sys/"  # its one setting for where smsc.ru is; otherwise unchanged
    client = SMSC(login=LOGIN, password=PASSWORD, sender=SENDER)
    client.get_balance()

    def send(message: tuple[str, str]) -> None:
        reply = client.send(to=message[0], message=SMSMessage(text=message[1]))
        if reply.error:
            raise RuntimeError(f"the stub refused a send: {reply.error}")

    started = time.perf_counter()
    with ThreadPoolExecutor(int(concurrency)) as pool:
        list(pool.map(send, messages(int(count))))
    return {"rate": int(count) / (time.perf_counter() - started)}


def has_pypi_smsc() -> bool:
    probe = "import importlib.util, sys; sys.exit(importlib.util.find_spec('smsc') is None)"
    return subprocess.run([sys.executable, "-c", probe], check=False).returncode == 0


P2_LATENCIES = (0.0, 0.02, 0.1)
"""Seconds the stub waits before each reply: none (loopback, where the CPU of the two
processes sets every rate), then a vendor in the same region and one across borders."""
P2_ONE_BY_ONE = 200
"""Sends that PyPI smsc makes one after another behind a latency (at 0.1 s: 20 s a try)."""


def p2(quick: bool) -> list[Row]:
    count, concurrency, repeats = (1000, 50, 1) if quick else (5000, 50, 3)
    rows = []
    with_peer = has_pypi_smsc()
    for latency in P2_LATENCIES:
        sides: dict[str, tuple[str, int, int]] = {
            "smsgate": ("p2_smsgate", concurrency, count),
            "raw": ("p2_raw", concurrency, count),
        }
        if with_peer:
            one_by_one = count if not latency else P2_ONE_BY_ONE
            sides |= {
                "smsc, 1 by 1": ("p2_pypi_smsc", 1, one_by_one),
                "smsc, 50 threads": ("p2_pypi_smsc", 50, count),
            }
        with Served("smsc", latency=latency) as url:
            rates = interleaved(
                {
                    label: lambda name=name, width=width, sends=sends: side(
                        name, url, sends, width
                    )["rate"]
                    for label, (name, width, sends) in sides.items()
                },
                repeats,
            )
            ceiling = side("p6_load", url, "smsc send", count, concurrency)["rate"]
        ours, raw = rates["smsgate"], rates["raw"]
        where = f"stub replying after {latency * 1000:.0f} ms" if latency else "stub on loopback"
        what = f"{count:,} sends, concurrency {concurrency}, AsyncSmsc, {where}"
        figure = f"{ours / raw:.2f}x ({ours:.0f}/s vs {raw:.0f}/s raw)"
        rows.append(
            Row("P2", what + " vs raw httpx.AsyncClient", figure, ">= 0.9x", ours / raw >= 0.9)
        )
        # One by one is the library as written; from 50 threads is the caller's own
        # concurrency, shown for context without a verdict.
        for label, judged in (("smsc, 1 by 1", True), ("smsc, 50 threads", False)):
            peer = rates.get(label)
            figure = (
                f"{ours / peer:.1f}x ({ours:.0f}/s vs {peer:.0f}/s)" if peer else "not installed"
            )
            verdict = ours / peer >= 10 if judged and peer else None
            limit = ">= 10x" if judged else "-"
            rows.append(Row("P2", f"{what} vs PyPI {label}", figure, limit, verdict))
        rows.append(
            Row(
                "P2",
                f"({where}: its ceiling for these sends, no client library)",
                f"{ceiling:.0f}/s",
                "-",
                None,
            )
        )
    return rows


# P3: a million contacts through the export iterator --------------------------------------

SELZY_KEY = "stub-key"
EXPORT_FIELDS = ["phone", "Name"]


def rss_kib(field: str) -> int:
    """VmRSS (now) or VmHWM (the peak so far) of this process, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def export_side(rows: Callable[[], Iterator[dict[str, str | None]]]) -> dict[str, Any]:
    before = rss_kib("VmRSS")
    started = time.perf_counter()
    count = sum(1 for _ in rows())
    elapsed = time.perf_counter() - started
    growth = (rss_kib("VmHWM") - before) / 1024
    return {"rate": count / elapsed, "rows": count, "growth_mib": growth}


@registered
def p3_smsgate(url: str) -> dict[str, Any]:
    from smsgate.selzy import Selzy

    with Selzy(SELZY_KEY, base_url=url) as selzy:
        selzy.lists()  # warm: imports done, a connection open
        return export_side(lambda: selzy.export_contacts(list_id=1, field_names=EXPORT_FIELDS))


@registered
def p3_raw(url: str) -> dict[str, Any]:
    with httpx.Client(base_url=url) as client:
        client.post("/en/api/getLists", params={"format": "json"}, data={"api_key": SELZY_KEY})

        def rows() -> Iterator[dict[str, str | None]]:
            offset = 0
            while True:
                form = {"api_key": SELZY_KEY, "list_id": 1, "offset": offset, "limit": 1000}
                form |= {f"field_names[{i}]": name for i, name in enumerate(EXPORT_FIELDS)}
                reply = client.post("/en/api/exportContacts", params={"format": "json"}, data=form)
                result = json.loads(reply.content)["result"]
                for row in result["data"]:
                    yield dict(zip(result["field_names"], row, strict=True))
                if len(result["data"]) < 1000:
                    return
                offset += 1000

        return export_side(rows)


def p3(quick: bool) -> list[Row]:
    contacts, repeats = (50_000, 1) if quick else (1_000_000, 2)
    with Served("selzy", contacts) as url:
        results: dict[str, list[dict[str, Any]]] = {"p3_smsgate": [], "p3_raw": []}
        for _ in range(repeats):
            for name, figures in results.items():
                figures.append(side(name, url))
    for figures in results.values():
        assert all(f["rows"] == contacts for f in figures), figures
    ours = statistics.median(f["rate"] for f in results["p3_smsgate"])
    raw = statistics.median(f["rate"] for f in results["p3_raw"])
    growth = max(f["growth_mib"] for f in results["p3_smsgate"])
    raw_growth = max(f["growth_mib"] for f in results["p3_raw"])
    what = f"{contacts:,} contacts through Selzy.export_contacts over loopback"
    return [
        Row(
            "P3",
            what + ", peak RSS growth",
            f"{growth:.1f} MiB (raw loop {raw_growth:.1f} MiB)",
            "<= 50 MB",
            growth * 2**20 <= 50e6,
        ),
        Row(
            "P3",
            what + ", rate vs a raw httpx paging loop",
            f"{ours / raw:.2f}x ({ours:,.0f} rows/s vs {raw:,.0f} rows/s raw)",
            ">= 0.8x",
            ours / raw >= 0.8,
        ),
    ]


# P4: regenerating the clients ------------------------------------------------------------


def p4(quick: bool) -> list[Row]:
    rows = []
    for flag, limit in (("", 15.0), ("--check", 20.0)):
        command = [sys.executable, str(ROOT / "scripts" / "generate.py"), *filter(None, [flag])]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        elapsed = time.perf_counter() - started
        what = f"scripts/generate.py {flag}".strip() + " (all four vendors)"
        rows.append(Row("P4", what, f"{elapsed:.1f} s", f"<= {limit:.0f} s", elapsed <= limit))
    return rows


# P5: import time, and what a vendor's facade imports -------------------------------------

VENDORS = ("selzy", "smsby", "smsc", "ubill")
IMPORT_RATIO_LIMIT = 1.5
"""A vendor's facade may cost at most this many times a bare `import httpx` (issue 16)."""


@dataclass(frozen=True)
class ImportCost:
    cpu: list[float]
    """CPU seconds (user + system) of the import statement itself in each round, timed inside
    the child (`time.process_time`), without the interpreter's start-up every program pays."""
    total: list[float]
    """Wall seconds of the whole `python -c "import x"` in each round, start-up included."""

    def ratio(self, baseline: ImportCost) -> float:
        """The median over rounds of this CPU time / the baseline's in the same round: each
        pair ran seconds apart, so a slow minute of a shared machine slows both."""
        return statistics.median(a / b for a, b in zip(self.cpu, baseline.cpu, strict=True))


def bytecode_environment(cache: str) -> dict[str, str]:
    """The children's environment: bytecode written to and read from `cache`.

    pip compiles an installed package's bytecode when it installs it, so a user's import reads
    .pyc files. Where PYTHONDONTWRITEBYTECODE is set (as on the development machine) an
    editable checkout would instead compile every module of smsgate and of the generated
    clients from source on every import, while httpx, installed by pip, reads its .pyc: the
    figure would be the compiler's, and unequal. With one PYTHONPYCACHEPREFIX for every child,
    warmed once before timing, both sides read bytecode and nothing is written into the tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    return env


IMPORT_PROBE = "import time; t = time.process_time(); import {0}; print(time.process_time() - t)"


def import_costs(modules: list[str], repeats: int) -> dict[str, ImportCost]:
    """Each module imported in a fresh interpreter `repeats` times, the modules taking turns
    so that a noisy machine slows every side alike. CPU time, not wall time, is what ratios
    compare: on a machine shared with other work a wall clock also counts the time a child
    waited for a core."""

    def run(module: str, env: dict[str, str]) -> tuple[float, float]:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE.format(module)],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        return float(done.stdout), time.perf_counter() - started

    cpu: dict[str, list[float]] = {name: [] for name in modules}
    total: dict[str, list[float]] = {name: [] for name in modules}
    with tempfile.TemporaryDirectory(prefix="smsgate-bench-pyc-") as cache:
        env = bytecode_environment(cache)
        for name in modules:  # compile once; every timed run reads bytecode
            run(name, env)
        for _ in range(repeats):
            for name in modules:
                c, w = run(name, env)
                cpu[name].append(c)
                total[name].append(w)
    return {name: ImportCost(cpu[name], total[name]) for name in modules}


def imported_vendors(module: str) -> list[str]:
    code = (
        f"import sys, {module}; "
        "print(sorted(m for m in sys.modules if m.startswith('smsgate_') and m.count('.') == 0))"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return [name.split("_")[1] for name in json.loads(done.stdout.replace("'", '"'))]


def p5(quick: bool) -> list[Row]:
    repeats = 5 if quick else 21
    facades = [f"smsgate.{vendor}" for vendor in VENDORS]
    costs = import_costs(["httpx", "smsgate", *facades], repeats)
    median = statistics.median
    top = costs["smsgate"]
    rows = [
        Row(
            "P5",
            f'python -c "import smsgate" ({sys.prefix})',
            f"{median(top.total) * 1e3:.0f} ms ({median(top.cpu) * 1e3:.0f} ms CPU in the"
            " import itself)",
            "<= 200 ms",
            median(top.total) <= 0.2,
        )
    ]
    httpx_cost = costs["httpx"]
    for facade in facades:
        cost = costs[facade]
        ratio = cost.ratio(httpx_cost)
        rows.append(
            Row(
                "P5",
                f"import {facade} / bare import httpx: CPU of the import statement, fresh"
                f" interpreter, bytecode cached, median of {repeats} paired rounds",
                f"{ratio:.2f}x (medians {median(cost.cpu) * 1e3:.0f} ms vs"
                f" {median(httpx_cost.cpu) * 1e3:.0f} ms; python -c wall"
                f" {median(cost.total) * 1e3:.0f} vs {median(httpx_cost.total) * 1e3:.0f} ms)",
                f"<= {IMPORT_RATIO_LIMIT}x",
                ratio <= IMPORT_RATIO_LIMIT,
            )
        )
    for facade in facades:
        vendor = facade.split(".")[1]
        others = [v for v in imported_vendors(facade) if v != vendor]
        rows.append(
            Row(
                "P5",
                f"import {facade}: other vendors' packages imported",
                ", ".join(others) or "none",
                "none",
                not others,
            )
        )
    return rows


# P6: the stubs' own throughput -----------------------------------------------------------

REQUESTS = {
    "ubill": ("GET", "/sms/balance", {"params": {"key": "stub-key"}}),
    "smsc": ("POST", "/sys/balance.php", {"params": {"login": LOGIN, "psw": PASSWORD, "fmt": 3}}),
    "selzy": (
        "POST",
        "/en/api/getLists",
        {"params": {"format": "json"}, "data": {"api_key": SELZY_KEY}},
    ),
    "smsby": ("GET", "/v1/getBalance", {"params": {"token": "stub-token"}}),
    "smsc send": (
        "POST",
        "/sys/send.php",
        {"data": {"login": LOGIN, "psw": PASSWORD, "phones": "79991234567", "mes": "Hello"}},
    ),
}
"""What the load generator asks: a cheap read per vendor, and P2's send."""


def http_request(url: str, method: str, path: str, options: dict[str, Any]) -> bytes:
    """The bytes of one HTTP/1.1 keep-alive request, as httpx would send them."""
    request = httpx.Request(method, url + path, **options)
    head = [f"{method} {request.url.raw_path.decode()} HTTP/1.1"]
    head += [f"{name}: {value}" for name, value in request.headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + request.read()


@registered
def p6_load(url: str, request: str, count: str, concurrency: str) -> dict[str, Any]:
    """`count` requests over `concurrency` keep-alive connections, each sending its next
    request when the reply to the last is in. Written on asyncio streams rather than httpx,
    whose connection pool costs more CPU per request than the stub does, so that what is
    measured is the server."""
    method, path, options = REQUESTS[request]
    payload = http_request(url, method, path, options)
    host, port = httpx.URL(url).host, httpx.URL(url).port
    left = int(count)

    async def connection() -> None:
        nonlocal left
        reader, writer = await asyncio.open_connection(host, port)
        while left > 0:
            left -= 1
            writer.write(payload)
            status = await reader.readline()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            if not status.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"the stub answered {status!r}")
        writer.close()

    async def run() -> float:
        started = time.perf_counter()
        await asyncio.gather(*(connection() for _ in range(int(concurrency))))
        return time.perf_counter() - started

    return {"rate": int(count) / asyncio.run(run())}


def p6(quick: bool) -> list[Row]:
    count, repeats = (1000, 1) if quick else (3000, 3)
    rows = []
    for vendor in VENDORS:
        with Served(vendor) as url:
            rate = statistics.median(
                side("p6_load", url, vendor, count, 50)["rate"] for _ in range(repeats)
            )
        method, path, _ = REQUESTS[vendor]
        what = f"{vendor} stub, {method} {path}, {count} requests at concurrency 50"
        rows.append(Row("P6", what, f"{rate:,.0f} requests/s", ">= 1,000/s", rate >= 1000))
    return rows


# P7: the send ledger's cost on a bulk send ------------------------------------------------

P7_LATENCY = 0.02
P7_CHUNK = 100  # what the CLI's bulk send puts in a request


@registered
def p7_send(url: str, count: str, ledgered: str) -> dict[str, Any]:
    """A bulk send of `count` numbers in chunks, as the CLI sends a file: through a fresh
    SQLite ledger on disk (beside the repository, not a tmpfs) under a key, or without one."""
    import tempfile

    from smsgate.gateway import connect

    numbers = [f"+7999{n:07d}" for n in range(int(count))]
    text = f"Sale {os.urandom(4).hex()}"
    with tempfile.TemporaryDirectory(dir=ROOT, prefix=".bench-ledger-") as folder:
        ledger = str(Path(folder) / "sends.db") if ledgered == "1" else None
        with connect(
            "smsc",
            login=LOGIN,
            password=PASSWORD,
            sender=SENDER,
            base_url=url,
            ledger=ledger,
            chunk_size=P7_CHUNK,
        ) as sms:
            sms.balance()  # warm: imports done, a connection open
            started = time.perf_counter()
            if ledger is not None:
                sent = sms.send(numbers, text, key="p7")
            else:
                sent = []
                for start in range(0, len(numbers), P7_CHUNK):
                    sent += sms.send(numbers[start : start + P7_CHUNK], text)
            elapsed = time.perf_counter() - started
    assert len(sent) == len(numbers)
    return {"rate": len(numbers) / elapsed}


def p7(quick: bool) -> list[Row]:
    count, repeats = (1000, 1) if quick else (5000, 5)
    with Served("smsc", latency=P7_LATENCY) as url:
        rates = interleaved(
            {
                "ledgered": lambda: side("p7_send", url, count, 1)["rate"],
                "plain": lambda: side("p7_send", url, count, 0)["rate"],
            },
            repeats,
        )
    ours, plain = rates["ledgered"], rates["plain"]
    what = (
        f"{count:,} recipients in chunks of {P7_CHUNK}, SMSC stub replying after"
        f" {P7_LATENCY * 1000:.0f} ms: SQLite ledger vs none"
    )
    figure = f"{ours / plain:.2f}x ({ours:.0f}/s vs {plain:.0f}/s)"
    return [Row("P7", what, figure, ">= 0.9x", ours / plain >= 0.9)]


TARGETS: dict[str, Callable[[bool], list[Row]]] = {
    "p1": p1,
    "p2": p2,
    "p3": p3,
    "p4": p4,
    "p5": p5,
    "p6": p6,
    "p7": p7,
}


def main() -> None:
    if sys.argv[1:2] == ["_serve"]:
        return serve(*sys.argv[2:])
    if sys.argv[1:2] == ["_side"]:
        print(json.dumps(SIDES[sys.argv[2]](*sys.argv[3:])))
        return None
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+", choices=[*TARGETS, "all"])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller loads")
    args = parser.parse_args()
    chosen = list(TARGETS) if "all" in args.targets else args.targets
    rows: list[Row] = []
    for name in chosen:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows += TARGETS[name](args.quick)
    print(
        f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}\n"
    )
    print("| target | what | figure | target | result |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.target} | {row.what} | {row.figure} | {row.limit} | {verdict(row.ok)} |")
    if any(row.ok is False for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
