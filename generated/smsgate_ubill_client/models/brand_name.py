# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandName")


@_attrs_define
class BrandName:
    """
    Attributes:
        id (int | str): An ID that uBill's document types as a string and live replies carry as an integer.
        name (str): The sender name, 2-11 characters of `A-Z a-z 0-9 . -` and space.
        authorized (int | str): An ID that uBill's document types as a string and live replies carry as an integer.
        created_at (str): Local time `Y-m-d H:i:s` (no zone; Tbilisi time presumed).
    """

    id: int | str
    name: str
    authorized: int | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        authorized: int | str
        authorized = self.authorized

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "authorized": authorized,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        name = d.pop("name")

        authorized = cast(int | str, d.pop("authorized"))

        created_at = d.pop("createdAt")

        brand_name = cls(
            id=id,
            name=name,
            authorized=authorized,
            created_at=created_at,
        )

        brand_name.additional_properties = d
        return brand_name

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
