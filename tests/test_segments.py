"""SMS part counting for GSM-7 and UCS-2 texts."""

from __future__ import annotations

import pytest
from smsgate.segments import count_segments


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
