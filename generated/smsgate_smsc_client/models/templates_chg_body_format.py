# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

TemplatesChgBodyFormat = Literal[
    "", "bin", "call", "flash", "mail", "mms", "push", "sms", "viber"
]

TEMPLATES_CHG_BODY_FORMAT_VALUES: set[TemplatesChgBodyFormat] = {
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


def check_templates_chg_body_format(value: str) -> TemplatesChgBodyFormat:
    if value in TEMPLATES_CHG_BODY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATES_CHG_BODY_FORMAT_VALUES!r}"
    )
