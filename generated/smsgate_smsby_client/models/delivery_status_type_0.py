# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

DeliveryStatusType0 = Literal["delivered", "expired", "new", "sent", "undelivered"]

DELIVERY_STATUS_TYPE_0_VALUES: set[DeliveryStatusType0] = {
    "delivered",
    "expired",
    "new",
    "sent",
    "undelivered",
}


def check_delivery_status_type_0(value: str) -> DeliveryStatusType0:
    if value in DELIVERY_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_STATUS_TYPE_0_VALUES!r}"
    )
