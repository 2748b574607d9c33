# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

SendListBodyCost = Literal[0, 2, 3]

SEND_LIST_BODY_COST_VALUES: set[SendListBodyCost] = {
    0,
    2,
    3,
}


def check_send_list_body_cost(value: int) -> SendListBodyCost:
    if value in SEND_LIST_BODY_COST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEND_LIST_BODY_COST_VALUES!r}"
    )
