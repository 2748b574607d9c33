# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.brand_name import BrandName


T = TypeVar("T", bound="BrandNamesResponse")


@_attrs_define
class BrandNamesResponse:
    """
    Attributes:
        status_id (int): Request-level status: `0` is success; any other value is an error whose meaning
            depends on the operation (see its description). Not an enum on purpose: a code uBill
            adds later must still reach the caller as an API error, not as a decoding failure.
        message (str | Unset): Human-readable text, such as "SMS Sent".
        brands (list[BrandName] | Unset):
        data (list[BrandName] | Unset): The name some documentation uses for `brands` (*unconfirmed*).
    """

    status_id: int
    message: str | Unset = UNSET
    brands: list[BrandName] | Unset = UNSET
    data: list[BrandName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        message = self.message

        brands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.brands, Unset):
            brands = []
            for brands_item_data in self.brands:
                brands_item = brands_item_data.to_dict()
                brands.append(brands_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusID": status_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if brands is not UNSET:
            field_dict["brands"] = brands
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_name import BrandName

        d = dict(src_dict)
        status_id = d.pop("statusID")

        message = d.pop("message", UNSET)

        _brands = d.pop("brands", UNSET)
        brands: list[BrandName] | Unset = UNSET
        if _brands is not UNSET:
            brands = []
            for brands_item_data in _brands:
                brands_item = BrandName.from_dict(brands_item_data)

                brands.append(brands_item)

        _data = d.pop("data", UNSET)
        data: list[BrandName] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = BrandName.from_dict(data_item_data)

                data.append(data_item)

        brand_names_response = cls(
            status_id=status_id,
            message=message,
            brands=brands,
            data=data,
        )

        brand_names_response.additional_properties = d
        return brand_names_response

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
