# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_status_type_0 import SendStatusType0, check_send_status_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCheck")


@_attrs_define
class SmsCheck:
    """
    Attributes:
        sms_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        status (SendStatusType0 | str | Unset): The state of one SMS or one mailing, upper case. Known values (not a
            closed list;
            only NEW and DELIVERED are in the docs, the rest are *unconfirmed*):

            | value | meaning |
            |---|---|
            | NEW | accepted, not sent yet |
            | SENT | handed to the operator |
            | DELIVERED | delivered to the phone (final) |
            | UNDELIVERED | not delivered (final) |
            | EXPIRED | not delivered in time (final) |
            | REJECTED | refused by the operator (final) |
            | ERROR | failed (final) |
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
    status: SendStatusType0 | str | Unset = UNSET
    sent: int | str | Unset = UNSET
    delivered: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id: int | str
        sms_id = self.sms_id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

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
        if status is not UNSET:
            field_dict["status"] = status
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sms_id = cast(int | str, d.pop("sms_id"))

        def _parse_status(data: object) -> SendStatusType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_send_status_type_0 = check_send_status_type_0(data)

                return componentsschemas_send_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SendStatusType0 | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        sent = cast(int | str | Unset, d.pop("sent", UNSET))

        delivered = cast(int | str | Unset, d.pop("delivered", UNSET))

        sms_check = cls(
            sms_id=sms_id,
            status=status,
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
