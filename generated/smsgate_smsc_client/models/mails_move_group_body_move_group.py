# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

MailsMoveGroupBodyMoveGroup = Literal[1, 2, 3]

MAILS_MOVE_GROUP_BODY_MOVE_GROUP_VALUES: set[MailsMoveGroupBodyMoveGroup] = {
    1,
    2,
    3,
}


def check_mails_move_group_body_move_group(value: int) -> MailsMoveGroupBodyMoveGroup:
    if value in MAILS_MOVE_GROUP_BODY_MOVE_GROUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MAILS_MOVE_GROUP_BODY_MOVE_GROUP_VALUES!r}"
    )
