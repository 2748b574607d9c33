"""The specs through third-party OpenAPI tools: Redocly CLI (lint, HTML reference) and Prism.

Usage:
    python scripts/node_tools.py install          # npm ci into scripts/node/ (skipped when current)
    python scripts/node_tools.py lint             # redocly lint, redocly.yaml; a warning fails too
    python scripts/node_tools.py docs [--out DIR] # one HTML reference per vendor (build/reference/)
    python scripts/node_tools.py prism            # each spec on Prism's mock, the clients' flows

The tools are pinned in scripts/node/package.json and package-lock.json; `install` runs
`npm ci` only when node_modules/ is missing or was installed from another lock file, so
every other command (which installs first) costs nothing extra once installed. Prism is a mock
that smsgate did not write: the typed clients running their basic flows against it show that
the specs alone describe the wire well enough for a tool that reads nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
NODE_DIR = ROOT / "scripts" / "node"
BIN = NODE_DIR / "node_modules" / ".bin"
STAMP = NODE_DIR / "node_modules" / ".smsgate-lock-sha256"
CONFIG = ROOT / "redocly.yaml"
SPECS = ROOT / "specs"
DOCS = ROOT / "build" / "reference"
ENV = {
    **os.environ,
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_COLOR": "1",
}
PRISM_START_TIMEOUT = 60.0

__all__ = ["FLOWS", "build_docs", "install", "lint", "main", "prism_mocks", "run_flows"]


def _lock_digest() -> str:
    return hashlib.sha256((NODE_DIR / "package-lock.json").read_bytes()).hexdigest()


def install() -> None:
    """npm ci from the committed lock file, unless node_modules/ already came from it."""
    if STAMP.exists() and STAMP.read_text(encoding="utf-8") == _lock_digest():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is not on PATH: install Node.js 20+ to use the spec tools")
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=NODE_DIR,
        env=ENV,
        check=True,
    )
    STAMP.write_text(_lock_digest(), encoding="utf-8")


def _tool(name: str) -> str:
    install()
    return str(BIN / name)


def vendors() -> list[str]:
    return sorted(p.stem for p in SPECS.glob("*.yaml"))


def lint(apis: list[str] | None = None) -> tuple[int, list[str]]:
    """Run redocly lint over the APIs of redocly.yaml; return (problem count, their lines)."""
    result = subprocess.run(
        [_tool("redocly"), "lint", "--config", str(CONFIG), "--format=json", *(apis or [])],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    # One JSON document per API, back to back.
    decoder = json.JSONDecoder()
    text, position, problems = result.stdout, 0, []
    while (start := text.find("{", position)) >= 0:
        document, position = decoder.raw_decode(text, start)
        for problem in document["problems"]:
            where = problem["location"][0]
            line = where.get("start", {}).get("line", "?")
            problems.append(
                f"{where['source']['ref']}:{line}: {problem['severity']} {problem['ruleId']}:"
                f" {problem['message']}"
            )
    if result.returncode != 0 and not problems:
        raise SystemExit(f"redocly lint failed:\n{result.stderr}")
    return len(problems), problems


def build_docs(out: Path = DOCS, apis: list[str] | None = None) -> list[Path]:
    """One self-contained HTML reference per vendor, rendered by Redocly from its spec."""
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for api in apis or vendors():
        page = out / f"{api}.html"
        subprocess.run(
            [_tool("redocly"), "build-docs", api, "--config", str(CONFIG), "-o", str(page)],
            cwd=ROOT,
            env=ENV,
            capture_output=True,
            check=True,
        )
        pages.append(page)
    return pages


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def prism_mocks(specs: list[Path], logs: Path) -> Iterator[dict[str, str]]:
    """Serve each spec with `prism mock --errors` on a free loopback port, all at once (Prism
    takes seconds to start); yield spec stem -> base URL. Each log is logs/<stem>.log.

    `--errors` makes Prism refuse a request that breaks the spec (4xx with the violations)
    instead of answering it anyway, so a client that strays from its spec fails its flow.
    """
    prism = _tool("prism")
    with contextlib.ExitStack() as stack:
        started: dict[str, tuple[str, subprocess.Popen[bytes], Path]] = {}
        for spec in specs:
            port, log = _free_port(), logs / f"{spec.stem}.log"
            sink = stack.enter_context(log.open("w", encoding="utf-8"))
            command = [prism, "mock", str(spec), "--errors", "-h", "127.0.0.1", "-p", str(port)]
            process = subprocess.Popen(
                command, cwd=ROOT, env=ENV, stdout=sink, stderr=subprocess.STDOUT
            )
            stack.callback(_stop, process)
            started[spec.stem] = (f"http://127.0.0.1:{port}", process, log)
        deadline = time.monotonic() + PRISM_START_TIMEOUT
        for name, (_, process, log) in started.items():
            while "Prism is listening" not in log.read_text(encoding="utf-8"):
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Prism did not start for {name}:\n{log.read_text()}")
                time.sleep(0.2)
        yield {name: url for name, (url, _, _) in started.items()}


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _with_query(**credentials: str) -> httpx.Client:
    """An HTTP client that also puts the credentials in every query string.

    OpenAPI cannot describe a key in a form body, so the Selzy and SMSC specs declare their
    keys as query parameters (which both vendors accept) and Prism checks for them there; the
    clients send them in the body, where they stay too.
    """
    return httpx.Client(params=credentials)


def _ubill(base_url: str) -> list[str]:
    from smsgate.ubill import UBill

    with UBill(key="prism-key", base_url=base_url) as ubill:
        brand = ubill.brand_names()[0]
        sent = ubill.send("995511194241", "Hello", brand_id=brand.id)
        report = ubill.delivery_report(sent.sms_id)
        return [
            f"balance {ubill.balance()}",
            f"brand {brand.id}",
            f"sent {sent.sms_id}",
            f"report {len(report.numbers)} numbers",
        ]


def _selzy(base_url: str) -> list[str]:
    from smsgate.selzy import Selzy

    http = _with_query(api_key="prism-key")
    with http, Selzy(api_key="prism-key", base_url=base_url, http_client=http) as selzy:
        lists = list(selzy.lists())
        batch = selzy.send_sms(["79261234567"], "Hello", sender="Shop")
        state = selzy.check_sms(batch.sent[0].sms_id)
        return [f"lists {len(lists)}", f"sent {batch.sent[0].sms_id}", f"state {state}"]


def _smsc(base_url: str) -> list[str]:
    from smsgate.smsc import Smsc

    http = _with_query(login="prism-login", psw="prism-password")
    with http, Smsc("prism-login", "prism-password", base_url=base_url, http_client=http) as smsc:
        sent = smsc.send("79991234567", "Hello")
        status = smsc.status(sent.id, "79991234567")
        return [f"balance {smsc.balance()}", f"sent {sent.id}", f"status {status.status}"]


def _smsby(base_url: str) -> list[str]:
    from smsgate.smsby import SmsBy

    with SmsBy(token="prism-token", base_url=base_url) as smsby:
        alphanames = smsby.alphanames()
        created = smsby.create_message("Hello", alphaname_id=next(iter(alphanames)))
        state = smsby.message_status(created.message_id)
        sent = smsby.send(created.message_id, "375291111111")
        return [
            f"balance {smsby.balance()}",
            f"alphanames {len(alphanames)}",
            f"sent {sent}",
            f"state {state}",
        ]


FLOWS: dict[str, Callable[[str], list[str]]] = {
    "ubill": _ubill,
    "selzy": _selzy,
    "smsc": _smsc,
    "smsby": _smsby,
}


def run_flows(names: list[str] | None = None, logs: Path | None = None) -> dict[str, Any]:
    """Each vendor's flow against Prism serving its spec: vendor -> lines, or the exception."""
    logs = logs or ROOT / "build" / "prism"
    logs.mkdir(parents=True, exist_ok=True)
    outcome: dict[str, Any] = {}
    specs = [SPECS / f"{name}.yaml" for name in names or vendors()]
    with prism_mocks(specs, logs) as base_urls:
        for name, base_url in base_urls.items():
            try:
                outcome[name] = FLOWS[name](base_url)
            except Exception as error:  # reported per vendor, so that every vendor runs
                outcome[name] = error
    return outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install", help="npm ci into scripts/node/ when needed")
    commands.add_parser("lint", help="redocly lint with redocly.yaml; warnings fail too")
    docs = commands.add_parser("docs", help="an HTML reference per vendor")
    docs.add_argument("--out", type=Path, default=DOCS)
    prism = commands.add_parser("prism", help="the clients' flows against Prism's mock")
    prism.add_argument("vendor", nargs="*", help=f"any of {', '.join(FLOWS)}; all by default")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.command == "install":
        install()
        print(f"spec tools installed in {NODE_DIR.relative_to(ROOT)}/node_modules")
    elif args.command == "lint":
        count, problems = lint()
        for problem in problems:
            print(problem)
        print(f"redocly lint: {count} problems ({time.perf_counter() - started:.1f} s)")
        return 1 if count else 0
    elif args.command == "docs":
        for page in build_docs(args.out):
            print(f"{page} ({page.stat().st_size // 1024} KiB)")
    else:
        failed = False
        for name, result in run_flows(args.vendor or None).items():
            if isinstance(result, Exception):
                failed = True
                print(f"{name}: FAILED {type(result).__name__}: {result}")
            else:
                print(f"{name}: ok ({'; '.join(result)})")
        print(f"prism flows: {time.perf_counter() - started:.1f} s")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
