# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_mailing_message_type import (
    BulkMailingMessageType,
    check_bulk_mailing_message_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_recipient import BulkRecipient


T = TypeVar("T", bound="BulkMailing")


@_attrs_define
class BulkMailing:
    """
    Attributes:
        alphaname_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        name (str): The mailing name.
        message_type (BulkMailingMessageType): `bulk`: one `text` to every phone; `personal`: a text per phone.
        delivery_list (list[BulkRecipient | str]): `bulk`: phones; `personal`: `{phone, text}` objects.
        text (str | Unset): The shared text; required for `bulk`.
        schedule_time (str | Unset): Local time `Y-m-d\\TH:i:s` (Europe/Minsk presumed), the sendBulkSms form.
    """

    alphaname_id: int | str
    name: str
    message_type: BulkMailingMessageType
    delivery_list: list[BulkRecipient | str]
    text: str | Unset = UNSET
    schedule_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_recipient import BulkRecipient

        alphaname_id: int | str
        alphaname_id = self.alphaname_id

        name = self.name

        message_type: str = self.message_type

        delivery_list = []
        for delivery_list_item_data in self.delivery_list:
            delivery_list_item: dict[str, Any] | str
            if isinstance(delivery_list_item_data, BulkRecipient):
                delivery_list_item = delivery_list_item_data.to_dict()
            else:
                delivery_list_item = delivery_list_item_data
            delivery_list.append(delivery_list_item)

        text = self.text

        schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alphaname_id": alphaname_id,
                "name": name,
                "message_type": message_type,
                "delivery_list": delivery_list,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_recipient import BulkRecipient

        d = dict(src_dict)

        def _parse_alphaname_id(data: object) -> int | str:
            return cast(int | str, data)

        alphaname_id = _parse_alphaname_id(d.pop("alphaname_id"))

        name = d.pop("name")

        message_type = check_bulk_mailing_message_type(d.pop("message_type"))

        delivery_list = []
        _delivery_list = d.pop("delivery_list")
        for delivery_list_item_data in _delivery_list:

            def _parse_delivery_list_item(data: object) -> BulkRecipient | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    delivery_list_item_type_1 = BulkRecipient.from_dict(data)

                    return delivery_list_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BulkRecipient | str, data)

            delivery_list_item = _parse_delivery_list_item(delivery_list_item_data)

            delivery_list.append(delivery_list_item)

        text = d.pop("text", UNSET)

        schedule_time = d.pop("schedule_time", UNSET)

        bulk_mailing = cls(
            alphaname_id=alphaname_id,
            name=name,
            message_type=message_type,
            delivery_list=delivery_list,
            text=text,
            schedule_time=schedule_time,
        )

        bulk_mailing.additional_properties = d
        return bulk_mailing

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
