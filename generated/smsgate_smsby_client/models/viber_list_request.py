# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.viber_message_type import ViberMessageType, check_viber_message_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ViberListRequest")


@_attrs_define
class ViberListRequest:
    """
    Attributes:
        name (str):
        vibername_id (int):
        list_id (int):
        d_schedule (str): Local time `Y-m-d H:i` (Europe/Minsk presumed).
        type_message (ViberMessageType):
        message (str):
        button (str | Unset):
        button_link (str | Unset):
    """

    name: str
    vibername_id: int
    list_id: int
    d_schedule: str
    type_message: ViberMessageType
    message: str
    button: str | Unset = UNSET
    button_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vibername_id = self.vibername_id

        list_id = self.list_id

        d_schedule = self.d_schedule

        type_message: str = self.type_message

        message = self.message

        button = self.button

        button_link = self.button_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "vibername_id": vibername_id,
                "list_id": list_id,
                "d_schedule": d_schedule,
                "type_message": type_message,
                "message": message,
            }
        )
        if button is not UNSET:
            field_dict["button"] = button
        if button_link is not UNSET:
            field_dict["button_link"] = button_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        vibername_id = d.pop("vibername_id")

        list_id = d.pop("list_id")

        d_schedule = d.pop("d_schedule")

        type_message = check_viber_message_type(d.pop("type_message"))

        message = d.pop("message")

        button = d.pop("button", UNSET)

        button_link = d.pop("button_link", UNSET)

        viber_list_request = cls(
            name=name,
            vibername_id=vibername_id,
            list_id=list_id,
            d_schedule=d_schedule,
            type_message=type_message,
            message=message,
            button=button,
            button_link=button_link,
        )

        viber_list_request.additional_properties = d
        return viber_list_request

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
