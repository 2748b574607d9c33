# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

BulkMailingMessageType = Literal["bulk", "personal"]

BULK_MAILING_MESSAGE_TYPE_VALUES: set[BulkMailingMessageType] = {
    "bulk",
    "personal",
}


def check_bulk_mailing_message_type(value: str) -> BulkMailingMessageType:
    if value in BULK_MAILING_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MAILING_MESSAGE_TYPE_VALUES!r}"
    )
