# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ViberContentType = Literal["button", "image", "text"]

VIBER_CONTENT_TYPE_VALUES: set[ViberContentType] = {
    "button",
    "image",
    "text",
}


def check_viber_content_type(value: str) -> ViberContentType:
    if value in VIBER_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIBER_CONTENT_TYPE_VALUES!r}"
    )
