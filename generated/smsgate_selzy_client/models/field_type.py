# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

FieldType = Literal["bool", "date", "number", "string", "text"]

FIELD_TYPE_VALUES: set[FieldType] = {
    "bool",
    "date",
    "number",
    "string",
    "text",
}


def check_field_type(value: str) -> FieldType:
    if value in FIELD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIELD_TYPE_VALUES!r}"
    )
