"""What every vendor stub shares: a clock, spec validation, callbacks and the app's skeleton."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from ._decode import Decoded, RequestForms, decode

log = logging.getLogger("smsgate.stub")
REQUEST_FORMS_EXTENSION = "x-smsgate-request-forms"
"""Where a spec states once how its vendor reads every request, beyond each operation's form."""
TICK_SECONDS = 0.2
CALLBACK_TIMEOUT = httpx.Timeout(5.0)


class SystemClock:
    def now(self) -> float:
        return time.time()


class ManualClock:
    """A clock that moves only when told, so that tests decide when statuses change."""

    def __init__(self, start: float = 1_767_225_600.0):  # 2026-01-01T00:00:00Z
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        self._now += seconds


Clock = SystemClock | ManualClock


def load_spec(vendor: str) -> dict[str, Any]:
    """The vendor's spec as shipped inside its generated package."""
    text = resources.files(f"smsgate_{vendor}_client").joinpath("openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


class SpecValidator:
    """Checks requests against one spec, so that a stub rejects what the vendor would reject.

    It answers with the problems it found, keyed by parameter or top-level body property;
    what the vendor says about them (an HTTP error or an error envelope) is the vendor
    stub's business.
    """

    def __init__(self, spec: Mapping[str, Any]):
        self._spec = spec
        resource = Resource.from_contents(spec, default_specification=DRAFT202012)
        self._registry: Registry = Registry().with_resource("urn:spec", resource)
        self._validators: dict[str, Draft202012Validator] = {}
        self._operations: dict[str, str] = {}
        self._fields: dict[str, dict[str, Mapping[str, Any]]] = {}
        for path, item in spec.get("paths", {}).items():
            for method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    self._operations[op["operationId"]] = f"/paths/{_escape(path)}/{method}"

    def _lookup(self, pointer: str) -> Any:
        node: Any = self._spec
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def _follow(self, pointer: str) -> tuple[str, Any]:
        """A location and its node, past any `$ref` objects (requestBodies, parameters)."""
        node = self._lookup(pointer)
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"].removeprefix("#")
            node = self._lookup(pointer)
        return pointer, node

    def _validator(self, pointer: str) -> Draft202012Validator:
        if pointer not in self._validators:
            schema = {"$ref": f"urn:spec#{pointer}"}
            self._validators[pointer] = Draft202012Validator(schema, registry=self._registry)
        return self._validators[pointer]

    def parameters(
        self, operation_id: str, location: str, values: Mapping[str, Any]
    ) -> dict[str, list[str]]:
        """Problems with the `location` (query, path, header) parameters, keyed by name. The
        values are decoded strings (or trees of them, for PHP arrays), typed by the schemas
        before they are checked, as `coerce` types them."""
        operation = self._operations[operation_id]
        path_item = operation.rsplit("/", 1)[0]
        problems: dict[str, list[str]] = {}
        for owner in (path_item, operation):
            for index, _ in enumerate(self._lookup(owner).get("parameters", [])):
                pointer, param = self._follow(f"{owner}/parameters/{index}")
                if param["in"] != location:
                    continue
                name = param["name"]
                if name not in values:
                    if param.get("required"):
                        problems[name] = ["is required"]
                    continue
                _, schema = self._follow(f"{pointer}/schema")
                validator = self._validator(f"{pointer}/schema")
                typed = self._coerce(values[name], schema)
                found = [e.message for e in validator.iter_errors(typed)]
                if found:
                    problems[name] = found
        return problems

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """A schema past any `$ref`s."""
        while "$ref" in schema:
            schema = self._lookup(schema["$ref"].removeprefix("#"))
        return schema

    def fields(self, operation_id: str) -> dict[str, Mapping[str, Any]]:
        """Every argument an operation takes, by name, with its schema (`$ref`s followed):
        its parameters, and the top-level properties of each of its bodies (`allOf` merged).
        What a stub types form and query strings by."""
        if operation_id in self._fields:
            return self._fields[operation_id]
        operation = self._operations[operation_id]
        found: dict[str, Mapping[str, Any]] = {}
        for owner in (operation.rsplit("/", 1)[0], operation):
            for index, _ in enumerate(self._lookup(owner).get("parameters", [])):
                _, param = self._follow(f"{owner}/parameters/{index}")
                found[param["name"]] = self.resolve(param["schema"])
        body = self.resolve(self._lookup(operation).get("requestBody", {}))
        for media in body.get("content", {}).values():
            schema = self.resolve(media.get("schema", {}))
            for part in schema.get("allOf", [schema]):
                for name, prop in self.resolve(part).get("properties", {}).items():
                    found.setdefault(name, self.resolve(prop))
        self._fields[operation_id] = found
        return found

    def coerce(self, operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Decoded query or form strings as the JSON values the operation's schemas describe:
        ids and counts as numbers, flags as booleans, the same within lists and objects. A
        string that does not read as its type stays a string, for validation to refuse."""
        fields = self.fields(operation_id)
        return {name: self._coerce(value, fields.get(name, {})) for name, value in values.items()}

    def _coerce(self, value: Any, schema: Mapping[str, Any]) -> Any:
        schema = self.resolve(schema)
        if isinstance(value, str):
            members = [
                self.resolve(m) for m in (*schema.get("oneOf", ()), *schema.get("anyOf", ()))
            ]
            if any("string" in _types(member) for member in members):
                return value  # a union with a string member reads the string as it is
            for member in members:
                typed = self._coerce(value, member)  # else the first member it reads as
                if typed is not value:
                    return typed
            return coerce(value, schema)
        if isinstance(value, list):
            return [self._coerce(item, schema.get("items", {})) for item in value]
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            fallback = extra if isinstance(extra, dict) else {}
            return {k: self._coerce(v, properties.get(k, fallback)) for k, v in value.items()}
        return value

    def body(
        self, operation_id: str, body: Any, content_type: str = "application/json"
    ) -> dict[str, list[str]]:
        """Problems with a request body, keyed by the top-level property they concern ("" for
        the body as a whole)."""
        pointer, _ = self._follow(f"{self._operations[operation_id]}/requestBody")
        validator = self._validator(f"{pointer}/content/{_escape(content_type)}/schema")
        problems: dict[str, list[str]] = {}
        for error in validator.iter_errors(body):
            name = str(error.path[0]) if error.path else _required_name(error) or ""
            problems.setdefault(name, []).append(error.message)
        return problems


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _required_name(error: Any) -> str | None:
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        return missing[0] if missing else None
    return None


_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def _types(schema: Mapping[str, Any]) -> list[str]:
    types = schema.get("type", [])
    return [types] if isinstance(types, str) else list(types)


def coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """A query or path string as the JSON value its schema describes, when it reads as one."""
    types = _types(schema)
    if ("integer" in types or "number" in types) and _INTEGER.fullmatch(value):
        return int(value)
    if "number" in types and _NUMBER.fullmatch(value):
        return float(value)
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    return value


@dataclass
class Callbacks:
    """Delivery callbacks a stub owes its client, sent in order, with a record of each try.

    `queue` owes a GET with query parameters to the configured `url`; `post` owes a JSON body
    to a URL that came with a request (vendors that take a callback URL per send)."""

    url: str | None = None
    transport: httpx.AsyncBaseTransport | None = None
    outbox: list[dict[str, str]] = field(default_factory=list)
    posts: list[tuple[str, Any]] = field(default_factory=list)
    delivered: list[Any] = field(default_factory=list)
    failed: list[tuple[Any, str]] = field(default_factory=list)

    def queue(self, params: dict[str, str]) -> None:
        if self.url:
            self.outbox.append(params)

    def post(self, url: str, body: Any) -> None:
        self.posts.append((url, body))

    async def flush(self) -> None:
        sends: list[tuple[str, str, dict[str, Any], Any]] = [
            ("GET", self.url, {"params": params}, params) for params in self.outbox if self.url
        ]
        sends += [("POST", url, {"json": body}, body) for url, body in self.posts]
        self.outbox, self.posts = [], []
        if not sends:
            return
        async with httpx.AsyncClient(transport=self.transport, timeout=CALLBACK_TIMEOUT) as client:
            for method, url, options, record in sends:
                try:
                    reply = await client.request(method, url, **options)
                except httpx.HTTPError as exc:
                    self.failed.append((record, f"{type(exc).__name__}: {exc}"))
                    continue
                if reply.is_success:
                    self.delivered.append(record)
                else:
                    self.failed.append((record, f"HTTP {reply.status_code}"))


class StubServer:
    """The skeleton of a vendor stub: routes, the spec at /openapi.json, and a ticker that
    moves message statuses forward and sends callbacks while the app runs under a server."""

    vendor: str
    auth_errors_in_body: ClassVar[bool] = False
    """True for a vendor that refuses bad credentials with HTTP 200 and an error body, which
    a check expecting 401/403 (schemathesis' ignored_auth) cannot tell from acceptance."""

    method_names_ignore_case: ClassVar[bool] = False
    """True for a vendor whose routing ignores the case of its method names (SMS.by serves
    `sendQuickSMS` as `sendQuickSms`): every route then matches in any case."""
    request_forms: ClassVar[RequestForms] = RequestForms()
    """What the vendor reads out of a request; `decode` reads every request by it."""

    def __init__(self, *, clock: Clock | None = None, callbacks: Callbacks | None = None):
        self.clock: Clock = clock or SystemClock()
        self.callbacks = callbacks or Callbacks()
        self.spec = load_spec(self.vendor)
        self.validator = SpecValidator(self.spec)
        self.base_path = urlsplit(self.spec["servers"][0]["url"]).path.rstrip("/")
        self.path_methods: frozenset[str] = frozenset(
            m.upper() for m in self.spec.get(REQUEST_FORMS_EXTENSION, {}).get("methods", [])
        )
        """The HTTP methods the spec says every path takes besides the one each operation
        documents (its `x-smsgate-request-forms`: SMSC's and SMS.by's GET and POST)."""
        """Where the vendor serves its API (e.g. /v1); the stub serves it at the same path."""
        api: list[BaseRoute] = list(self.routes())
        if self.base_path:
            api = [Mount(self.base_path, routes=api)]
        if self.method_names_ignore_case:
            _ignore_case(api)
        spec_route = Route("/openapi.json", self._serve_spec, methods=["GET"])
        self.app = Starlette(
            routes=[spec_route, *api],
            lifespan=self.lifespan,
            exception_handlers={404: self._unrouted, 405: self._unrouted},
        )

    async def decode(self, request: Request) -> Decoded:
        """The request's arguments as this vendor reads them (Undecodable when it cannot)."""
        return await decode(request, self.request_forms)

    def unrouted(self, request: Request, status: int) -> Response:
        """The vendor's answer to a path it does not serve (404) or a method a path does
        not take (405). A vendor that answers these in its error envelope overrides this."""
        return PlainTextResponse("Not Found" if status == 404 else "Method Not Allowed", status)

    async def _unrouted(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status not in (404, 405):
            return PlainTextResponse(str(getattr(exc, "detail", "")), status)
        response = self.unrouted(request, status)
        if isinstance(exc, HTTPException) and exc.headers and response.status_code == 405:
            response.headers.update(exc.headers)
        return response

    def routes(self) -> Iterable[Route]:
        raise NotImplementedError

    def describe(self) -> str:
        """The credentials a client needs, for the console."""
        raise NotImplementedError

    def credentials(self) -> dict[str, str]:
        """The value the stub accepts for each security scheme of its spec, by scheme name."""
        raise NotImplementedError

    def neutral_settings(self, callback_url: str) -> dict[str, Any]:
        """What `smsgate.gateway.connect` and a `CallbackReceiver` need against this stub: its
        credentials, a sender it accepts, and the secret that verifies its delivery callbacks,
        which from now on go to `callback_url` (base_url is the caller's)."""
        raise NotImplementedError

    def advance(self) -> None:
        """Move every status to where the clock says it is; queue the callbacks that this owes."""
        raise NotImplementedError

    def sent_messages(self) -> list[ReceivedMessage]:
        """Every message this stub took, one per recipient, oldest first."""
        raise NotImplementedError

    async def tick(self) -> None:
        self.advance()
        await self.callbacks.flush()

    async def _serve_spec(self, request: Request) -> Response:
        return JSONResponse(self.spec)

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        async def ticker() -> None:
            while True:
                try:
                    await self.tick()
                except Exception:  # the ticker must outlive one bad callback
                    log.exception("%s stub tick failed", self.vendor)
                await asyncio.sleep(TICK_SECONDS)

        task = asyncio.create_task(ticker())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def _ignore_case(routes: Iterable[BaseRoute]) -> None:
    """Make each route (within mounts too) match its path in any letter case."""
    for route in routes:
        if isinstance(route, Route | Mount):
            route.path_regex = re.compile(route.path_regex.pattern, re.IGNORECASE)
        if isinstance(route, Mount):
            _ignore_case(route.routes)


@dataclass(frozen=True)
class ReceivedMessage:
    """One message to one recipient as a stub took it: what a user's test asserts on
    (`StubServer.sent_messages()`, `smsgate.testing`'s `handle.sent`)."""

    id: str
    """The id the neutral gateway gives it (`SentMessage.id`), so the two can be matched."""
    to: str
    """The recipient as the vendor read it, "+" and digits for a phone number."""
    text: str
    parts: int
    sender: str | None
    status: str
    """The vendor's own status now, as it reports it (e.g. uBill "1", Selzy "ok_delivered")."""
