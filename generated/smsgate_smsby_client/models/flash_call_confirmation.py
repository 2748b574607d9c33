# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlashCallConfirmation")


@_attrs_define
class FlashCallConfirmation:
    """
    Attributes:
        fclid (str | Unset):
        phone (int | str | Unset): A phone, a string in most replies but a JSON number in getSmsDeliveryList (int64).
        activated_at (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
        valid (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        quantity (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
    """

    fclid: str | Unset = UNSET
    phone: int | str | Unset = UNSET
    activated_at: int | str | Unset = UNSET
    valid: int | str | Unset = UNSET
    quantity: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fclid = self.fclid

        phone: int | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        activated_at: int | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        else:
            activated_at = self.activated_at

        valid: int | str | Unset
        if isinstance(self.valid, Unset):
            valid = UNSET
        else:
            valid = self.valid

        quantity: int | str | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fclid is not UNSET:
            field_dict["fclid"] = fclid
        if phone is not UNSET:
            field_dict["phone"] = phone
        if activated_at is not UNSET:
            field_dict["activated_at"] = activated_at
        if valid is not UNSET:
            field_dict["valid"] = valid
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fclid = d.pop("fclid", UNSET)

        phone = cast(int | str | Unset, d.pop("phone", UNSET))

        activated_at = cast(int | str | Unset, d.pop("activated_at", UNSET))

        valid = cast(int | str | Unset, d.pop("valid", UNSET))

        quantity = cast(int | str | Unset, d.pop("quantity", UNSET))

        flash_call_confirmation = cls(
            fclid=fclid,
            phone=phone,
            activated_at=activated_at,
            valid=valid,
            quantity=quantity,
        )

        flash_call_confirmation.additional_properties = d
        return flash_call_confirmation

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
