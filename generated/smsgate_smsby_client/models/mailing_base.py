# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailingBase")


@_attrs_define
class MailingBase:
    """
    Attributes:
        alphaname_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        name (str): The mailing name.
        schedule_time (str | Unset): Local time `Y-m-d\\TH:i:s` (Europe/Minsk presumed), the sendBulkSms form.
    """

    alphaname_id: int | str
    name: str
    schedule_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alphaname_id: int | str
        alphaname_id = self.alphaname_id

        name = self.name

        schedule_time = self.schedule_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alphaname_id": alphaname_id,
                "name": name,
            }
        )
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        alphaname_id = cast(int | str, d.pop("alphaname_id"))

        name = d.pop("name")

        schedule_time = d.pop("schedule_time", UNSET)

        mailing_base = cls(
            alphaname_id=alphaname_id,
            name=name,
            schedule_time=schedule_time,
        )

        mailing_base.additional_properties = d
        return mailing_base

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
