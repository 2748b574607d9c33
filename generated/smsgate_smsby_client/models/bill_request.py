# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_request_amount_type import (
    BillRequestAmountType,
    check_bill_request_amount_type,
)
from ..models.bill_request_type import BillRequestType, check_bill_request_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillRequest")


@_attrs_define
class BillRequest:
    """
    Attributes:
        amount (int): The top-up amount.
        amount_type (BillRequestAmountType): Which balance.
        type_ (BillRequestType | Unset): Required for `viber`.
    """

    amount: int
    amount_type: BillRequestAmountType
    type_: BillRequestType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        amount_type: str = self.amount_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "amount_type": amount_type,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        amount_type = check_bill_request_amount_type(d.pop("amount_type"))

        _type_ = d.pop("type", UNSET)
        type_: BillRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_bill_request_type(_type_)

        bill_request = cls(
            amount=amount,
            amount_type=amount_type,
            type_=type_,
        )

        bill_request.additional_properties = d
        return bill_request

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
