# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

BlackEntryType = Literal[0, 1, 2]

BLACK_ENTRY_TYPE_VALUES: set[BlackEntryType] = {
    0,
    1,
    2,
}


def check_black_entry_type(value: int) -> BlackEntryType:
    if value in BLACK_ENTRY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BLACK_ENTRY_TYPE_VALUES!r}"
    )
