# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sender")


@_attrs_define
class Sender:
    """
    Attributes:
        sender (str):
        id (int | Unset): *unconfirmed*
        cmt (str | Unset):
        status (str | Unset): *unconfirmed*
    """

    sender: str
    id: int | Unset = UNSET
    cmt: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        id = self.id

        cmt = self.cmt

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if cmt is not UNSET:
            field_dict["cmt"] = cmt
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sender = d.pop("sender")

        id = d.pop("id", UNSET)

        cmt = d.pop("cmt", UNSET)

        status = d.pop("status", UNSET)

        sender = cls(
            sender=sender,
            id=id,
            cmt=cmt,
            status=status,
        )

        sender.additional_properties = d
        return sender

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
