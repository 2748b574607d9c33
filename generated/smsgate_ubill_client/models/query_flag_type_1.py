# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

QueryFlagType1 = Literal[0, 1]

QUERY_FLAG_TYPE_1_VALUES: set[QueryFlagType1] = {
    0,
    1,
}


def check_query_flag_type_1(value: int) -> QueryFlagType1:
    if value in QUERY_FLAG_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_FLAG_TYPE_1_VALUES!r}"
    )
