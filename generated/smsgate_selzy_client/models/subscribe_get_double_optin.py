# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SubscribeGetDoubleOptin = Literal[0, 3, 4]

SUBSCRIBE_GET_DOUBLE_OPTIN_VALUES: set[SubscribeGetDoubleOptin] = {
    0,
    3,
    4,
}


def check_subscribe_get_double_optin(value: int) -> SubscribeGetDoubleOptin:
    if value in SUBSCRIBE_GET_DOUBLE_OPTIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_GET_DOUBLE_OPTIN_VALUES!r}"
    )
