# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendStatusType0 = Literal[
    "DELIVERED", "ERROR", "EXPIRED", "NEW", "REJECTED", "SENT", "UNDELIVERED"
]

SEND_STATUS_TYPE_0_VALUES: set[SendStatusType0] = {
    "DELIVERED",
    "ERROR",
    "EXPIRED",
    "NEW",
    "REJECTED",
    "SENT",
    "UNDELIVERED",
}


def check_send_status_type_0(value: str) -> SendStatusType0:
    if value in SEND_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_STATUS_TYPE_0_VALUES!r}"
    )
