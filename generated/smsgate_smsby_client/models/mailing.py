# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_status_type_0 import SendStatusType0, check_send_status_type_0
from ..types import UNSET, Unset

T = TypeVar("T", bound="Mailing")


@_attrs_define
class Mailing:
    """
    Attributes:
        id (int | str): An id or count sent as a number in some replies and as a digit string in others.
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
        name (str | Unset):
        d_create (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
        d_schedule (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
        type_ (str | Unset): WEB or API.
        parts (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        count_phones (int | str | Unset): An id or count sent as a number in some replies and as a digit string in
            others.
        sms_delivered (int | str | Unset): An id or count sent as a number in some replies and as a digit string in
            others.
        cost (float | str | Unset): An amount, usually a decimal string (`"718.40600"`), a number elsewhere.
        alphaname (str | Unset):
    """

    id: int | str
    status: SendStatusType0 | str
    name: str | Unset = UNSET
    d_create: int | str | Unset = UNSET
    d_schedule: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    parts: int | str | Unset = UNSET
    count_phones: int | str | Unset = UNSET
    sms_delivered: int | str | Unset = UNSET
    cost: float | str | Unset = UNSET
    alphaname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        name = self.name

        d_create: int | str | Unset
        if isinstance(self.d_create, Unset):
            d_create = UNSET
        else:
            d_create = self.d_create

        d_schedule: int | str | Unset
        if isinstance(self.d_schedule, Unset):
            d_schedule = UNSET
        else:
            d_schedule = self.d_schedule

        type_ = self.type_

        parts: int | str | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        else:
            parts = self.parts

        count_phones: int | str | Unset
        if isinstance(self.count_phones, Unset):
            count_phones = UNSET
        else:
            count_phones = self.count_phones

        sms_delivered: int | str | Unset
        if isinstance(self.sms_delivered, Unset):
            sms_delivered = UNSET
        else:
            sms_delivered = self.sms_delivered

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        alphaname = self.alphaname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if d_create is not UNSET:
            field_dict["d_create"] = d_create
        if d_schedule is not UNSET:
            field_dict["d_schedule"] = d_schedule
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parts is not UNSET:
            field_dict["parts"] = parts
        if count_phones is not UNSET:
            field_dict["count_phones"] = count_phones
        if sms_delivered is not UNSET:
            field_dict["sms_delivered"] = sms_delivered
        if cost is not UNSET:
            field_dict["cost"] = cost
        if alphaname is not UNSET:
            field_dict["alphaname"] = alphaname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

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

        name = d.pop("name", UNSET)

        d_create = cast(int | str | Unset, d.pop("d_create", UNSET))

        d_schedule = cast(int | str | Unset, d.pop("d_schedule", UNSET))

        type_ = d.pop("type", UNSET)

        parts = cast(int | str | Unset, d.pop("parts", UNSET))

        count_phones = cast(int | str | Unset, d.pop("count_phones", UNSET))

        sms_delivered = cast(int | str | Unset, d.pop("sms_delivered", UNSET))

        cost = cast(float | str | Unset, d.pop("cost", UNSET))

        alphaname = d.pop("alphaname", UNSET)

        mailing = cls(
            id=id,
            status=status,
            name=name,
            d_create=d_create,
            d_schedule=d_schedule,
            type_=type_,
            parts=parts,
            count_phones=count_phones,
            sms_delivered=sms_delivered,
            cost=cost,
            alphaname=alphaname,
        )

        mailing.additional_properties = d
        return mailing

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
