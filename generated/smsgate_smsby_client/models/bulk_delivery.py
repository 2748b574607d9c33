# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_status_type_0 import SendStatusType0, check_send_status_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkDelivery")


@_attrs_define
class BulkDelivery:
    """
    Attributes:
        delivery_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        phone (int | str): A phone, a string in most replies but a JSON number in getSmsDeliveryList (int64).
        status (SendStatusType0 | str): The state of one SMS or one mailing, upper case. Known values (not a closed
            list;
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
        status_time (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
    """

    delivery_id: int | str
    phone: int | str
    status: SendStatusType0 | str
    status_time: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id: int | str
        delivery_id = self.delivery_id

        phone: int | str
        phone = self.phone

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        status_time: int | str | Unset
        if isinstance(self.status_time, Unset):
            status_time = UNSET
        else:
            status_time = self.status_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "phone": phone,
                "status": status,
            }
        )
        if status_time is not UNSET:
            field_dict["status_time"] = status_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivery_id = cast(int | str, d.pop("delivery_id"))

        phone = cast(int | str, d.pop("phone"))

        def _parse_status(data: object) -> SendStatusType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_send_status_type_0 = check_send_status_type_0(data)

                return componentsschemas_send_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SendStatusType0 | str, data)

        status = _parse_status(d.pop("status"))

        status_time = cast(int | str | Unset, d.pop("status_time", UNSET))

        bulk_delivery = cls(
            delivery_id=delivery_id,
            phone=phone,
            status=status,
            status_time=status_time,
        )

        bulk_delivery.additional_properties = d
        return bulk_delivery

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
