"""Checked by mypy --strict (tests/test_typing.py), never run: `connect(vendor).client` is the
vendor's own facade, so its own operations type-check without a cast, sync and async."""

from __future__ import annotations

from typing import assert_type

from smsgate import AsyncGateway, ClientOptions, Gateway, GatewaySettings, aconnect, connect
from smsgate._facade import AsyncFacade, SyncFacade
from smsgate.selzy import AsyncSelzy, Selzy
from smsgate.smsby import AsyncSmsBy, SmsBy, SmsBySettings
from smsgate.smsc import AsyncSmsc, Smsc
from smsgate.ubill import AsyncUBill, UBill


def sync_clients_are_the_vendors_facades() -> None:
    assert_type(connect("selzy").client, Selzy)
    assert_type(connect("smsby").client, SmsBy)
    assert_type(connect("smsc").client, Smsc)
    assert_type(connect("ubill").client, UBill)


def async_clients_are_the_vendors_async_facades() -> None:
    assert_type(aconnect("selzy").client, AsyncSelzy)
    assert_type(aconnect("smsby").client, AsyncSmsBy)
    assert_type(aconnect("smsc").client, AsyncSmsc)
    assert_type(aconnect("ubill").client, AsyncUBill)


def a_vendor_operation_needs_no_cast() -> dict[int, str]:
    return connect("smsby").client.alphanames()


async def an_async_vendor_operation_needs_no_cast() -> dict[int, str]:
    async with aconnect("smsby", token="t") as gateway:
        return await gateway.client.alphanames()


def settings_are_typed(settings: SmsBySettings) -> int:
    with connect("smsby", **settings) as gateway:
        return len(gateway.client.alphanames())


def keyword_settings_are_checked_against_the_vendors() -> None:
    connect("smsc", login="shop", password="p", fmt=3, sender="Shop", timeout=5.0)
    connect("ubill", key="k", key_in="header", default_region="GE")


def a_vendor_named_at_run_time_gives_the_base_facade(name: str) -> None:
    assert_type(connect(name).client, SyncFacade)
    assert_type(aconnect(name).client, AsyncFacade)


def a_bare_gateway_annotation_still_means_any_vendor(gateway: Gateway, other: AsyncGateway) -> None:
    assert_type(gateway.client, SyncFacade)
    assert_type(other.client, AsyncFacade)
    typed: Gateway = connect("smsby")
    del typed


def the_options_are_public(options: ClientOptions, settings: GatewaySettings) -> None:
    Smsc("shop", "p", **options)
    connect("smsby", token="t", **settings)
