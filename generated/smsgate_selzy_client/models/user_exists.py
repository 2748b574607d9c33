# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserExists")


@_attrs_define
class UserExists:
    """
    Attributes:
        login_exists (bool | int):
        email_exists (bool | int):
    """

    login_exists: bool | int
    email_exists: bool | int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_exists: bool | int
        login_exists = self.login_exists

        email_exists: bool | int
        email_exists = self.email_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login_exists": login_exists,
                "email_exists": email_exists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login_exists = cast(bool | int, d.pop("login_exists"))

        email_exists = cast(bool | int, d.pop("email_exists"))

        user_exists = cls(
            login_exists=login_exists,
            email_exists=email_exists,
        )

        user_exists.additional_properties = d
        return user_exists

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
