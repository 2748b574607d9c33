# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

CreateCampaignGetTimezone = Literal["UTC"]

CREATE_CAMPAIGN_GET_TIMEZONE_VALUES: set[CreateCampaignGetTimezone] = {
    "UTC",
}


def check_create_campaign_get_timezone(value: str) -> CreateCampaignGetTimezone:
    if value in CREATE_CAMPAIGN_GET_TIMEZONE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_GET_TIMEZONE_VALUES!r}"
    )
