# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

DeliveryStatusNumber = Literal[0, 1, 2, 3, 4]

DELIVERY_STATUS_NUMBER_VALUES: set[DeliveryStatusNumber] = {
    0,
    1,
    2,
    3,
    4,
}


def check_delivery_status_number(value: int) -> DeliveryStatusNumber:
    if value in DELIVERY_STATUS_NUMBER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_STATUS_NUMBER_VALUES!r}"
    )
