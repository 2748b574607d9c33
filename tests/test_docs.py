"""README.md: its operations table matches the specs, and every ```python block in it runs.

The blocks run as written against the in-process stubs: every client smsgate makes without a
transport of its own reaches the stub of the host it calls (api.ubill.dev, api.selzy.com, ...)
instead of the network. A block may be preceded by `<!-- test: CODE -->`, an HTML comment that
the rendered README hides: CODE runs first in the block's namespace, with `stubs` (vendor ->
stub) at hand, e.g. to make a stub accept the placeholder key that the example shows or to
define the example's inputs.
"""

from __future__ import annotations

import ast
import asyncio
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from smsgate import _facade
from smsgate.stub import StubServer, SyncASGITransport, stub_class, vendors

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"(?:<!-- test: (?P<setup>.*?) -->\s*\n)?```python\n(?P<code>.*?)```", re.DOTALL)
TABLE = [sys.executable, str(ROOT / "scripts" / "operations_table.py")]


def blocks() -> list[tuple[int, str, str]]:
    text = README.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start("code")) + 1, m.group("setup") or "", m.group("code"))
        for m in BLOCK.finditer(text)
    ]


class _ByHost(httpx.BaseTransport):
    def __init__(self, apps: dict[str, Any]):
        self._transports = {host: SyncASGITransport(app) for host, app in apps.items()}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._transports[request.url.host].handle_request(request)


class _AsyncByHost(httpx.AsyncBaseTransport):
    def __init__(self, apps: dict[str, Any]):
        self._transports = {host: httpx.ASGITransport(app) for host, app in apps.items()}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._transports[request.url.host].handle_async_request(request)


@pytest.fixture
def stubs(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, StubServer]]:
    """A stub per vendor, and every facade-made HTTP client routed to them by host."""
    made = {vendor: stub_class(vendor)() for vendor in vendors()}
    apps = {httpx.URL(s.spec["servers"][0]["url"]).host: s.app for s in made.values()}

    class Client(httpx.Client):
        def __init__(self, *, transport: httpx.BaseTransport | None = None):
            super().__init__(transport=transport or _ByHost(apps))

    class AsyncClient(httpx.AsyncClient):
        def __init__(self, *, transport: httpx.AsyncBaseTransport | None = None):
            super().__init__(transport=transport or _AsyncByHost(apps))

    monkeypatch.setattr(_facade.SyncFacade, "_http_class", Client)
    monkeypatch.setattr(_facade.AsyncFacade, "_http_class", AsyncClient)
    yield made


def test_the_readme_has_python_examples() -> None:
    assert len(blocks()) >= 4


@pytest.mark.parametrize(
    ("line", "setup", "code"), [pytest.param(*b, id=f"README.md:{b[0]}") for b in blocks()]
)
def test_readme_example_runs(line: int, setup: str, code: str, stubs: dict[str, Any]) -> None:
    namespace: dict[str, Any] = {"stubs": stubs, "__name__": f"README_line_{line}"}
    exec(compile(setup, f"README.md:{line - 1} (test setup)", "exec"), namespace)
    compiled = compile(code, f"README.md:{line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(compiled, namespace)  # a coroutine if the block awaits at top level
    if asyncio.iscoroutine(result):
        asyncio.run(result)


def test_the_operations_table_matches_the_specs() -> None:
    result = subprocess.run([*TABLE, "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_a_stale_operations_table_fails(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    text = README.read_text(encoding="utf-8")
    assert "| `getSMSBalance` |" in text
    readme.write_text(text.replace("| `getSMSBalance` |", "| `getBalance` |"), "utf-8")
    result = subprocess.run(
        [*TABLE, "--check", "--readme", str(readme)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "does not match" in result.stderr
    subprocess.run([*TABLE, "--readme", str(readme)], capture_output=True, check=True)
    assert readme.read_text(encoding="utf-8") == text
