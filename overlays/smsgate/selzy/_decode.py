"""How Selzy's replies are read: the generated models' parsed replies into `_results`.

Every converter is run inside its call, so that a reply that does not read as documented is
a DecodeError (an OutcomeUnknownError for a send) and never a half-read result.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

import httpx
from smsgate_selzy_client import types as generated_types

from .. import _wire
from .._calls import WireFormatError
from ._results import (
    Ack,
    Campaign,
    CampaignStatus,
    Created,
    ImportChunk,
    ImportRow,
    Listing,
    Message,
    SentSms,
    SmsChunk,
    TariffChange,
    Task,
    TaskStatus,
    Transfer,
    UserInfo,
)

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

SMS_ID = re.compile(r"[0-9]+(\.[0-9]+)?")


def open_enum(enum: type[E], raw: Any, what: str) -> E | str:
    """A known member, or the raw text for a value Selzy added later."""
    text = _wire.text(raw, what)
    try:
        return enum(text)
    except ValueError:
        return text


def flag(value: Any, what: str) -> bool:
    """A yes/no sent as true/false, 1/0 or "1"/"0"."""
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1"):
        return str(value) == "1"
    raise WireFormatError(f"{what} should be 0 or 1, got {value!r}")


def unset(value: Any) -> Any:
    return None if isinstance(value, generated_types.Unset) else value


def opt_int(value: Any, what: str) -> int | None:
    value = unset(value)
    return None if value is None else _wire.integer(value, what)


def opt_text(value: Any, what: str) -> str | None:
    value = unset(value)
    return None if value is None else _wire.text(value, what)


def amount(value: Any, what: str) -> Decimal | None:
    value = unset(value)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise WireFormatError(f"{what} should be a number, got {value!r}")
    try:
        return _wire.finite(Decimal(str(value)), what)
    except InvalidOperation:
        raise WireFormatError(f"{what} should be a number, got {value!r}") from None


def moment(value: Any, what: str) -> datetime | None:
    value = unset(value)
    if value is None or value == "":
        return None
    return _wire.local_datetime(value, UTC, what)


def csv_rows(text: str) -> list[dict[str, str]]:
    """An exported file's rows; read inside its call, so that a bad file is a DecodeError."""
    sample = text[:4096]
    dialect = ";" if sample.count(";") > sample.count(",") else ","
    import csv  # for the first export read, not with the module

    reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
    try:
        return [{k: v for k, v in row.items() if k is not None} for row in reader]
    except csv.Error as exc:  # not a ValueError, which the core would not read as a bad reply
        raise WireFormatError(f"not comma-separated values: {exc}") from None


def export_page(reply: Any) -> list[dict[str, str | None]]:
    """One page of the legacy export, each row by its field names."""
    names = [_wire.text(n, "field name") for n in reply.result.field_names]
    rows = reply.result.data
    if not isinstance(rows, list):
        raise WireFormatError(f"export data is a {type(rows).__name__}, not a list of rows")
    for row in rows:
        if not isinstance(row, list) or len(row) != len(names):
            raise WireFormatError(f"an export row is not a list of {len(names)} cells: {names}")
    return [dict(zip(names, row, strict=True)) for row in rows]


def sms_id_of(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and SMS_ID.fullmatch(value):
        return value
    raise WireFormatError(f"sms_id should be numeric text, got {value!r}")


def warnings_of(reply: Any) -> tuple[str, ...]:
    items = unset(getattr(reply, "warnings", None)) or []
    return tuple(_wire.text(item.warning, "warning") for item in items)


def of_result(convert: Callable[[Any, tuple[str, ...]], T]) -> Callable[[Any], T]:
    """A converter of the envelope's `result`, handed the envelope's warnings too."""
    return lambda reply: convert(reply.result, warnings_of(reply))


def ack(result: Any, warnings: tuple[str, ...]) -> Ack:
    return Ack(warnings=warnings)


def created(result: Any, warnings: tuple[str, ...]) -> Created:
    return Created(_wire.integer(result.id, "id"), warnings=warnings)


def listing_of(item: Callable[[Any], T]) -> Callable[[Any], Listing[T]]:
    return of_result(lambda result, warnings: Listing((item(i) for i in result), warnings))


def campaign(item: Any) -> Campaign:
    return Campaign(
        id=_wire.integer(item.id, "id"),
        status=open_enum(CampaignStatus, item.status, "status"),
        start_time=moment(item.start_time, "start_time"),
        message_id=opt_int(item.message_id, "message_id"),
        list_id=opt_int(item.list_id, "list_id"),
        stats_url=opt_text(item.stats_url, "stats_url"),
    )


def message(item: Any) -> Message:
    sender = next(
        (
            opt_text(getattr(item, name), name)
            for name in ("sms_from", "sender", "sender_name")
            if unset(getattr(item, name, None))
        ),
        None,
    )
    return Message(
        id=_wire.integer(item.id, "id"),
        list_id=opt_int(item.list_id, "list_id"),
        service_type=opt_text(item.service_type, "service_type"),
        created=moment(item.created, "created"),
        body=opt_text(getattr(item, "body", None), "body"),
        sender=sender,
    )


def task(result: Any, warnings: tuple[str, ...]) -> Task:
    return Task(
        task_uuid=_wire.text(result.task_uuid, "task_uuid"),
        status=open_enum(TaskStatus, result.status, "status"),
        task_type=opt_text(getattr(result, "task_type", None), "task_type"),
        file_url=opt_text(getattr(result, "file_to_download", None), "file_to_download"),
        warnings=warnings,
    )


def user(item: Any) -> UserInfo:
    known = {"login", "email", "balance", "currency"}
    return UserInfo(
        login=_wire.text(item.login, "login"),
        email=opt_text(item.email, "email"),
        balance=amount(item.balance, "balance"),
        currency=opt_text(item.currency, "currency"),
        extra={k: v for k, v in item.to_dict().items() if k not in known},
    )


def transfer(result: Any, warnings: tuple[str, ...]) -> Transfer:
    return Transfer(
        source_old_balance=amount(result.source_old_balance, "source_old_balance"),
        source_new_balance=amount(result.source_new_balance, "source_new_balance"),
        source_currency=opt_text(result.source_currency, "source_currency"),
        target_old_balance=amount(result.target_old_balance, "target_old_balance"),
        target_new_balance=amount(result.target_new_balance, "target_new_balance"),
        target_currency=opt_text(result.target_currency, "target_currency"),
        warnings=warnings,
    )


def tariff_change(result: Any, warnings: tuple[str, ...]) -> TariffChange:
    return TariffChange(
        tariff_id=_wire.integer(result.tariff_id, "tariff_id"),
        charged_sum=amount(result.charged_sum, "charged_sum"),
        charged_bonus=amount(result.charged_bonus, "charged_bonus"),
        start_time=moment(result.start_time, "start_time"),
        end_time=moment(result.end_time, "end_time"),
        warnings=warnings,
    )


def sms_chunk(reply: Any, phones: tuple[str, ...]) -> SmsChunk:
    items = reply.result if isinstance(reply.result, list) else [reply.result]
    if len(items) != len(phones):
        raise WireFormatError(f"{len(items)} results for {len(phones)} numbers")
    warnings = warnings_of(reply)
    sent = tuple(
        SentSms(
            sms_id_of(item.sms_id),
            phone,
            amount(item.price, "price"),
            opt_text(item.currency, "currency"),
        )
        for item, phone in zip(items, phones, strict=True)
    )
    return SmsChunk(phones, sent, warnings=warnings)


def import_chunk(reply: Any, start: int, size: int) -> tuple[ImportChunk, list[ImportRow]]:
    result = reply.result

    def count(name: str) -> int:
        return opt_int(getattr(result, name), name) or 0

    import html  # for the first import reply, not with the module

    logged: dict[int, ImportRow] = {}
    for entry in unset(result.log) or []:
        index = _wire.integer(entry.index, "log index")
        if index >= size:
            raise WireFormatError(f"the import log names row {index} of {size}")
        logged[index] = ImportRow(
            start + index,
            "rejected",
            opt_text(entry.code, "code"),
            html.unescape(opt_text(entry.message, "message") or ""),
        )
    rows = [logged.get(i, ImportRow(start + i, "accepted")) for i in range(size)]
    chunk = ImportChunk(
        start,
        size,
        total=count("total"),
        inserted=count("inserted"),
        updated=count("updated"),
        deleted=count("deleted"),
        new_emails=count("new_emails"),
        invalid=count("invalid"),
        warnings=warnings_of(reply),
    )
    return chunk, rows


class _ExactReply(httpx.Response):
    """A reply whose JSON is read with decimals kept as text, so that an sms_id such as
    2376678.79092020303 sent as a JSON number keeps every digit."""

    def __init__(self, response: httpx.Response):
        # The same reply, state shared rather than rebuilt: a new httpx.Response would
        # re-encode the body and cost more than the rest of reading it.
        self.__dict__.update(response.__dict__)

    def json(self, **kwargs: Any) -> Any:
        if kwargs:
            return json.loads(self.content, parse_float=str, **kwargs)
        # What json.loads does with bytes, minus making a decoder for every reply.
        content = self.content
        return _EXACT_JSON.decode(content.decode(json.detect_encoding(content), "surrogatepass"))


_EXACT_JSON = json.JSONDecoder(parse_float=str)


def exact_numbers(response: httpx.Response, generated: Callable[[httpx.Response], Any]) -> Any:
    """sendSms's replies, read by the generated parser with every digit of an sms_id kept."""
    return generated(_ExactReply(response))


class _Download:
    """Fetches a finished task's file; not a Selzy method, so no key goes with it."""

    OPERATION_NAME = "download"

    @staticmethod
    def build_request(url: str) -> dict[str, Any]:
        return {"method": "get", "url": url}

    @staticmethod
    def parse_response(*, client: Any, response: httpx.Response) -> str:
        return response.content.decode("utf-8-sig", "replace")


DOWNLOAD = _Download()
"""A finished task's file: a stand-in endpoint, not a Selzy method."""
