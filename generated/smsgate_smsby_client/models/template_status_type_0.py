# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

TemplateStatusType0 = Literal["moderated", "new", "rejected"]

TEMPLATE_STATUS_TYPE_0_VALUES: set[TemplateStatusType0] = {
    "moderated",
    "new",
    "rejected",
}


def check_template_status_type_0(value: str) -> TemplateStatusType0:
    if value in TEMPLATE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_STATUS_TYPE_0_VALUES!r}"
    )
