# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.viber_message_type import ViberMessageType, check_viber_message_type
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="QuickViberMediaRequest")


@_attrs_define
class QuickViberMediaRequest:
    """
    Attributes:
        phone (str): International digits without `+` or `00`.
        vibername_id (int):
        message (str):
        type_message (ViberMessageType):
        image (File | Unset): The image, for IMAGE and BUTTON.
        button (str | Unset): The button text.
        button_link (str | Unset): The button URL.
    """

    phone: str
    vibername_id: int
    message: str
    type_message: ViberMessageType
    image: File | Unset = UNSET
    button: str | Unset = UNSET
    button_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        vibername_id = self.vibername_id

        message = self.message

        type_message: str = self.type_message

        image: FileTypes | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_tuple()

        button = self.button

        button_link = self.button_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "vibername_id": vibername_id,
                "message": message,
                "type_message": type_message,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image
        if button is not UNSET:
            field_dict["button"] = button
        if button_link is not UNSET:
            field_dict["button_link"] = button_link

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("phone", (None, str(self.phone).encode(), "text/plain")))

        files.append(
            ("vibername_id", (None, str(self.vibername_id).encode(), "text/plain"))
        )

        files.append(("message", (None, str(self.message).encode(), "text/plain")))

        files.append(
            ("type_message", (None, str(self.type_message).encode(), "text/plain"))
        )

        if not isinstance(self.image, Unset):
            files.append(("image", self.image.to_tuple()))

        if not isinstance(self.button, Unset):
            files.append(("button", (None, str(self.button).encode(), "text/plain")))

        if not isinstance(self.button_link, Unset):
            files.append(
                ("button_link", (None, str(self.button_link).encode(), "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        vibername_id = d.pop("vibername_id")

        message = d.pop("message")

        type_message = check_viber_message_type(d.pop("type_message"))

        _image = d.pop("image", UNSET)
        image: File | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = File(payload=BytesIO(_image))

        button = d.pop("button", UNSET)

        button_link = d.pop("button_link", UNSET)

        quick_viber_media_request = cls(
            phone=phone,
            vibername_id=vibername_id,
            message=message,
            type_message=type_message,
            image=image,
            button=button,
            button_link=button_link,
        )

        quick_viber_media_request.additional_properties = d
        return quick_viber_media_request

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
