# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

TransferMoneyRequestCurrency = Literal["EUR", "RUB", "UAH", "USD"]

TRANSFER_MONEY_REQUEST_CURRENCY_VALUES: set[TransferMoneyRequestCurrency] = {
    "EUR",
    "RUB",
    "UAH",
    "USD",
}


def check_transfer_money_request_currency(value: str) -> TransferMoneyRequestCurrency:
    if value in TRANSFER_MONEY_REQUEST_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_MONEY_REQUEST_CURRENCY_VALUES!r}"
    )
