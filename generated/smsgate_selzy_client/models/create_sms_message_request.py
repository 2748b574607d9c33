# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSmsMessageRequest")


@_attrs_define
class CreateSmsMessageRequest:
    """The arguments of `createSmsMessage`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        sender (str): A registered alpha name, 3..11 Latin letters, digits and some punctuation.
        body (str): The text; may hold substitution fields like `{{Name}}`.
        list_id (int): Exactly one list per message.
        tag (str | Unset): Only contacts with this tag.
        categories (str | Unset): Comma-separated free-text categories.
        series_day (int | Unset): Legacy auto-series parameter; *unconfirmed*.
        series_time (str | Unset): Legacy auto-series parameter; *unconfirmed*.
    """

    sender: str
    body: str
    list_id: int
    tag: str | Unset = UNSET
    categories: str | Unset = UNSET
    series_day: int | Unset = UNSET
    series_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender = self.sender

        body = self.body

        list_id = self.list_id

        tag = self.tag

        categories = self.categories

        series_day = self.series_day

        series_time = self.series_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
                "body": body,
                "list_id": list_id,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if categories is not UNSET:
            field_dict["categories"] = categories
        if series_day is not UNSET:
            field_dict["series_day"] = series_day
        if series_time is not UNSET:
            field_dict["series_time"] = series_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sender = d.pop("sender")

        body = d.pop("body")

        list_id = d.pop("list_id")

        tag = d.pop("tag", UNSET)

        categories = d.pop("categories", UNSET)

        series_day = d.pop("series_day", UNSET)

        series_time = d.pop("series_time", UNSET)

        create_sms_message_request = cls(
            sender=sender,
            body=body,
            list_id=list_id,
            tag=tag,
            categories=categories,
            series_day=series_day,
            series_time=series_time,
        )

        create_sms_message_request.additional_properties = d
        return create_sms_message_request

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
