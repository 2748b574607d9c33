# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlashCallRequest")


@_attrs_define
class FlashCallRequest:
    """
    Attributes:
        phone (str): International digits without `+` or `00`.
        code (int | Unset): Generated when absent.
        attempt (int | Unset): 3 by default.
        time_valid (int | Unset): Seconds the code stays valid; 90 by default.
    """

    phone: str
    code: int | Unset = UNSET
    attempt: int | Unset = UNSET
    time_valid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        code = self.code

        attempt = self.attempt

        time_valid = self.time_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if attempt is not UNSET:
            field_dict["attempt"] = attempt
        if time_valid is not UNSET:
            field_dict["time_valid"] = time_valid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        code = d.pop("code", UNSET)

        attempt = d.pop("attempt", UNSET)

        time_valid = d.pop("time_valid", UNSET)

        flash_call_request = cls(
            phone=phone,
            code=code,
            attempt=attempt,
            time_valid=time_valid,
        )

        flash_call_request.additional_properties = d
        return flash_call_request

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
