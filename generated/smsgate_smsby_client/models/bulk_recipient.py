# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkRecipient")


@_attrs_define
class BulkRecipient:
    """
    Attributes:
        phone (str): International digits without `+` or `00`.
        text (str):
        button_link (str | Unset): Viber only, a per-recipient button URL (`personal` with a `button` content).
    """

    phone: str
    text: str
    button_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        text = self.text

        button_link = self.button_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "text": text,
            }
        )
        if button_link is not UNSET:
            field_dict["button_link"] = button_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        text = d.pop("text")

        button_link = d.pop("button_link", UNSET)

        bulk_recipient = cls(
            phone=phone,
            text=text,
            button_link=button_link,
        )

        bulk_recipient.additional_properties = d
        return bulk_recipient

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
