# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ContactStatus = Literal[
    "activation_requested",
    "active",
    "blocked",
    "inactive",
    "invited",
    "new",
    "unsubscribed",
]

CONTACT_STATUS_VALUES: set[ContactStatus] = {
    "activation_requested",
    "active",
    "blocked",
    "inactive",
    "invited",
    "new",
    "unsubscribed",
}


def check_contact_status(value: str) -> ContactStatus:
    if value in CONTACT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_STATUS_VALUES!r}"
    )
