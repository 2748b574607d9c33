# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

Charset = Literal["koi8-r", "utf-8", "windows-1251"]

CHARSET_VALUES: set[Charset] = {
    "koi8-r",
    "utf-8",
    "windows-1251",
}


def check_charset(value: str) -> Charset:
    if value in CHARSET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARSET_VALUES!r}")
