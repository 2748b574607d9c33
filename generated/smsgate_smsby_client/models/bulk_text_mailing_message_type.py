# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

BulkTextMailingMessageType = Literal["bulk"]

BULK_TEXT_MAILING_MESSAGE_TYPE_VALUES: set[BulkTextMailingMessageType] = {
    "bulk",
}


def check_bulk_text_mailing_message_type(value: str) -> BulkTextMailingMessageType:
    if value in BULK_TEXT_MAILING_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_TEXT_MAILING_MESSAGE_TYPE_VALUES!r}"
    )
