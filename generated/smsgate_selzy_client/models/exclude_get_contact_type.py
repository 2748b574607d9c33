# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ExcludeGetContactType = Literal["email", "phone"]

EXCLUDE_GET_CONTACT_TYPE_VALUES: set[ExcludeGetContactType] = {
    "email",
    "phone",
}


def check_exclude_get_contact_type(value: str) -> ExcludeGetContactType:
    if value in EXCLUDE_GET_CONTACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCLUDE_GET_CONTACT_TYPE_VALUES!r}"
    )
