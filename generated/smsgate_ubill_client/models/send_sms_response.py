# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSMSResponse")


@_attrs_define
class SendSMSResponse:
    """
    Attributes:
        status_id (int): Request-level status: `0` is success; any other value is an error whose meaning
            depends on the operation (see its description). Not an enum on purpose: a code uBill
            adds later must still reach the caller as an API error, not as a decoding failure.
        message (str | Unset): Human-readable text, such as "SMS Sent".
        sms_id (int | str | Unset): An ID that uBill's document types as a string and live replies carry as an integer.
    """

    status_id: int
    message: str | Unset = UNSET
    sms_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        message = self.message

        sms_id: int | str | Unset
        if isinstance(self.sms_id, Unset):
            sms_id = UNSET
        else:
            sms_id = self.sms_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusID": status_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if sms_id is not UNSET:
            field_dict["smsID"] = sms_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status_id = d.pop("statusID")

        message = d.pop("message", UNSET)

        sms_id = cast(int | str | Unset, d.pop("smsID", UNSET))

        send_sms_response = cls(
            status_id=status_id,
            message=message,
            sms_id=sms_id,
        )

        send_sms_response.additional_properties = d
        return send_sms_response

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
