# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_email import ContactEmail
    from ..models.contact_info_fields import ContactInfoFields
    from ..models.contact_list import ContactList


T = TypeVar("T", bound="ContactInfo")


@_attrs_define
class ContactInfo:
    """
    Attributes:
        email (ContactEmail):
        lists (list[ContactList] | Unset):
        fields (ContactInfoFields | Unset):
    """

    email: ContactEmail
    lists: list[ContactList] | Unset = UNSET
    fields: ContactInfoFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email.to_dict()

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if lists is not UNSET:
            field_dict["lists"] = lists
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_email import ContactEmail
        from ..models.contact_info_fields import ContactInfoFields
        from ..models.contact_list import ContactList

        d = dict(src_dict)
        email = ContactEmail.from_dict(d.pop("email"))

        _lists = d.pop("lists", UNSET)
        lists: list[ContactList] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = ContactList.from_dict(lists_item_data)

                lists.append(lists_item)

        _fields = d.pop("fields", UNSET)
        fields: ContactInfoFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = ContactInfoFields.from_dict(_fields)

        contact_info = cls(
            email=email,
            lists=lists,
            fields=fields,
        )

        contact_info.additional_properties = d
        return contact_info

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
