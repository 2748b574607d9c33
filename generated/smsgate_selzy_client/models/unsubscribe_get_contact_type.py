# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

UnsubscribeGetContactType = Literal["email", "phone"]

UNSUBSCRIBE_GET_CONTACT_TYPE_VALUES: set[UnsubscribeGetContactType] = {
    "email",
    "phone",
}


def check_unsubscribe_get_contact_type(value: str) -> UnsubscribeGetContactType:
    if value in UNSUBSCRIBE_GET_CONTACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_GET_CONTACT_TYPE_VALUES!r}"
    )
