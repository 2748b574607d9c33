# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperatorInfo")


@_attrs_define
class OperatorInfo:
    """Operator of a number (`country`, `operator`, `region`, `mcc`, `mnc`; *unconfirmed* key set).

    Attributes:
        phone (str | Unset):
        country (str | Unset):
        operator (str | Unset):
        region (str | Unset):
        mcc (int | str | Unset): An integer that some replies carry as a string.
        mnc (int | str | Unset): An integer that some replies carry as a string.
    """

    phone: str | Unset = UNSET
    country: str | Unset = UNSET
    operator: str | Unset = UNSET
    region: str | Unset = UNSET
    mcc: int | str | Unset = UNSET
    mnc: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        country = self.country

        operator = self.operator

        region = self.region

        mcc: int | str | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

        mnc: int | str | Unset
        if isinstance(self.mnc, Unset):
            mnc = UNSET
        else:
            mnc = self.mnc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if region is not UNSET:
            field_dict["region"] = region
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        country = d.pop("country", UNSET)

        operator = d.pop("operator", UNSET)

        region = d.pop("region", UNSET)

        mcc = cast(int | str | Unset, d.pop("mcc", UNSET))

        mnc = cast(int | str | Unset, d.pop("mnc", UNSET))

        operator_info = cls(
            phone=phone,
            country=country,
            operator=operator,
            region=region,
            mcc=mcc,
            mnc=mnc,
        )

        operator_info.additional_properties = d
        return operator_info

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
