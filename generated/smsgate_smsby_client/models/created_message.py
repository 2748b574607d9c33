# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedMessage")


@_attrs_define
class CreatedMessage:
    """
    Attributes:
        message_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        status (str | Unset): `ok`.
        parts (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        len_ (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        alphaname (str | Unset):
        time (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
    """

    message_id: int | str
    status: str | Unset = UNSET
    parts: int | str | Unset = UNSET
    len_: int | str | Unset = UNSET
    alphaname: str | Unset = UNSET
    time: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id: int | str
        message_id = self.message_id

        status = self.status

        parts: int | str | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        else:
            parts = self.parts

        len_: int | str | Unset
        if isinstance(self.len_, Unset):
            len_ = UNSET
        else:
            len_ = self.len_

        alphaname = self.alphaname

        time: int | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if parts is not UNSET:
            field_dict["parts"] = parts
        if len_ is not UNSET:
            field_dict["len"] = len_
        if alphaname is not UNSET:
            field_dict["alphaname"] = alphaname
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = cast(int | str, d.pop("message_id"))

        status = d.pop("status", UNSET)

        parts = cast(int | str | Unset, d.pop("parts", UNSET))

        len_ = cast(int | str | Unset, d.pop("len", UNSET))

        alphaname = d.pop("alphaname", UNSET)

        time = cast(int | str | Unset, d.pop("time", UNSET))

        created_message = cls(
            message_id=message_id,
            status=status,
            parts=parts,
            len_=len_,
            alphaname=alphaname,
            time=time,
        )

        created_message.additional_properties = d
        return created_message

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
