# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """The arguments of `sendSms`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        phone (str): Comma-separated international numbers, at most 150.
        sender (str): A registered alpha name, 3..11 Latin letters, digits and some punctuation.
        text (str): Up to 1000 characters; substitution fields are not processed.
    """

    phone: str
    sender: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        sender = self.sender

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "sender": sender,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        sender = d.pop("sender")

        text = d.pop("text")

        send_sms_request = cls(
            phone=phone,
            sender=sender,
            text=text,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
