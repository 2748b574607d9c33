# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.black_entry_type import BlackEntryType, check_black_entry_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BlackEntry")


@_attrs_define
class BlackEntry:
    """A black-list entry (*unconfirmed* keys).

    Attributes:
        id (int): The global id that `prev_id` pages by.
        phone (str | Unset):
        mail (str | Unset):
        type_ (BlackEntryType | Unset): 0 all messages, 1 mass mailings, 2 single messages.
        cmt (str | Unset):
    """

    id: int
    phone: str | Unset = UNSET
    mail: str | Unset = UNSET
    type_: BlackEntryType | Unset = UNSET
    cmt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone = self.phone

        mail = self.mail

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        cmt = self.cmt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mail is not UNSET:
            field_dict["mail"] = mail
        if type_ is not UNSET:
            field_dict["type"] = type_
        if cmt is not UNSET:
            field_dict["cmt"] = cmt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone", UNSET)

        mail = d.pop("mail", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: BlackEntryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_black_entry_type(_type_)

        cmt = d.pop("cmt", UNSET)

        black_entry = cls(
            id=id,
            phone=phone,
            mail=mail,
            type_=type_,
            cmt=cmt,
        )

        black_entry.additional_properties = d
        return black_entry

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
