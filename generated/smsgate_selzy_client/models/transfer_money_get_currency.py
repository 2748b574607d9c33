# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from typing import Literal

TransferMoneyGetCurrency = Literal["EUR", "RUB", "UAH", "USD"]

TRANSFER_MONEY_GET_CURRENCY_VALUES: set[TransferMoneyGetCurrency] = {
    "EUR",
    "RUB",
    "UAH",
    "USD",
}


def check_transfer_money_get_currency(value: str) -> TransferMoneyGetCurrency:
    if value in TRANSFER_MONEY_GET_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_MONEY_GET_CURRENCY_VALUES!r}"
    )
