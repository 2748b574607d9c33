# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

UsersChgBodyType = Literal[0, 1, 2, 3, 4]

USERS_CHG_BODY_TYPE_VALUES: set[UsersChgBodyType] = {
    0,
    1,
    2,
    3,
    4,
}


def check_users_chg_body_type(value: int) -> UsersChgBodyType:
    if value in USERS_CHG_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERS_CHG_BODY_TYPE_VALUES!r}"
    )
