# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ViberMessageType = Literal["BUTTON", "IMAGE", "TEXT"]

VIBER_MESSAGE_TYPE_VALUES: set[ViberMessageType] = {
    "BUTTON",
    "IMAGE",
    "TEXT",
}


def check_viber_message_type(value: str) -> ViberMessageType:
    if value in VIBER_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIBER_MESSAGE_TYPE_VALUES!r}"
    )
