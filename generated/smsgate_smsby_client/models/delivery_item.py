# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status_type_0 import (
    DeliveryStatusType0,
    check_delivery_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryItem")


@_attrs_define
class DeliveryItem:
    """
    Attributes:
        phone (int | str): A phone, a string in most replies but a JSON number in getSmsDeliveryList (int64).
        status (DeliveryStatusType0 | str): The state of one phone of a message, lower case. Known values (not a closed
            list;
            only `sent` and `delivered` are in the docs): `new`, `sent`, `delivered` (final),
            `undelivered` (final), `expired` (final).
        d_sent (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
    """

    phone: int | str
    status: DeliveryStatusType0 | str
    d_sent: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone: int | str
        phone = self.phone

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        d_sent: int | str | Unset
        if isinstance(self.d_sent, Unset):
            d_sent = UNSET
        else:
            d_sent = self.d_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "status": status,
            }
        )
        if d_sent is not UNSET:
            field_dict["d_sent"] = d_sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = cast(int | str, d.pop("phone"))

        def _parse_status(data: object) -> DeliveryStatusType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_delivery_status_type_0 = check_delivery_status_type_0(
                    data
                )

                return componentsschemas_delivery_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryStatusType0 | str, data)

        status = _parse_status(d.pop("status"))

        d_sent = cast(int | str | Unset, d.pop("d_sent", UNSET))

        delivery_item = cls(
            phone=phone,
            status=status,
            d_sent=d_sent,
        )

        delivery_item.additional_properties = d
        return delivery_item

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
