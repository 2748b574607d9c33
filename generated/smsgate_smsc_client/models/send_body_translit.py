# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendBodyTranslit = Literal[0, 1, 2]

SEND_BODY_TRANSLIT_VALUES: set[SendBodyTranslit] = {
    0,
    1,
    2,
}


def check_send_body_translit(value: int) -> SendBodyTranslit:
    if value in SEND_BODY_TRANSLIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_BODY_TRANSLIT_VALUES!r}"
    )
