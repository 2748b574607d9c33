# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

JobsAddBodyBin = Literal[0, 1, 2]

JOBS_ADD_BODY_BIN_VALUES: set[JobsAddBodyBin] = {
    0,
    1,
    2,
}


def check_jobs_add_body_bin(value: int) -> JobsAddBodyBin:
    if value in JOBS_ADD_BODY_BIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOBS_ADD_BODY_BIN_VALUES!r}"
    )
