# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

Toggle = Literal[0, 1]

TOGGLE_VALUES: set[Toggle] = {
    0,
    1,
}


def check_toggle(value: int) -> Toggle:
    if value in TOGGLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOGGLE_VALUES!r}")
