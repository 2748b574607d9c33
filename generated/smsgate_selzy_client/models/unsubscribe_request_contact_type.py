# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

UnsubscribeRequestContactType = Literal["email", "phone"]

UNSUBSCRIBE_REQUEST_CONTACT_TYPE_VALUES: set[UnsubscribeRequestContactType] = {
    "email",
    "phone",
}


def check_unsubscribe_request_contact_type(value: str) -> UnsubscribeRequestContactType:
    if value in UNSUBSCRIBE_REQUEST_CONTACT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNSUBSCRIBE_REQUEST_CONTACT_TYPE_VALUES!r}"
    )
