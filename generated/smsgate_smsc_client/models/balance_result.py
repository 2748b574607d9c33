# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceResult")


@_attrs_define
class BalanceResult:
    """
    Attributes:
        balance (float | str): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        currency (str | Unset): With `cur=1`, e.g. `RUB`.
        credit (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
    """

    balance: float | str
    currency: str | Unset = UNSET
    credit: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance: float | str
        balance = self.balance

        currency = self.currency

        credit: float | str | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if credit is not UNSET:
            field_dict["credit"] = credit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        balance = cast(float | str, d.pop("balance"))

        currency = d.pop("currency", UNSET)

        credit = cast(float | str | Unset, d.pop("credit", UNSET))

        balance_result = cls(
            balance=balance,
            currency=currency,
            credit=credit,
        )

        balance_result.additional_properties = d
        return balance_result

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
