"""The common base of SMS.by's operations: its Facade subclass, with what every request carries
(the token, in the body of a POST and the query of a GET) and how every reply is read (SMS.by's
error object, on any HTTP status)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Unpack

import httpx
from smsgate_smsby_client.api.sms import confirm_send_message_by_list

from .. import phones
from .._calls import Call, Endpoint, ReadBy
from .._facade import ClientOptions, Facade, GatewaySettings
from .._redact import masked
from ..errors import (
    ApiError,
    AuthenticationError,
    InsufficientFundsError,
    InvalidRequestError,
    RateLimitError,
)
from ._errors import DuplicateMessageError, Failure, NotFoundError, failure

__all__ = ["SmsByBase", "SmsBySettings"]

# Known error texts (the reference's section 2.2) and the error they mean.
_FUNDS = ("billing error", "insufficient funds", "not enough money", "low balance")
_AUTH = ("access denied", "token", "unauthorized", "authorization")
_NOT_FOUND = ("not found",)
PAGE_SIZE = 100
"""Rows a listing asks for at a time (limit_rows) unless told."""


class SmsBySettings(GatewaySettings, total=False):
    """What `connect("smsby", **settings)` takes: SmsBy's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_SMSBY_<NAME> or the config file)."""

    token: str


_READERS: dict[Endpoint, ReadBy] = {}


def _read_by(endpoint: Endpoint) -> ReadBy:
    """The generated endpoint, its reply first checked for SMS.by's error object; one per
    endpoint, made on its first call."""
    reader = _READERS.get(endpoint)
    if reader is None:
        reader = _READERS[endpoint] = ReadBy(endpoint, _read)
    return reader


def _read(response: httpx.Response, generated: Callable[[httpx.Response], Any]) -> Any:
    return failure(response) or generated(response)


class SmsByBase(Facade):
    """What every SMS.by operation builds on, sync and async alike."""

    vendor = "smsby"
    default_base_url = "https://app.sms.by/api"

    def __init__(self, token: str, **options: Unpack[ClientOptions]):
        """`token` is the API key from https://app.sms.by/user-api/token. POSTs carry it in
        their body; GETs, where SMS.by takes it only in the query, are redacted in logs."""
        if not token:
            raise InvalidRequestError("the SMS.by token is empty")
        self._token = token
        super().__init__(secrets=[token], **options)

    def _credentials_repr(self) -> str:
        return f"token={masked(self._token)}"

    def _phone(self, phone: str | int) -> str:
        """One phone as SMS.by takes it (international digits), by the gateway's rule: a
        national number is read in the facade's default_region."""
        return phones.international_digits(phone, self._default_region)

    def _prepare(
        self, endpoint: Endpoint, arguments: dict[str, Any]
    ) -> tuple[Endpoint, dict[str, Any]]:
        return _read_by(endpoint), arguments

    def _authorize(self, request: dict[str, Any]) -> None:
        if "json" in request:
            request["json"] = {**request["json"], "token": self._token}
        elif request["method"].upper() == "POST" and "files" not in request:
            request["data"] = {**request.get("data", {}), "token": self._token}
        else:
            request["params"] = {**request.get("params", {}), "token": self._token}

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        if not isinstance(parsed, Failure):
            return
        exchange, status = self._exchange, response.status_code
        text = parsed.text or f"HTTP {status}"
        lowered = text.lower()
        if parsed.existing_id is not None:
            fields = exchange.reply_fields(call, response)
            raise DuplicateMessageError(
                exchange.redact(text), existing_id=parsed.existing_id, **fields
            )
        cls: type[ApiError] = ApiError
        if status in (401, 403) or any(word in lowered for word in _AUTH):
            cls = AuthenticationError
        elif status == 404 or any(word in lowered for word in _NOT_FOUND):
            cls = NotFoundError
        elif any(word in lowered for word in _FUNDS) or (
            status == 400 and call.operation == confirm_send_message_by_list.OPERATION_NAME
        ):
            cls = InsufficientFundsError
        elif "limit exceeded" in lowered:
            cls = RateLimitError
        raise exchange.api_error(cls, text, call, response, code=status if status >= 400 else None)
