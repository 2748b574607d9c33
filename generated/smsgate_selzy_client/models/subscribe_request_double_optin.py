# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SubscribeRequestDoubleOptin = Literal[0, 3, 4]

SUBSCRIBE_REQUEST_DOUBLE_OPTIN_VALUES: set[SubscribeRequestDoubleOptin] = {
    0,
    3,
    4,
}


def check_subscribe_request_double_optin(value: int) -> SubscribeRequestDoubleOptin:
    if value in SUBSCRIBE_REQUEST_DOUBLE_OPTIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_REQUEST_DOUBLE_OPTIN_VALUES!r}"
    )
