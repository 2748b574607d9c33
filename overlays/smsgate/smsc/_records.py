"""Decoded records read into SMSC's typed results: strict readers of record fields (a field
that should be there and is not, or does not parse, is a WireFormatError) and one converter
per result."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from .. import _wire
from .._calls import WireFormatError
from ._decode import OK, Record
from ._results import (
    Answer,
    BlackListEntry,
    Contact,
    DeliveryError,
    Group,
    HistoryMessage,
    Job,
    MessageStatus,
    OperatorInfo,
    SendResult,
    Status,
    Tariff,
)

T = TypeVar("T")


def moscow() -> tzinfo:
    """SMSC's dates carry no zone; Moscow time is documented by clients (the account's zone
    is *unconfirmed* as an alternative). Made on first use (`_wire.zone`), not on import."""
    return _wire.zone("Europe/Moscow", "MSK", 3)


def required(record: Record, key: str) -> str:
    try:
        return record[key]
    except KeyError:
        raise WireFormatError(f"the reply has no {key!r}") from None


def integer(record: Record, key: str) -> int:
    value = required(record, key)
    try:
        return int(value)
    except ValueError:
        raise WireFormatError(f"{key} should be an integer, got {value!r}") from None


def optional_integer(record: Record, key: str) -> int | None:
    return integer(record, key) if record.get(key) else None


def money(record: Record, key: str) -> Decimal | None:
    value = record.get(key)
    if not value:
        return None
    try:
        return _wire.finite(Decimal(value), key)
    except InvalidOperation:
        raise WireFormatError(f"{key} should be an amount, got {value!r}") from None


def amount(record: Record, key: str) -> Decimal:
    amount = money(record, key)
    if amount is None:
        raise WireFormatError(f"the reply has no {key!r}")
    return amount


_SMSC_DATE = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{4}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?")


def when(record: Record, date_key: str, timestamp_key: str | None = None) -> datetime | None:
    """A moment from Unix seconds when the reply has them, else from `DD.MM.YYYY hh:mm:ss`
    Moscow time; None for an empty or zero value (not yet happened)."""
    if timestamp_key and record.get(timestamp_key) not in (None, "", "0"):
        return datetime.fromtimestamp(integer(record, timestamp_key), moscow())
    value = record.get(date_key)
    if not value:
        return None
    if not _SMSC_DATE.fullmatch(value):
        raise WireFormatError(f"{date_key} should be DD.MM.YYYY hh:mm:ss, got {value!r}")
    from dateutil import parser as date_parser  # imported on the first date read

    try:
        parsed: datetime = date_parser.parse(value, dayfirst=True)
    except (ValueError, OverflowError):
        raise WireFormatError(f"{date_key} is not a real date: {value!r}") from None
    return parsed.replace(tzinfo=moscow())


def day(record: Record, key: str) -> date | None:
    moment = when(record, key)
    return moment.date() if moment else None


def records(decoded: Any) -> list[Record]:
    if not isinstance(decoded, list):
        raise WireFormatError("a list was expected")
    return decoded


def record(decoded: Any) -> Record:
    if not isinstance(decoded, dict):
        raise WireFormatError("a record was expected")
    return decoded


def done(decoded: Any) -> None:
    if decoded != OK:
        raise WireFormatError("a bare OK was expected")


def many(convert: Callable[[Record], T]) -> Callable[[Any], list[T]]:
    return lambda decoded: [convert(r) for r in records(decoded)]


def one(convert: Callable[[Record], T]) -> Callable[[Any], T]:
    return lambda decoded: convert(record(decoded))


def created_id(decoded: Any) -> int:
    """The id of what a command created (`ID = 5` at fmt=0)."""
    return integer(record(decoded), "id")


def send_result(r: Record) -> SendResult:
    return SendResult(
        required(r, "id"), integer(r, "cnt"), money(r, "cost"), money(r, "balance"), r.get("code")
    )


def status(id_: str | None, phone: str | None) -> Callable[[Record], Status]:
    def convert(r: Record) -> Status:
        return Status(
            id_ if id_ is not None else required(r, "id"),
            phone if phone is not None else required(r, "phone"),
            MessageStatus(integer(r, "status")),
            when(r, "last_date", "last_timestamp"),
            DeliveryError(optional_integer(r, "err") or 0),
        )

    return convert


def contact(address_key: str) -> Callable[[Record], Contact]:
    def convert(r: Record) -> Contact:
        groups = r.get("group", "")
        try:
            group_ids = tuple(int(g) for g in groups.split(",") if g.strip())
        except ValueError:
            raise WireFormatError(f"group should list ids, got {groups!r}") from None
        return Contact(
            optional_integer(r, "int_id"),
            r.get(address_key, ""),
            r.get("name", ""),
            group_ids,
            r.get("first_name", ""),
            r.get("last_name", ""),
            r.get("middle_name", ""),
            day(r, "birthday"),
            r.get("id", ""),
            r.get("comments", ""),
            r.get("tags", ""),
            r.get("phone_other", ""),
        )

    return convert


def group(r: Record) -> Group:
    return Group(integer(r, "id"), r.get("name", ""), optional_integer(r, "number"))


def black_entry(address_key: str) -> Callable[[Record], BlackListEntry]:
    def convert(r: Record) -> BlackListEntry:
        return BlackListEntry(
            integer(r, "id"),
            r.get(address_key, ""),
            optional_integer(r, "type") or 0,
            r.get("cmt", ""),
        )

    return convert


def history(r: Record) -> HistoryMessage:
    return HistoryMessage(
        integer(r, "int_id"),
        r.get("id", ""),
        r.get("phone", ""),
        MessageStatus(integer(r, "status")),
        DeliveryError(optional_integer(r, "err") or 0),
        when(r, "send_date", "send_timestamp"),
        when(r, "last_date", "last_timestamp"),
        money(r, "cost"),
        r.get("sender_id", ""),
        optional_integer(r, "sms_cnt") or 0,
        optional_integer(r, "type") or 0,
        r.get("message", ""),
    )


def answer(r: Record) -> Answer:
    return Answer(
        integer(r, "id"),
        r.get("phone", ""),
        r.get("to_phone", ""),
        when(r, "sent"),
        r.get("message", ""),
    )


def tariff(r: Record) -> Tariff:
    return Tariff(r.get("zone", ""), r.get("name", ""), money(r, "api"), money(r, "mass"))


def job(r: Record) -> Job:
    return Job(
        integer(r, "id"),
        r.get("name", ""),
        optional_integer(r, "status"),
        when(r, "start_date"),
        optional_integer(r, "cnt"),
    )


def operator(r: Record) -> OperatorInfo:
    keys = ("phone", "country", "operator", "region", "mcc", "mnc")
    return OperatorInfo(*(r.get(k, "") for k in keys))
