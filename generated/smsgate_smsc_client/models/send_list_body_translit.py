# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendListBodyTranslit = Literal[0, 1, 2]

SEND_LIST_BODY_TRANSLIT_VALUES: set[SendListBodyTranslit] = {
    0,
    1,
    2,
}


def check_send_list_body_translit(value: int) -> SendListBodyTranslit:
    if value in SEND_LIST_BODY_TRANSLIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_LIST_BODY_TRANSLIT_VALUES!r}"
    )
