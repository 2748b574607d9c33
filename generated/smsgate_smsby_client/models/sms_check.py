# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCheck")


@_attrs_define
class SmsCheck:
    """
    Attributes:
        sms_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        sent (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
        delivered (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
    """

    sms_id: int | str
    sent: int | str | Unset = UNSET
    delivered: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id: int | str
        sms_id = self.sms_id

        sent: int | str | Unset
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        delivered: int | str | Unset
        if isinstance(self.delivered, Unset):
            delivered = UNSET
        else:
            delivered = self.delivered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
            }
        )
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sms_id = cast(int | str, d.pop("sms_id"))

        sent = cast(int | str | Unset, d.pop("sent", UNSET))

        delivered = cast(int | str | Unset, d.pop("delivered", UNSET))

        sms_check = cls(
            sms_id=sms_id,
            sent=sent,
            delivered=delivered,
        )

        sms_check.additional_properties = d
        return sms_check

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
