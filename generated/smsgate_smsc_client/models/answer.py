# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Answer")


@_attrs_define
class Answer:
    """An inbound SMS (`id`, `phone`, `message`, `to_phone`, `sent` used by two clients; others *unconfirmed*).

    Attributes:
        id (int):
        received (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
        phone (str | Unset):
        message (str | Unset):
        to_phone (str | Unset):
        sent (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
    """

    id: int
    received: str | Unset = UNSET
    phone: str | Unset = UNSET
    message: str | Unset = UNSET
    to_phone: str | Unset = UNSET
    sent: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        received = self.received

        phone = self.phone

        message = self.message

        to_phone = self.to_phone

        sent = self.sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if received is not UNSET:
            field_dict["received"] = received
        if phone is not UNSET:
            field_dict["phone"] = phone
        if message is not UNSET:
            field_dict["message"] = message
        if to_phone is not UNSET:
            field_dict["to_phone"] = to_phone
        if sent is not UNSET:
            field_dict["sent"] = sent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        received = d.pop("received", UNSET)

        phone = d.pop("phone", UNSET)

        message = d.pop("message", UNSET)

        to_phone = d.pop("to_phone", UNSET)

        sent = d.pop("sent", UNSET)

        answer = cls(
            id=id,
            received=received,
            phone=phone,
            message=message,
            to_phone=to_phone,
            sent=sent,
        )

        answer.additional_properties = d
        return answer

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
