# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

PhonesMoveGroupBodyMoveGroup = Literal[1, 2, 3]

PHONES_MOVE_GROUP_BODY_MOVE_GROUP_VALUES: set[PhonesMoveGroupBodyMoveGroup] = {
    1,
    2,
    3,
}


def check_phones_move_group_body_move_group(value: int) -> PhonesMoveGroupBodyMoveGroup:
    if value in PHONES_MOVE_GROUP_BODY_MOVE_GROUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PHONES_MOVE_GROUP_BODY_MOVE_GROUP_VALUES!r}"
    )
