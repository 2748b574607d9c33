# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

UsersChgBodyCurr = Literal[1, 2, 3, 4, 5]

USERS_CHG_BODY_CURR_VALUES: set[UsersChgBodyCurr] = {
    1,
    2,
    3,
    4,
    5,
}


def check_users_chg_body_curr(value: int) -> UsersChgBodyCurr:
    if value in USERS_CHG_BODY_CURR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERS_CHG_BODY_CURR_VALUES!r}"
    )
