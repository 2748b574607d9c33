# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_text_mailing_message_type import (
    BulkTextMailingMessageType,
    check_bulk_text_mailing_message_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.viber_content import ViberContent


T = TypeVar("T", bound="ViberBulkMailing")


@_attrs_define
class ViberBulkMailing:
    """
    Attributes:
        alphaname_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        name (str): The mailing name.
        message_type (BulkTextMailingMessageType):
        text (str): The shared text.
        delivery_list (list[str]):
        content (ViberContent):
        schedule_time (str | Unset): Local time `Y-m-d\\TH:i:s` (Europe/Minsk presumed), the sendBulkSms form.
    """

    alphaname_id: int | str
    name: str
    message_type: BulkTextMailingMessageType
    text: str
    delivery_list: list[str]
    content: ViberContent
    schedule_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alphaname_id: int | str
        alphaname_id = self.alphaname_id

        name = self.name

        message_type: str = self.message_type

        text = self.text

        delivery_list = self.delivery_list

        content = self.content.to_dict()

        schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alphaname_id": alphaname_id,
                "name": name,
                "message_type": message_type,
                "text": text,
                "delivery_list": delivery_list,
                "content": content,
            }
        )
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.viber_content import ViberContent

        d = dict(src_dict)
        alphaname_id = cast(int | str, d.pop("alphaname_id"))

        name = d.pop("name")

        message_type = check_bulk_text_mailing_message_type(d.pop("message_type"))

        text = d.pop("text")

        delivery_list = cast(list[str], d.pop("delivery_list"))

        content = ViberContent.from_dict(d.pop("content"))

        schedule_time = d.pop("schedule_time", UNSET)

        viber_bulk_mailing = cls(
            alphaname_id=alphaname_id,
            name=name,
            message_type=message_type,
            text=text,
            delivery_list=delivery_list,
            content=content,
            schedule_time=schedule_time,
        )

        viber_bulk_mailing.additional_properties = d
        return viber_bulk_mailing

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
