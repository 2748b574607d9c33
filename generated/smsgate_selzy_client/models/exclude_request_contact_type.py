# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ExcludeRequestContactType = Literal["email", "phone"]

EXCLUDE_REQUEST_CONTACT_TYPE_VALUES: set[ExcludeRequestContactType] = {
    "email",
    "phone",
}


def check_exclude_request_contact_type(value: str) -> ExcludeRequestContactType:
    if value in EXCLUDE_REQUEST_CONTACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCLUDE_REQUEST_CONTACT_TYPE_VALUES!r}"
    )
