# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

CreateCampaignRequestTimezone = Literal["UTC"]

CREATE_CAMPAIGN_REQUEST_TIMEZONE_VALUES: set[CreateCampaignRequestTimezone] = {
    "UTC",
}


def check_create_campaign_request_timezone(value: str) -> CreateCampaignRequestTimezone:
    if value in CREATE_CAMPAIGN_REQUEST_TIMEZONE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CAMPAIGN_REQUEST_TIMEZONE_VALUES!r}"
    )
