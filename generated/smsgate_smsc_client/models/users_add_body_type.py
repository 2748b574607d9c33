# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

UsersAddBodyType = Literal[0, 1, 2, 3, 4]

USERS_ADD_BODY_TYPE_VALUES: set[UsersAddBodyType] = {
    0,
    1,
    2,
    3,
    4,
}


def check_users_add_body_type(value: int) -> UsersAddBodyType:
    if value in USERS_ADD_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USERS_ADD_BODY_TYPE_VALUES!r}"
    )
