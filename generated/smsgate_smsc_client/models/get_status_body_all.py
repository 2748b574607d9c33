# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

GetStatusBodyAll = Literal[0, 1, 2]

GET_STATUS_BODY_ALL_VALUES: set[GetStatusBodyAll] = {
    0,
    1,
    2,
}


def check_get_status_body_all(value: int) -> GetStatusBodyAll:
    if value in GET_STATUS_BODY_ALL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_STATUS_BODY_ALL_VALUES!r}"
    )
