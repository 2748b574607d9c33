# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

PersonalMailingMessageType = Literal["personal"]

PERSONAL_MAILING_MESSAGE_TYPE_VALUES: set[PersonalMailingMessageType] = {
    "personal",
}


def check_personal_mailing_message_type(value: str) -> PersonalMailingMessageType:
    if value in PERSONAL_MAILING_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERSONAL_MAILING_MESSAGE_TYPE_VALUES!r}"
    )
