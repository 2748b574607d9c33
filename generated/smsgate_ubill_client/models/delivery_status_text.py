# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

DeliveryStatusText = Literal["0", "1", "2", "3", "4"]

DELIVERY_STATUS_TEXT_VALUES: set[DeliveryStatusText] = {
    "0",
    "1",
    "2",
    "3",
    "4",
}


def check_delivery_status_text(value: str) -> DeliveryStatusText:
    if value in DELIVERY_STATUS_TEXT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_STATUS_TEXT_VALUES!r}"
    )
