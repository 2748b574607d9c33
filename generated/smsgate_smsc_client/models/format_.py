# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

Format = Literal[0, 1, 2, 3]

FORMAT_VALUES: set[Format] = {
    0,
    1,
    2,
    3,
}


def check_format(value: int) -> Format:
    if value in FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORMAT_VALUES!r}")
