# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendListBodyBin = Literal[0, 1, 2]

SEND_LIST_BODY_BIN_VALUES: set[SendListBodyBin] = {
    0,
    1,
    2,
}


def check_send_list_body_bin(value: int) -> SendListBodyBin:
    if value in SEND_LIST_BODY_BIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_LIST_BODY_BIN_VALUES!r}"
    )
