# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

PhonesGetGroupBodyType = Literal[0, 1]

PHONES_GET_GROUP_BODY_TYPE_VALUES: set[PhonesGetGroupBodyType] = {
    0,
    1,
}


def check_phones_get_group_body_type(value: int) -> PhonesGetGroupBodyType:
    if value in PHONES_GET_GROUP_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONES_GET_GROUP_BODY_TYPE_VALUES!r}"
    )
