# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendJsonBodyBin = Literal[0, 1, 2]

SEND_JSON_BODY_BIN_VALUES: set[SendJsonBodyBin] = {
    0,
    1,
    2,
}


def check_send_json_body_bin(value: int) -> SendJsonBodyBin:
    if value in SEND_JSON_BODY_BIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_JSON_BODY_BIN_VALUES!r}"
    )
