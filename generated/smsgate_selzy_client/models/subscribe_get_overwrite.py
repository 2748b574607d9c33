# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SubscribeGetOverwrite = Literal[0, 1, 2]

SUBSCRIBE_GET_OVERWRITE_VALUES: set[SubscribeGetOverwrite] = {
    0,
    1,
    2,
}


def check_subscribe_get_overwrite(value: int) -> SubscribeGetOverwrite:
    if value in SUBSCRIBE_GET_OVERWRITE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBE_GET_OVERWRITE_VALUES!r}"
    )
