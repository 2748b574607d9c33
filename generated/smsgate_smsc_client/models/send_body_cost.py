# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendBodyCost = Literal[0, 2, 3]

SEND_BODY_COST_VALUES: set[SendBodyCost] = {
    0,
    2,
    3,
}


def check_send_body_cost(value: int) -> SendBodyCost:
    if value in SEND_BODY_COST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_BODY_COST_VALUES!r}"
    )
