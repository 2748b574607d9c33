# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bill")


@_attrs_define
class Bill:
    """
    Attributes:
        id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        user_id (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        d_create (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
        d_payment (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
        amount (float | str | Unset): An amount, usually a decimal string (`"718.40600"`), a number elsewhere.
        manager_id (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        comment (None | str | Unset):
        info (int | None | str | Unset): A string in getBills, a number in createBill.
        type_ (str | Unset):
        rent (int | None | str | Unset):
        number (int | None | str | Unset):
    """

    id: int | str
    user_id: int | str | Unset = UNSET
    d_create: int | str | Unset = UNSET
    d_payment: int | str | Unset = UNSET
    amount: float | str | Unset = UNSET
    manager_id: int | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    info: int | None | str | Unset = UNSET
    type_: str | Unset = UNSET
    rent: int | None | str | Unset = UNSET
    number: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        user_id: int | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        d_create: int | str | Unset
        if isinstance(self.d_create, Unset):
            d_create = UNSET
        else:
            d_create = self.d_create

        d_payment: int | str | Unset
        if isinstance(self.d_payment, Unset):
            d_payment = UNSET
        else:
            d_payment = self.d_payment

        amount: float | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        manager_id: int | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        else:
            manager_id = self.manager_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        info: int | None | str | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        else:
            info = self.info

        type_ = self.type_

        rent: int | None | str | Unset
        if isinstance(self.rent, Unset):
            rent = UNSET
        else:
            rent = self.rent

        number: int | None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if d_create is not UNSET:
            field_dict["d_create"] = d_create
        if d_payment is not UNSET:
            field_dict["d_payment"] = d_payment
        if amount is not UNSET:
            field_dict["amount"] = amount
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if info is not UNSET:
            field_dict["info"] = info
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rent is not UNSET:
            field_dict["rent"] = rent
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        user_id = cast(int | str | Unset, d.pop("user_id", UNSET))

        d_create = cast(int | str | Unset, d.pop("d_create", UNSET))

        d_payment = cast(int | str | Unset, d.pop("d_payment", UNSET))

        amount = cast(float | str | Unset, d.pop("amount", UNSET))

        manager_id = cast(int | str | Unset, d.pop("manager_id", UNSET))

        comment = cast(None | str | Unset, d.pop("comment", UNSET))

        info = cast(int | None | str | Unset, d.pop("info", UNSET))

        type_ = d.pop("type", UNSET)

        rent = cast(int | None | str | Unset, d.pop("rent", UNSET))

        number = cast(int | None | str | Unset, d.pop("number", UNSET))

        bill = cls(
            id=id,
            user_id=user_id,
            d_create=d_create,
            d_payment=d_payment,
            amount=amount,
            manager_id=manager_id,
            comment=comment,
            info=info,
            type_=type_,
            rent=rent,
            number=number,
        )

        bill.additional_properties = d
        return bill

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
