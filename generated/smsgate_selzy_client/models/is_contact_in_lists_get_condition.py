# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

IsContactInListsGetCondition = Literal["and", "or"]

IS_CONTACT_IN_LISTS_GET_CONDITION_VALUES: set[IsContactInListsGetCondition] = {
    "and",
    "or",
}


def check_is_contact_in_lists_get_condition(value: str) -> IsContactInListsGetCondition:
    if value in IS_CONTACT_IN_LISTS_GET_CONDITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IS_CONTACT_IN_LISTS_GET_CONDITION_VALUES!r}"
    )
