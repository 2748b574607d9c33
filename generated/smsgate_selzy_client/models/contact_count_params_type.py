# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ContactCountParamsType = Literal["address", "phone"]

CONTACT_COUNT_PARAMS_TYPE_VALUES: set[ContactCountParamsType] = {
    "address",
    "phone",
}


def check_contact_count_params_type(value: str) -> ContactCountParamsType:
    if value in CONTACT_COUNT_PARAMS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTACT_COUNT_PARAMS_TYPE_VALUES!r}"
    )
