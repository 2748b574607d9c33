# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

Lang = Literal["en", "pt", "ru", "ua"]

LANG_VALUES: set[Lang] = {
    "en",
    "pt",
    "ru",
    "ua",
}


def check_lang(value: str) -> Lang:
    if value in LANG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LANG_VALUES!r}")
