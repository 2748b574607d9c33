# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """A contact; every value is a string (recorded, 2013). `int_id` is the id that `after_id` pages by (*unconfirmed* key
    name).

        Attributes:
            int_id (str | Unset):
            phone (str | Unset):
            mail (str | Unset):
            name (str | Unset):
            group (str | Unset): Comma-separated group ids.
            first_name (str | Unset):
            last_name (str | Unset):
            middle_name (str | Unset):
            birthday (str | Unset):
            id (str | Unset): The client's own id (`myid`).
            comments (str | Unset):
            tags (str | Unset):
            phone_other (str | Unset):
    """

    int_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    mail: str | Unset = UNSET
    name: str | Unset = UNSET
    group: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    birthday: str | Unset = UNSET
    id: str | Unset = UNSET
    comments: str | Unset = UNSET
    tags: str | Unset = UNSET
    phone_other: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        int_id = self.int_id

        phone = self.phone

        mail = self.mail

        name = self.name

        group = self.group

        first_name = self.first_name

        last_name = self.last_name

        middle_name = self.middle_name

        birthday = self.birthday

        id = self.id

        comments = self.comments

        tags = self.tags

        phone_other = self.phone_other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if int_id is not UNSET:
            field_dict["int_id"] = int_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mail is not UNSET:
            field_dict["mail"] = mail
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if id is not UNSET:
            field_dict["id"] = id
        if comments is not UNSET:
            field_dict["comments"] = comments
        if tags is not UNSET:
            field_dict["tags"] = tags
        if phone_other is not UNSET:
            field_dict["phone_other"] = phone_other

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        int_id = d.pop("int_id", UNSET)

        phone = d.pop("phone", UNSET)

        mail = d.pop("mail", UNSET)

        name = d.pop("name", UNSET)

        group = d.pop("group", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        birthday = d.pop("birthday", UNSET)

        id = d.pop("id", UNSET)

        comments = d.pop("comments", UNSET)

        tags = d.pop("tags", UNSET)

        phone_other = d.pop("phone_other", UNSET)

        contact = cls(
            int_id=int_id,
            phone=phone,
            mail=mail,
            name=name,
            group=group,
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            birthday=birthday,
            id=id,
            comments=comments,
            tags=tags,
            phone_other=phone_other,
        )

        contact.additional_properties = d
        return contact

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
