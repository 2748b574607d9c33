"""How many SMS parts a text takes, and in which encoding.

GSM-7 packs 160 septets into one SMS and 153 into each part of a longer one; characters of
the extension table (``^{}[]~|\\€`` and form feed) take two septets. Any other character forces
UCS-2: 70 UTF-16 code units in one SMS, 67 per part, and an emoji outside the BMP takes two.
A character never straddles two parts, as handsets and gateways split them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Segments", "count_segments"]

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")
# (units in a single SMS, units per part of a concatenated one)
CAPACITY = {"GSM-7": (160, 153), "UCS-2": (70, 67)}


@dataclass(frozen=True)
class Segments:
    encoding: Literal["GSM-7", "UCS-2"]
    parts: int
    units: int
    """Septets for GSM-7, UTF-16 code units for UCS-2."""


def count_segments(text: str) -> Segments:
    gsm = all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text)
    encoding: Literal["GSM-7", "UCS-2"] = "GSM-7" if gsm else "UCS-2"
    if gsm:
        costs = [2 if c in GSM7_EXTENSION else 1 for c in text]
    else:
        costs = [2 if ord(c) > 0xFFFF else 1 for c in text]
    units = sum(costs)
    single, per_part = CAPACITY[encoding]
    if units <= single:
        return Segments(encoding, 1 if text else 0, units)
    parts, used = 1, 0
    for cost in costs:
        if used + cost > per_part:
            parts, used = parts + 1, 0
        used += cost
    return Segments(encoding, parts, units)
