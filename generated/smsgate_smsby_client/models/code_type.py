# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

CodeType = Literal["both", "letters", "numbers"]

CODE_TYPE_VALUES: set[CodeType] = {
    "both",
    "letters",
    "numbers",
}


def check_code_type(value: str) -> CodeType:
    if value in CODE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CODE_TYPE_VALUES!r}")
