# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsStatusResult")


@_attrs_define
class SmsStatusResult:
    """
    Attributes:
        status (str): Delivery status of an SMS (checkSms, SMS delivery reports). `err_*` is a final failure, `ok_*` in
            progress or delivered, `not_sent` pending; Selzy may add values, so any `ok_`/`err_` string is accepted.

            | value | meaning | final |
            |---|---|---|
            | not_sent | queued, not sent yet | no |
            | ok_sent | handed to the carrier | no |
            | ok_delivered | delivered | yes |
            | err_src_invalid | sender wrong | yes |
            | err_dest_invalid | number wrong | yes |
            | err_skip_letter | skipped (number changed or removed, message deleted) | yes |
            | err_not_allowed | carrier not served | yes |
            | err_delivery_failed | not delivered (nonexistent or phone off) | yes |
            | err_lost | lost; send again | yes |
            | err_internal | internal failure; send again | yes |
    """

    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        sms_status_result = cls(
            status=status,
        )

        sms_status_result.additional_properties = d
        return sms_status_result

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
