# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.viber_content_type import ViberContentType, check_viber_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViberContent")


@_attrs_define
class ViberContent:
    """
    Attributes:
        type_ (ViberContentType): `image` only with `message_type: bulk`.
        image_url (str | Unset): A public image URL, for `image` and `button`.
        caption (str | Unset): The button caption.
    """

    type_: ViberContentType
    image_url: str | Unset = UNSET
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        image_url = self.image_url

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if caption is not UNSET:
            field_dict["caption"] = caption

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_viber_content_type(d.pop("type"))

        image_url = d.pop("image_url", UNSET)

        caption = d.pop("caption", UNSET)

        viber_content = cls(
            type_=type_,
            image_url=image_url,
            caption=caption,
        )

        viber_content.additional_properties = d
        return viber_content

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
