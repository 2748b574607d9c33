# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_money_request_currency import (
    TransferMoneyRequestCurrency,
    check_transfer_money_request_currency,
)

T = TypeVar("T", bound="TransferMoneyRequest")


@_attrs_define
class TransferMoneyRequest:
    """The arguments of `transferMoney`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        source_email (str):
        target_email (str):
        sum_ (float):
        currency (TransferMoneyRequestCurrency):
    """

    source_email: str
    target_email: str
    sum_: float
    currency: TransferMoneyRequestCurrency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_email = self.source_email

        target_email = self.target_email

        sum_ = self.sum_

        currency: str = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_email": source_email,
                "target_email": target_email,
                "sum": sum_,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_email = d.pop("source_email")

        target_email = d.pop("target_email")

        sum_ = d.pop("sum")

        currency = check_transfer_money_request_currency(d.pop("currency"))

        transfer_money_request = cls(
            source_email=source_email,
            target_email=target_email,
            sum_=sum_,
            currency=currency,
        )

        transfer_money_request.additional_properties = d
        return transfer_money_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
