# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

ImportContactsGetDoubleOptin = Literal[0, 1, 2, 3]

IMPORT_CONTACTS_GET_DOUBLE_OPTIN_VALUES: set[ImportContactsGetDoubleOptin] = {
    0,
    1,
    2,
    3,
}


def check_import_contacts_get_double_optin(value: int) -> ImportContactsGetDoubleOptin:
    if value in IMPORT_CONTACTS_GET_DOUBLE_OPTIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORT_CONTACTS_GET_DOUBLE_OPTIN_VALUES!r}"
    )
