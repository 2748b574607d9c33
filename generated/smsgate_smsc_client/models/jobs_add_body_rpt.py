# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

JobsAddBodyRpt = Literal[0, 1, 2, 3, 4, 5, 6, 7]

JOBS_ADD_BODY_RPT_VALUES: set[JobsAddBodyRpt] = {
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
}


def check_jobs_add_body_rpt(value: int) -> JobsAddBodyRpt:
    if value in JOBS_ADD_BODY_RPT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_ADD_BODY_RPT_VALUES!r}"
    )
