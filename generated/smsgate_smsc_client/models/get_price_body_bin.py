# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

GetPriceBodyBin = Literal[0, 1, 2]

GET_PRICE_BODY_BIN_VALUES: set[GetPriceBodyBin] = {
    0,
    1,
    2,
}


def check_get_price_body_bin(value: int) -> GetPriceBodyBin:
    if value in GET_PRICE_BODY_BIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PRICE_BODY_BIN_VALUES!r}"
    )
