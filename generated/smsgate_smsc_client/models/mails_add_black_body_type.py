# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

MailsAddBlackBodyType = Literal[0, 1, 2]

MAILS_ADD_BLACK_BODY_TYPE_VALUES: set[MailsAddBlackBodyType] = {
    0,
    1,
    2,
}


def check_mails_add_black_body_type(value: int) -> MailsAddBlackBodyType:
    if value in MAILS_ADD_BLACK_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILS_ADD_BLACK_BODY_TYPE_VALUES!r}"
    )
