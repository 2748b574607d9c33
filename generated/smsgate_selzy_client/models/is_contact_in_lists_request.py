# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.is_contact_in_lists_request_condition import (
    IsContactInListsRequestCondition,
    check_is_contact_in_lists_request_condition,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IsContactInListsRequest")


@_attrs_define
class IsContactInListsRequest:
    """The arguments of `isContactInLists`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        email (str):
        list_ids (str): Comma-separated integer ids, e.g. `134,135`.
        condition (IsContactInListsRequestCondition | Unset):  Default: 'or'.
    """

    email: str
    list_ids: str
    condition: IsContactInListsRequestCondition | Unset = "or"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        list_ids = self.list_ids

        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "list_ids": list_ids,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        list_ids = d.pop("list_ids")

        _condition = d.pop("condition", UNSET)
        condition: IsContactInListsRequestCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = check_is_contact_in_lists_request_condition(_condition)

        is_contact_in_lists_request = cls(
            email=email,
            list_ids=list_ids,
            condition=condition,
        )

        is_contact_in_lists_request.additional_properties = d
        return is_contact_in_lists_request

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
