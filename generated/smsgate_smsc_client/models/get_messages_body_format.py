# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

GetMessagesBodyFormat = Literal[0, 8]

GET_MESSAGES_BODY_FORMAT_VALUES: set[GetMessagesBodyFormat] = {
    0,
    8,
}


def check_get_messages_body_format(value: int) -> GetMessagesBodyFormat:
    if value in GET_MESSAGES_BODY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MESSAGES_BODY_FORMAT_VALUES!r}"
    )
