# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

UsersAddBodyCurr = Literal[1, 2, 3, 4, 5]

USERS_ADD_BODY_CURR_VALUES: set[UsersAddBodyCurr] = {
    1,
    2,
    3,
    4,
    5,
}


def check_users_add_body_curr(value: int) -> UsersAddBodyCurr:
    if value in USERS_ADD_BODY_CURR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERS_ADD_BODY_CURR_VALUES!r}"
    )
