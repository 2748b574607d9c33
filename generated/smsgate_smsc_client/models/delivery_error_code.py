# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

DeliveryErrorCode = Literal[
    0,
    1,
    2,
    3,
    4,
    6,
    11,
    12,
    13,
    21,
    200,
    219,
    220,
    237,
    238,
    239,
    240,
    241,
    242,
    243,
    244,
    245,
    246,
    247,
    248,
    249,
    250,
    251,
    252,
    253,
    254,
    255,
]

DELIVERY_ERROR_CODE_VALUES: set[DeliveryErrorCode] = {
    0,
    1,
    2,
    3,
    4,
    6,
    11,
    12,
    13,
    21,
    200,
    219,
    220,
    237,
    238,
    239,
    240,
    241,
    242,
    243,
    244,
    245,
    246,
    247,
    248,
    249,
    250,
    251,
    252,
    253,
    254,
    255,
}


def check_delivery_error_code(value: int) -> DeliveryErrorCode:
    if value in DELIVERY_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_ERROR_CODE_VALUES!r}"
    )
