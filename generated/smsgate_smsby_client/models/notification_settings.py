# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationSettings")


@_attrs_define
class NotificationSettings:
    """
    Attributes:
        can_mailing (Flag | Unset): 1 on, 0 off.
        balance (int | Unset): The low-balance threshold.
        send_balance_email (Flag | Unset): 1 on, 0 off.
    """

    can_mailing: Flag | Unset = UNSET
    balance: int | Unset = UNSET
    send_balance_email: Flag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_mailing: int | Unset = UNSET
        if not isinstance(self.can_mailing, Unset):
            can_mailing = self.can_mailing

        balance = self.balance

        send_balance_email: int | Unset = UNSET
        if not isinstance(self.send_balance_email, Unset):
            send_balance_email = self.send_balance_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_mailing is not UNSET:
            field_dict["can_mailing"] = can_mailing
        if balance is not UNSET:
            field_dict["balance"] = balance
        if send_balance_email is not UNSET:
            field_dict["send_balance_email"] = send_balance_email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _can_mailing = d.pop("can_mailing", UNSET)
        can_mailing: Flag | Unset
        if isinstance(_can_mailing, Unset):
            can_mailing = UNSET
        else:
            can_mailing = check_flag(_can_mailing)

        balance = d.pop("balance", UNSET)

        _send_balance_email = d.pop("send_balance_email", UNSET)
        send_balance_email: Flag | Unset
        if isinstance(_send_balance_email, Unset):
            send_balance_email = UNSET
        else:
            send_balance_email = check_flag(_send_balance_email)

        notification_settings = cls(
            can_mailing=can_mailing,
            balance=balance,
            send_balance_email=send_balance_email,
        )

        notification_settings.additional_properties = d
        return notification_settings

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
