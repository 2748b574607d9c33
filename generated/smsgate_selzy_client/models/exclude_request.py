# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.exclude_request_contact_type import (
    ExcludeRequestContactType,
    check_exclude_request_contact_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExcludeRequest")


@_attrs_define
class ExcludeRequest:
    """The arguments of `exclude`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        contact_type (ExcludeRequestContactType): What `contact` is.
        contact (str): The email or phone.
        list_ids (str | Unset): Comma-separated integer ids, e.g. `134,135`.
    """

    contact_type: ExcludeRequestContactType
    contact: str
    list_ids: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_type: str = self.contact_type

        contact = self.contact

        list_ids = self.list_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_type": contact_type,
                "contact": contact,
            }
        )
        if list_ids is not UNSET:
            field_dict["list_ids"] = list_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contact_type = check_exclude_request_contact_type(d.pop("contact_type"))

        contact = d.pop("contact")

        list_ids = d.pop("list_ids", UNSET)

        exclude_request = cls(
            contact_type=contact_type,
            contact=contact,
            list_ids=list_ids,
        )

        exclude_request.additional_properties = d
        return exclude_request

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
