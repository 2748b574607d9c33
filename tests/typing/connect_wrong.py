"""Checked by mypy --strict (tests/test_typing.py), never run: each line marked `# error: CODE`
must be reported by mypy with that code (and no other line), so that the typed `connect`
shows it catches a wrong call rather than accepting everything."""

from __future__ import annotations

from smsgate import aconnect, connect
from smsgate.smsby import SmsBy


def another_vendors_operation() -> None:
    connect("smsby").client.send_sms(["+79092020303"], "Hello")  # error: attr-defined


def the_async_client_is_not_the_sync_one() -> None:
    client: SmsBy = aconnect("smsby").client  # error: assignment
    del client


def an_async_operation_is_awaited() -> dict[int, str]:
    return aconnect("smsby").client.alphanames()  # error: return-value


def the_result_type_is_the_operations() -> list[str]:
    return connect("smsby").client.alphanames()  # error: return-value
