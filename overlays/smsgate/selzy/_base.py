"""The Selzy facade's common base: construction, what every request carries (`_prepare`: the
language and the JSON format), the key (`_authorize`: in the form body, or with
`method="GET"` in the query), error envelopes (`_check`), and the async-task polling that
the contacts' exports and the statistics' reports share."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

import httpx
from smsgate_selzy_client import models
from smsgate_selzy_client import types as generated_types
from smsgate_selzy_client.api.contacts import async_get_task_result

from .._calls import Call, Endpoint
from .._facade import (
    ClientOptions,
    Emit,
    Facade,
    GatewaySettings,
    Sleep,
    Steps,
    Stream,
    joined,
    poll_waits,
)
from .._redact import masked
from ..errors import (
    ApiError,
    AuthenticationError,
    InsufficientFundsError,
    InvalidRequestError,
    RateLimitError,
    ServerError,
)
from . import _decode as decode
from ._results import ErrorCode, Task

if TYPE_CHECKING:
    from smsgate_selzy_client.types import Unset

log = logging.getLogger("smsgate.selzy")
T = TypeVar("T")

MAX_POLL_WAIT = 30.0
"""The longest pause between two polls of a task or an SMS status, in seconds."""

_ERROR_CLASSES: dict[str, type[ApiError]] = {
    ErrorCode.INVALID_API_KEY: AuthenticationError,
    ErrorCode.ACCESS_DENIED: AuthenticationError,
    ErrorCode.NOT_ENOUGH_MONEY: InsufficientFundsError,
    ErrorCode.LIMIT_FOR_API_KEY: RateLimitError,
    ErrorCode.LIMIT_FOR_IP: RateLimitError,
    ErrorCode.RETRY_LATER: ServerError,  # a temporary failure on Selzy's side
}


def given(value: T | None) -> T | Unset:
    """An optional request field: None (not given) is the generated package's UNSET, which
    the request leaves out."""
    return generated_types.UNSET if value is None else value


def flag(value: bool) -> Literal[0, 1]:
    """A yes/no as Selzy takes it."""
    return 1 if value else 0


def field_map(values: Mapping[str, str]) -> models.FieldMap:
    """{name: value} as the generated FieldMap (a contact's fields, a user's extras)."""
    fields = models.FieldMap()
    fields.additional_properties.update(values)
    return fields


class SelzySettings(GatewaySettings, total=False):
    """What `connect("selzy", **settings)` takes: Selzy's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_SELZY_<NAME> or the config file)."""

    api_key: str
    lang: Literal["en", "ru", "ua", "pt"]
    method: Literal["POST", "GET"]
    poll_interval: float
    poll_timeout: float


class SelzyFacade(Facade):
    """What Selzy's operation groups share, written once for the sync and the async client."""

    vendor = "selzy"
    default_base_url = "https://api.selzy.com"

    def __init__(
        self,
        api_key: str,
        *,
        lang: Literal["en", "ru", "ua", "pt"] = "en",
        method: Literal["POST", "GET"] = "POST",
        poll_interval: float = 1.0,
        poll_timeout: float = 600.0,
        **options: Unpack[ClientOptions],
    ):
        """`api_key` is the key from the account settings. `method="GET"` sends everything,
        the key included, in the query string: only for proxies that forbid POST, since URLs
        get logged. `poll_interval`/`poll_timeout` pace the waits for async tasks and SMS."""
        if not isinstance(api_key, str) or not api_key:
            raise InvalidRequestError("the Selzy API key is empty")
        if lang not in ("en", "ru", "ua", "pt") or method not in ("POST", "GET"):
            raise InvalidRequestError(f"unsupported lang {lang!r} or method {method!r}")
        self._key = api_key
        self._lang = lang
        self._method = method
        self._poll_interval = poll_interval
        self._poll_timeout = poll_timeout
        super().__init__(secrets=[api_key], **options)
        self._methods_url = str(joined(self._base_url, f"{lang}/api/"))

    def _credentials_repr(self) -> str:
        return f"api_key={masked(self._key)}, method={self._method!r}"

    def _prepare(
        self, endpoint: Endpoint, arguments: dict[str, Any]
    ) -> tuple[Endpoint, dict[str, Any]]:
        """Every Selzy method is asked in the client's language and answers in JSON; a file
        Selzy handed out is fetched as it is."""
        if endpoint is decode.DOWNLOAD:
            return endpoint, arguments
        return endpoint, {**arguments, "lang": self._lang, "format_": "json"}

    def _authorize(self, request: dict[str, Any]) -> None:
        if not str(request["url"]).startswith(self._methods_url):
            return  # not a method, e.g. a file URL Selzy handed out: the key stays home
        fields = {**request.pop("data", {}), "api_key": self._key}
        headers = request.setdefault("headers", {})
        if self._method == "GET":
            request["method"] = "get"
            request["params"] = {**request.get("params", {}), **fields}
            headers.pop("Content-Type", None)
        else:
            request["data"] = fields
            headers["Content-Type"] = "application/x-www-form-urlencoded"

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        if call.endpoint is decode.DOWNLOAD:
            return
        if isinstance(parsed, models.ErrorReply):
            code = decode.unset(parsed.code)
            import html  # for the first error reply, not with the module

            text = html.unescape(parsed.error) or "refused"
            cls = _ERROR_CLASSES.get(code or "", ApiError)
            raise self._exchange.api_error(cls, text, call, response, code=code)
        for warning in decode.warnings_of(parsed):
            log.warning("%s: Selzy warns: %s", call.operation, self._redact(warning))

    def _recipient(self, number: str | int) -> str:
        """One contact's number as Selzy stores it ("+79092020303"), by the facade's rule."""
        [digits] = self._recipients(number)
        return "+" + digits

    # Async tasks (async/getTaskResult), which exports and delivery reports end in.
    def _task_call(self, task_uuid: str) -> Call[Task]:
        body = models.AsyncGetTaskResultRequest(task_uuid=task_uuid)
        return self._call(async_get_task_result, decode.of_result(decode.task), body=body)

    def _wait(self, started: Task) -> Steps[Task]:
        """Poll getTaskResult with growing waits until the task is done, failed or late."""
        task, pauses = started, self._poll_waits()
        while not task.is_done:
            if task.has_failed:
                raise ApiError(
                    f"task {task.task_uuid} ended with status {task.status!r}",
                    vendor=self.vendor,
                    operation="async/getTaskResult",
                )
            pause = next(pauses, None)
            if pause is None:
                raise ApiError(
                    f"task {task.task_uuid} not done after {self._poll_timeout:.0f} s",
                    vendor=self.vendor,
                    operation="async/getTaskResult",
                )
            yield Sleep(pause)
            task = yield from self._task_call(task.task_uuid)
        return task

    def _poll_waits(self) -> Iterator[float]:
        return poll_waits(self._poll_interval, MAX_POLL_WAIT, self._poll_timeout)

    def _file_rows(self, task: Task) -> Stream[dict[str, str]]:
        """The rows of a completed task's file, fetched whole (without the key)."""
        if not task.file_url:
            raise ApiError(
                f"task {task.task_uuid} completed without a file",
                vendor=self.vendor,
                operation="async/getTaskResult",
            )
        rows = yield from self._call(decode.DOWNLOAD, decode.csv_rows, url=task.file_url)
        yield Emit(rows)
