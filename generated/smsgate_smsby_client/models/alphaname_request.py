# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlphanameRequest")


@_attrs_define
class AlphanameRequest:
    """
    Attributes:
        name (str): The sender name applied for.
        yur_name (str): The legal entity's name.
        unp (int): The Belarus taxpayer number (UNP).
        country_id (int): 1 = Belarus.
        postcode (int | Unset):
    """

    name: str
    yur_name: str
    unp: int
    country_id: int
    postcode: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        yur_name = self.yur_name

        unp = self.unp

        country_id = self.country_id

        postcode = self.postcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "yur_name": yur_name,
                "unp": unp,
                "country_id": country_id,
            }
        )
        if postcode is not UNSET:
            field_dict["postcode"] = postcode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        yur_name = d.pop("yur_name")

        unp = d.pop("unp")

        country_id = d.pop("country_id")

        postcode = d.pop("postcode", UNSET)

        alphaname_request = cls(
            name=name,
            yur_name=yur_name,
            unp=unp,
            country_id=country_id,
            postcode=postcode,
        )

        alphaname_request.additional_properties = d
        return alphaname_request

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
