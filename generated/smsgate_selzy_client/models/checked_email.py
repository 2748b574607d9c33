# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckedEmail")


@_attrs_define
class CheckedEmail:
    """
    Attributes:
        email (str):
        name (None | str | Unset):
        is_checked (bool | int | Unset):
    """

    email: str
    name: None | str | Unset = UNSET
    is_checked: bool | int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_checked: bool | int | Unset
        if isinstance(self.is_checked, Unset):
            is_checked = UNSET
        else:
            is_checked = self.is_checked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if is_checked is not UNSET:
            field_dict["is_checked"] = is_checked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        is_checked = cast(bool | int | Unset, d.pop("is_checked", UNSET))

        checked_email = cls(
            email=email,
            name=name,
            is_checked=is_checked,
        )

        checked_email.additional_properties = d
        return checked_email

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
