# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceItem")


@_attrs_define
class BalanceItem:
    """
    Attributes:
        balance (float | str): An amount, usually a decimal string (`"718.40600"`), a number elsewhere.
        viber_balance (float | str | Unset): An amount, usually a decimal string (`"718.40600"`), a number elsewhere.
    """

    balance: float | str
    viber_balance: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance: float | str
        balance = self.balance

        viber_balance: float | str | Unset
        if isinstance(self.viber_balance, Unset):
            viber_balance = UNSET
        else:
            viber_balance = self.viber_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
            }
        )
        if viber_balance is not UNSET:
            field_dict["viber_balance"] = viber_balance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        balance = cast(float | str, d.pop("balance"))

        viber_balance = cast(float | str | Unset, d.pop("viber_balance", UNSET))

        balance_item = cls(
            balance=balance,
            viber_balance=viber_balance,
        )

        balance_item.additional_properties = d
        return balance_item

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
