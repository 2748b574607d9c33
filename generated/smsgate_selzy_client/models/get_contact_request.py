# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetContactRequest")


@_attrs_define
class GetContactRequest:
    """The arguments of `getContact`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        email (str):
        include_lists (Flag | Unset): A boolean as `0` or `1`.
        include_fields (Flag | Unset): A boolean as `0` or `1`.
        include_details (Flag | Unset): A boolean as `0` or `1`.
    """

    email: str
    include_lists: Flag | Unset = UNSET
    include_fields: Flag | Unset = UNSET
    include_details: Flag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        include_lists: int | Unset = UNSET
        if not isinstance(self.include_lists, Unset):
            include_lists = self.include_lists

        include_fields: int | Unset = UNSET
        if not isinstance(self.include_fields, Unset):
            include_fields = self.include_fields

        include_details: int | Unset = UNSET
        if not isinstance(self.include_details, Unset):
            include_details = self.include_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if include_lists is not UNSET:
            field_dict["include_lists"] = include_lists
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields
        if include_details is not UNSET:
            field_dict["include_details"] = include_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        _include_lists = d.pop("include_lists", UNSET)
        include_lists: Flag | Unset
        if isinstance(_include_lists, Unset):
            include_lists = UNSET
        else:
            include_lists = check_flag(_include_lists)

        _include_fields = d.pop("include_fields", UNSET)
        include_fields: Flag | Unset
        if isinstance(_include_fields, Unset):
            include_fields = UNSET
        else:
            include_fields = check_flag(_include_fields)

        _include_details = d.pop("include_details", UNSET)
        include_details: Flag | Unset
        if isinstance(_include_details, Unset):
            include_details = UNSET
        else:
            include_details = check_flag(_include_details)

        get_contact_request = cls(
            email=email,
            include_lists=include_lists,
            include_fields=include_fields,
            include_details=include_details,
        )

        get_contact_request.additional_properties = d
        return get_contact_request

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
