# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

BillRequestType = Literal["replenishment", "subscription"]

BILL_REQUEST_TYPE_VALUES: set[BillRequestType] = {
    "replenishment",
    "subscription",
}


def check_bill_request_type(value: str) -> BillRequestType:
    if value in BILL_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILL_REQUEST_TYPE_VALUES!r}"
    )
