# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferResult")


@_attrs_define
class TransferResult:
    """
    Attributes:
        source_new_balance (float | str): A decimal, as a number or a numeric string.
        target_new_balance (float | str): A decimal, as a number or a numeric string.
        source_old_balance (float | str | Unset): A decimal, as a number or a numeric string.
        source_currency (str | Unset):
        target_old_balance (float | str | Unset): A decimal, as a number or a numeric string.
        target_currency (str | Unset):
    """

    source_new_balance: float | str
    target_new_balance: float | str
    source_old_balance: float | str | Unset = UNSET
    source_currency: str | Unset = UNSET
    target_old_balance: float | str | Unset = UNSET
    target_currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_new_balance: float | str
        source_new_balance = self.source_new_balance

        target_new_balance: float | str
        target_new_balance = self.target_new_balance

        source_old_balance: float | str | Unset
        if isinstance(self.source_old_balance, Unset):
            source_old_balance = UNSET
        else:
            source_old_balance = self.source_old_balance

        source_currency = self.source_currency

        target_old_balance: float | str | Unset
        if isinstance(self.target_old_balance, Unset):
            target_old_balance = UNSET
        else:
            target_old_balance = self.target_old_balance

        target_currency = self.target_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_new_balance": source_new_balance,
                "target_new_balance": target_new_balance,
            }
        )
        if source_old_balance is not UNSET:
            field_dict["source_old_balance"] = source_old_balance
        if source_currency is not UNSET:
            field_dict["source_currency"] = source_currency
        if target_old_balance is not UNSET:
            field_dict["target_old_balance"] = target_old_balance
        if target_currency is not UNSET:
            field_dict["target_currency"] = target_currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_new_balance = cast(float | str, d.pop("source_new_balance"))

        target_new_balance = cast(float | str, d.pop("target_new_balance"))

        source_old_balance = cast(
            float | str | Unset, d.pop("source_old_balance", UNSET)
        )

        source_currency = d.pop("source_currency", UNSET)

        target_old_balance = cast(
            float | str | Unset, d.pop("target_old_balance", UNSET)
        )

        target_currency = d.pop("target_currency", UNSET)

        transfer_result = cls(
            source_new_balance=source_new_balance,
            target_new_balance=target_new_balance,
            source_old_balance=source_old_balance,
            source_currency=source_currency,
            target_old_balance=target_old_balance,
            target_currency=target_currency,
        )

        transfer_result.additional_properties = d
        return transfer_result

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
