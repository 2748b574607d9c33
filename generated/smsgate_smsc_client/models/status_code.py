# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

StatusCode = Literal[-3, -2, -1, 0, 1, 2, 3, 4, 20, 22, 23, 24, 25]

STATUS_CODE_VALUES: set[StatusCode] = {
    -3,
    -2,
    -1,
    0,
    1,
    2,
    3,
    4,
    20,
    22,
    23,
    24,
    25,
}


def check_status_code(value: int) -> StatusCode:
    if value in STATUS_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STATUS_CODE_VALUES!r}"
    )
