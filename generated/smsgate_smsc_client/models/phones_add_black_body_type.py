# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

PhonesAddBlackBodyType = Literal[0, 1, 2]

PHONES_ADD_BLACK_BODY_TYPE_VALUES: set[PhonesAddBlackBodyType] = {
    0,
    1,
    2,
}


def check_phones_add_black_body_type(value: int) -> PhonesAddBlackBodyType:
    if value in PHONES_ADD_BLACK_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONES_ADD_BLACK_BODY_TYPE_VALUES!r}"
    )
