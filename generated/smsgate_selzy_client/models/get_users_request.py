# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsersRequest")


@_attrs_define
class GetUsersRequest:
    """The arguments of `getUsers`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        registered_after (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
        registered_before (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
    """

    registered_after: str | Unset = UNSET
    registered_before: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registered_after = self.registered_after

        registered_before = self.registered_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registered_after is not UNSET:
            field_dict["registered_after"] = registered_after
        if registered_before is not UNSET:
            field_dict["registered_before"] = registered_before

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        registered_after = d.pop("registered_after", UNSET)

        registered_before = d.pop("registered_before", UNSET)

        get_users_request = cls(
            registered_after=registered_after,
            registered_before=registered_before,
        )

        get_users_request.additional_properties = d
        return get_users_request

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
