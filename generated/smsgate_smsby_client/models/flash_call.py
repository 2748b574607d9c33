# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlashCall")


@_attrs_define
class FlashCall:
    """
    Attributes:
        code (int | str): An id or count sent as a number in some replies and as a digit string in others.
        phone (int | str): A phone, a string in most replies but a JSON number in getSmsDeliveryList (int64).
        fclid (str): The call id (32 hex digits).
        time_valid (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        attempt (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
    """

    code: int | str
    phone: int | str
    fclid: str
    time_valid: int | str | Unset = UNSET
    attempt: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
        code = self.code

        phone: int | str
        phone = self.phone

        fclid = self.fclid

        time_valid: int | str | Unset
        if isinstance(self.time_valid, Unset):
            time_valid = UNSET
        else:
            time_valid = self.time_valid

        attempt: int | str | Unset
        if isinstance(self.attempt, Unset):
            attempt = UNSET
        else:
            attempt = self.attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "phone": phone,
                "fclid": fclid,
            }
        )
        if time_valid is not UNSET:
            field_dict["time_valid"] = time_valid
        if attempt is not UNSET:
            field_dict["attempt"] = attempt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = cast(int | str, d.pop("code"))

        phone = cast(int | str, d.pop("phone"))

        fclid = d.pop("fclid")

        time_valid = cast(int | str | Unset, d.pop("time_valid", UNSET))

        attempt = cast(int | str | Unset, d.pop("attempt", UNSET))

        flash_call = cls(
            code=code,
            phone=phone,
            fclid=fclid,
            time_valid=time_valid,
            attempt=attempt,
        )

        flash_call.additional_properties = d
        return flash_call

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
