# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

TemplatesAddBodyFormat = Literal[
    "", "bin", "call", "flash", "mail", "mms", "push", "sms", "viber"
]

TEMPLATES_ADD_BODY_FORMAT_VALUES: set[TemplatesAddBodyFormat] = {
    "",
    "bin",
    "call",
    "flash",
    "mail",
    "mms",
    "push",
    "sms",
    "viber",
}


def check_templates_add_body_format(value: str) -> TemplatesAddBodyFormat:
    if value in TEMPLATES_ADD_BODY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATES_ADD_BODY_FORMAT_VALUES!r}"
    )
