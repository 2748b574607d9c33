# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendResultPhonesItem")


@_attrs_define
class SendResultPhonesItem:
    """
    Attributes:
        phone (str | Unset):
        mccmnc (str | Unset):
        cost (str | Unset):
        status (str | Unset):
        error (str | Unset):
    """

    phone: str | Unset = UNSET
    mccmnc: str | Unset = UNSET
    cost: str | Unset = UNSET
    status: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        mccmnc = self.mccmnc

        cost = self.cost

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mccmnc is not UNSET:
            field_dict["mccmnc"] = mccmnc
        if cost is not UNSET:
            field_dict["cost"] = cost
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        mccmnc = d.pop("mccmnc", UNSET)

        cost = d.pop("cost", UNSET)

        status = d.pop("status", UNSET)

        error = d.pop("error", UNSET)

        send_result_phones_item = cls(
            phone=phone,
            mccmnc=mccmnc,
            cost=cost,
            status=status,
            error=error,
        )

        send_result_phones_item.additional_properties = d
        return send_result_phones_item

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
