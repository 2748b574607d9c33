# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

DeliveryStatusCodeType0 = Literal["0", "1", "2", "3", "4"]

DELIVERY_STATUS_CODE_TYPE_0_VALUES: set[DeliveryStatusCodeType0] = {
    "0",
    "1",
    "2",
    "3",
    "4",
}


def check_delivery_status_code_type_0(value: str) -> DeliveryStatusCodeType0:
    if value in DELIVERY_STATUS_CODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_STATUS_CODE_TYPE_0_VALUES!r}"
    )
