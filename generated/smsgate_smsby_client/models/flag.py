# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

Flag = Literal[0, 1]

FLAG_VALUES: set[Flag] = {
    0,
    1,
}


def check_flag(value: int) -> Flag:
    if value in FLAG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FLAG_VALUES!r}")
