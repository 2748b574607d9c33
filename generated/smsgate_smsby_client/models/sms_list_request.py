# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsListRequest")


@_attrs_define
class SmsListRequest:
    """
    Attributes:
        name (str):
        message (str):
        d_schedule (str): Local time `Y-m-d H:i` (Europe/Minsk presumed).
        list_id (int):
        alphaname_id (int):
    """

    name: str
    message: str
    d_schedule: str
    list_id: int
    alphaname_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        message = self.message

        d_schedule = self.d_schedule

        list_id = self.list_id

        alphaname_id = self.alphaname_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "message": message,
                "d_schedule": d_schedule,
                "list_id": list_id,
                "alphaname_id": alphaname_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        message = d.pop("message")

        d_schedule = d.pop("d_schedule")

        list_id = d.pop("list_id")

        alphaname_id = d.pop("alphaname_id")

        sms_list_request = cls(
            name=name,
            message=message,
            d_schedule=d_schedule,
            list_id=list_id,
            alphaname_id=alphaname_id,
        )

        sms_list_request.additional_properties = d
        return sms_list_request

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
