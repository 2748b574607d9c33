# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="ForwardingOptions")


@_attrs_define
class ForwardingOptions:
    """
    Attributes:
        forwarding_message (Flag | Unset): 1 on, 0 off.
        forwarding_time (int | Unset): Minutes before the Viber resend; 60 by default.
        vibername_id (int | Unset): The Viber sender of the resend.
    """

    forwarding_message: Flag | Unset = UNSET
    forwarding_time: int | Unset = UNSET
    vibername_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forwarding_message: int | Unset = UNSET
        if not isinstance(self.forwarding_message, Unset):
            forwarding_message = self.forwarding_message

        forwarding_time = self.forwarding_time

        vibername_id = self.vibername_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forwarding_message is not UNSET:
            field_dict["forwarding_message"] = forwarding_message
        if forwarding_time is not UNSET:
            field_dict["forwarding_time"] = forwarding_time
        if vibername_id is not UNSET:
            field_dict["vibername_id"] = vibername_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _forwarding_message = d.pop("forwarding_message", UNSET)
        forwarding_message: Flag | Unset
        if isinstance(_forwarding_message, Unset):
            forwarding_message = UNSET
        else:
            forwarding_message = check_flag(_forwarding_message)

        forwarding_time = d.pop("forwarding_time", UNSET)

        vibername_id = d.pop("vibername_id", UNSET)

        forwarding_options = cls(
            forwarding_message=forwarding_message,
            forwarding_time=forwarding_time,
            vibername_id=vibername_id,
        )

        forwarding_options.additional_properties = d
        return forwarding_options

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
