# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

GetSmsMessagesType = Literal["API", "WEB"]

GET_SMS_MESSAGES_TYPE_VALUES: set[GetSmsMessagesType] = {
    "API",
    "WEB",
}


def check_get_sms_messages_type(value: str) -> GetSmsMessagesType:
    if value in GET_SMS_MESSAGES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_SMS_MESSAGES_TYPE_VALUES!r}"
    )
