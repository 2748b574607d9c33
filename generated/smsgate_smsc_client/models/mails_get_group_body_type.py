# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

MailsGetGroupBodyType = Literal[0, 1]

MAILS_GET_GROUP_BODY_TYPE_VALUES: set[MailsGetGroupBodyType] = {
    0,
    1,
}


def check_mails_get_group_body_type(value: int) -> MailsGetGroupBodyType:
    if value in MAILS_GET_GROUP_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILS_GET_GROUP_BODY_TYPE_VALUES!r}"
    )
