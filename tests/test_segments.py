"""SMS part counting for GSM-7 and UCS-2 texts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from smsgate.gateway import Estimate, connect, vendors
from smsgate.segments import count_segments
from smsgate.stub import SyncASGITransport, stub_class


@pytest.mark.parametrize(
    ("text", "encoding", "parts", "units"),
    [
        ("", "GSM-7", 0, 0),
        ("a" * 160, "GSM-7", 1, 160),
        ("a" * 161, "GSM-7", 2, 161),
        ("a" * 306, "GSM-7", 2, 306),
        ("a" * 307, "GSM-7", 3, 307),
        ("€" * 80, "GSM-7", 1, 160),  # extension characters take two septets
        ("€" * 81, "GSM-7", 2, 162),
        ("a" * 152 + "€", "GSM-7", 1, 154),
        ("a" * 152 + "€" + "a" * 152, "GSM-7", 3, 306),  # the escape pair does not straddle
        ("Привет" * 11, "UCS-2", 1, 66),
        ("ж" * 70, "UCS-2", 1, 70),
        ("ж" * 71, "UCS-2", 2, 71),
        ("ж" * 134, "UCS-2", 2, 134),
        ("ж" * 135, "UCS-2", 3, 135),
        ("😀" * 35, "UCS-2", 1, 70),  # outside the BMP: a surrogate pair each
        ("ж" * 66 + "😀" + "ж" * 66, "UCS-2", 3, 134),  # the pair does not straddle parts
        ("გამარჯობა", "UCS-2", 1, 9),
        ("Café ç", "UCS-2", 1, 6),  # é is GSM-7, ç is not: the whole text is UCS-2
    ],
)
def test_parts(text: str, encoding: str, parts: int, units: int) -> None:
    segments = count_segments(text)
    assert (segments.encoding, segments.parts, segments.units) == (encoding, parts, units)


# Texts with their parts worked out by hand: GSM-7 (extension characters count two),
# Cyrillic, Georgian and emoji (UCS-2, a surrogate pair each), split at 153 / 67 per part.
CORPUS = [
    ("Hello from smsgate", 1),
    ("a" * 160, 1),
    ("a" * 161, 2),
    ("{braces} [and] ~tilde~ cost € twice: " * 4, 2),  # 128 chars, 156 septets
    ("^" * 77, 1),  # 154 septets: one SMS takes 160
    ("Привет! Ваш код 4821.", 1),
    ("Привет" * 12, 2),  # 72 code units
    ("გამარჯობა, თქვენი კოდია 4821", 1),
    ("გ" * 135, 3),
    ("Доставка 😀" * 7, 2),  # 77 code units
    ("😀" * 35, 1),
    ("😀" * 36, 2),
    ("Mixed: café ç and Ж", 1),  # ç is not GSM-7: the whole text is UCS-2
]


@pytest.mark.parametrize(("text", "parts"), CORPUS)
def test_the_corpus_by_hand(text: str, parts: int) -> None:
    assert count_segments(text).parts == parts


@pytest.mark.parametrize("vendor", vendors())
def test_estimates_equal_the_parts_each_vendor_reports(vendor: str) -> None:
    """SMSC reports `cnt` and SMS.by `parts`; uBill spends one SMS of its balance per part and
    Selzy charges its price per part, so those two report parts through the balance."""
    for text, parts in CORPUS:
        estimate = Estimate(count_segments(text), recipients=2)
        assert estimate.parts == 2 * parts
        assert reported_parts(vendor, text) == estimate.parts, text


def reported_parts(vendor: str, text: str) -> int:
    stub = stub_class(vendor)()
    settings = {
        k: v for k, v in stub.neutral_settings("http://r").items() if k != "callback_secret"
    }
    base_url = f"http://{vendor}{stub.base_path}"
    numbers = ["+375291234567", "+375291234568"]
    with connect(
        vendor, base_url=base_url, transport=SyncASGITransport(stub.app), **settings
    ) as gw:
        if vendor == "smsc":
            return gw.client.send(numbers, text).parts  # type: ignore[attr-defined, no-any-return]
        if vendor == "smsby":
            sent = [gw.client.send_quick(n, text) for n in numbers]  # type: ignore[attr-defined]
            return sum(s.parts for s in sent)
        before = gw.balance().amount
        gw.send(numbers, text)
        spent = before - gw.balance().amount
        per_part = Decimal(1) if vendor == "ubill" else Decimal(str(stub.price))  # type: ignore[attr-defined]
        return int(spent / per_part)
