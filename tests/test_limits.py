"""Every documented input limit (/work/shared/reference/<vendor>.md) is checked before any
request, with a message that names it, or handled by chunking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from smsgate.errors import InvalidRequestError
from smsgate.selzy import Selzy
from smsgate.smsby import BulkMailing, PersonalMailing, SmsBy
from smsgate.smsc import Smsc
from smsgate.stub import SyncASGITransport
from smsgate.stub.selzy import SelzyStub
from smsgate.ubill import UBill

KEY = "limits-test-key"
"""Distinct: a live facade's secrets are masked in every httpx log line, its tests' too."""
PAST = datetime.now(UTC) - timedelta(minutes=1)
NAIVE = datetime.now() + timedelta(hours=1)
SOON = datetime.now(UTC) + timedelta(hours=1)
LONG_LATIN = "x" * 1531  # 11 GSM-7 parts
LONG_CYRILLIC = "я" * 671  # 11 UCS-2 parts


def facade(vendor: str, transport: httpx.BaseTransport) -> Any:
    options = {"transport": transport}
    if vendor == "ubill":
        return UBill(KEY, **options)
    if vendor == "selzy":
        return Selzy(KEY, **options)
    if vendor == "smsc":
        return Smsc("limits-login", "limits-password", **options)
    return SmsBy(KEY, **options)


Case = tuple[str, Callable[[Any], Any], str]
LIMITS: dict[str, Case] = {
    # uBill
    "ubill brand name 2-11 characters": ("ubill", lambda c: c.create_brand_name("X"), "2-11"),
    "ubill brand name characters": ("ubill", lambda c: c.create_brand_name("Shop!"), "2-11"),
    "ubill no numbers": ("ubill", lambda c: c.send([], "Hi", brand_id=1), "at least one"),
    "ubill empty text": ("ubill", lambda c: c.send("995511194241", "", brand_id=1), "text"),
    "ubill schedule in the past": (
        "ubill",
        lambda c: c.send("995511194241", "Hi", brand_id=1, schedule_at=PAST),
        "in the future",
    ),
    "ubill schedule without zone": (
        "ubill",
        lambda c: c.send("995511194241", "Hi", brand_id=1, schedule_at=NAIVE),
        "timezone-aware",
    ),
    "ubill number": (
        "ubill",
        lambda c: c.send("12345", "Hi", brand_id=1),
        "not a valid international",
    ),
    # Selzy
    "selzy text 1000 characters": (
        "selzy",
        lambda c: c.send_sms("+79092020303", "x" * 1001, sender="Shop"),
        "1000",
    ),
    "selzy sender 3-11 characters": (
        "selzy",
        lambda c: c.send_sms("+79092020303", "Hi", sender="ab"),
        "sender",
    ),
    "selzy sender too long": (
        "selzy",
        lambda c: c.send_sms("+79092020303", "Hi", sender="a" * 12),
        "sender",
    ),
    "selzy campaign start in the past": (
        "selzy",
        lambda c: c.create_campaign(1, start_time=PAST),
        "in the future",
    ),
    "selzy campaign start over 100 days ahead": (
        "selzy",
        lambda c: c.create_campaign(1, start_time=datetime.now(UTC) + timedelta(days=101)),
        "100 days",
    ),
    "selzy campaign start without zone": (
        "selzy",
        lambda c: c.send_campaign("Shop", "Hi", 1, start_time=NAIVE),
        "timezone-aware",
    ),
    "selzy export page 1000": (
        "selzy",
        lambda c: next(c.export_contacts(list_id=1, page_size=1001)),
        "1000",
    ),
    "selzy messages page 100": (
        "selzy",
        lambda c: next(c.messages(PAST, SOON, page_size=101)),
        "page_size",
    ),
    "selzy import needs email or phone": (
        "selzy",
        lambda c: c.import_contacts(["Name"], [["a"]]),
        "email or phone",
    ),
    # SMSC
    "smsc text 1000 characters": (
        "smsc",
        lambda c: c.send("79991234567", "x" * 1001),
        "at most 1000",
    ),
    "smsc price text 1000 characters": (
        "smsc",
        lambda c: c.price("79991234567", "x" * 1001),
        "at most 1000",
    ),
    "smsc list text 1000 characters": (
        "smsc",
        lambda c: c.send_list({"79991234567": "x" * 1001}),
        "at most 1000",
    ),
    "smsc sender 11 Latin characters": (
        "smsc",
        lambda c: c.send("79991234567", "Hi", sender="A" * 12),
        "11 Latin",
    ),
    "smsc sender 15 digits": (
        "smsc",
        lambda c: c.send("79991234567", "Hi", sender="1" * 16),
        "15 digits",
    ),
    "smsc sender not Latin": (
        "smsc",
        lambda c: c.send("79991234567", "Hi", sender="Магазин"),
        "Latin",
    ),
    "smsc id 40 characters": (
        "smsc",
        lambda c: c.send("79991234567", "Hi", id="a" * 41),
        "40",
    ),
    "smsc id 32-bit": ("smsc", lambda c: c.send("79991234567", "Hi", id=2**31), "2147483647"),
    "smsc id characters": ("smsc", lambda c: c.send("79991234567", "Hi", id="a b"), "40"),
    "smsc contacts page 1000": ("smsc", lambda c: next(c.contacts(page_size=1001)), "1..1000"),
    "smsc black list page 1000": (
        "smsc",
        lambda c: next(c.black_list(page_size=1001)),
        "1..1000",
    ),
    "smsc list pairs": ("smsc", lambda c: c.send_list(["79991234567"]), "pair"),
    "smsc statuses pairs": ("smsc", lambda c: c.statuses([("1",)]), "pair"),
    # SMS.by
    "smsby text 10 parts (Latin)": (
        "smsby",
        lambda c: c.send_quick("375291234567", LONG_LATIN),
        "11 SMS parts in GSM-7",
    ),
    "smsby text 10 parts (Cyrillic)": (
        "smsby",
        lambda c: c.send_quick("375291234567", LONG_CYRILLIC),
        "11 SMS parts in UCS-2",
    ),
    "smsby bulk text 10 parts": (
        "smsby",
        lambda c: c.send_bulk(BulkMailing("news", LONG_LATIN, ["375291234567"])),
        "SMS parts",
    ),
    "smsby personal text 10 parts": (
        "smsby",
        lambda c: c.send_bulk(PersonalMailing("news", {"375291234567": LONG_LATIN})),
        "SMS parts",
    ),
    "smsby template text 10 parts": (
        "smsby",
        lambda c: c.create_message(LONG_LATIN),
        "SMS parts",
    ),
    "smsby bulk schedule in the past": (
        "smsby",
        lambda c: c.send_bulk(BulkMailing("news", "Hi", ["375291234567"], schedule_at=PAST)),
        "in the future",
    ),
    "smsby message schedule in the past": (
        "smsby",
        lambda c: c.create_message("Hi", schedule_at=PAST),
        "in the future",
    ),
    "smsby list mailing schedule in the past": (
        "smsby",
        lambda c: c.send_to_list(1, "Hi", name="news", schedule_at=PAST),
        "in the future",
    ),
    "smsby schedule without zone": (
        "smsby",
        lambda c: c.create_message("Hi", schedule_at=NAIVE),
        "timezone-aware",
    ),
    "smsby OTP 16 digits": (
        "smsby",
        lambda c: c.send_otp("375291234567", "1" * 17, channel="telegram"),
        "1-16 digits",
    ),
    "smsby import 500 contacts": (
        "smsby",
        lambda c: c.import_contacts(1, [{"phone": "375291234567"}] * 501),
        "1-500",
    ),
    "smsby import 30 fields": (
        "smsby",
        lambda c: c.import_contacts(1, [{"phone": "1", **{f"f{i}": "x" for i in range(30)}}]),
        "30 fields",
    ),
    "smsby Viber fallback 5-60 minutes": (
        "smsby",
        lambda c: c.send_quick("375291234567", "Hi", viber_fallback_id=1, viber_fallback_after=4),
        "5-60",
    ),
    "smsby code text needs %CODE%": (
        "smsby",
        lambda c: c.send_code("375291234567", "Your code", password_object_id=1),
        "%CODE%",
    ),
}


@pytest.mark.parametrize("name", list(LIMITS))
def test_a_limit_is_checked_before_any_request(name: str) -> None:
    vendor, call, said = LIMITS[name]
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    with (
        facade(vendor, httpx.MockTransport(record)) as client,
        pytest.raises(InvalidRequestError) as refused,
    ):
        call(client)
    assert said in str(refused.value), str(refused.value)
    assert seen == []


def test_the_longest_text_within_the_parts_passes() -> None:
    """The boundary: 10 parts go through (1530 GSM-7 characters)."""
    from smsgate._limits import text

    assert text("x" * 1530, "the text", max_parts=10) == "x" * 1530


@pytest.mark.parametrize(("count", "calls"), [(150, 1), (151, 2), (301, 3)])
def test_selzy_sends_to_many_numbers_in_calls_of_150(count: int, calls: int) -> None:
    stub = SelzyStub(KEY)
    transport = SyncASGITransport(stub.app)
    phones = [f"+7909{i:07d}" for i in range(1, count + 1)]
    with Selzy(KEY, base_url="http://selzy", transport=transport) as selzy:
        batch = selzy.send_sms(phones, "Hi", sender="Shop")
    transport.close()
    assert stub.sends_received == calls and len(batch.sent) == count


@pytest.mark.parametrize(("rows", "calls"), [(500, 1), (501, 2)])
def test_selzy_imports_in_calls_of_500(rows: int, calls: int) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        size = 500 if len(seen) == 1 else rows - 500
        return httpx.Response(
            200,
            json={
                "result": {
                    "total": size,
                    "inserted": size,
                    "updated": 0,
                    "deleted": 0,
                    "new_emails": 0,
                    "invalid": 0,
                    "log": [],
                }
            },
        )

    table = [[f"+7909{i:07d}"] for i in range(rows)]
    with Selzy(KEY, transport=httpx.MockTransport(answer)) as selzy:
        report = selzy.import_contacts(["phone"], table)
    assert len(seen) == calls and report.inserted == rows


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "3", None, 11])
def test_an_integer_outside_its_bounds_is_refused(value: object) -> None:
    from smsgate import _limits  # the check library itself, beside the facades using it

    with pytest.raises(InvalidRequestError, match=r"page_size should be an int 1\.\.10"):
        _limits.integer(value, "page_size", most=10)


def test_ids_are_one_or_many_positive_ints() -> None:
    from smsgate import _limits  # the check library itself, beside the facades using it

    assert _limits.ids(5, "list_id") == (5,)
    assert _limits.ids([3, 1], "list_id") == (3, 1)
    for bad in ([], [1, 0], [True]):
        with pytest.raises(InvalidRequestError, match="list_id"):
            _limits.ids(bad, "list_id")
