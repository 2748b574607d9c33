# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

JobsAddBodyCost = Literal[0, 1]

JOBS_ADD_BODY_COST_VALUES: set[JobsAddBodyCost] = {
    0,
    1,
}


def check_jobs_add_body_cost(value: int) -> JobsAddBodyCost:
    if value in JOBS_ADD_BODY_COST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_ADD_BODY_COST_VALUES!r}"
    )
