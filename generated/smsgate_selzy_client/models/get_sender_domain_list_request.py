# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSenderDomainListRequest")


@_attrs_define
class GetSenderDomainListRequest:
    """The arguments of `getSenderDomainList`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        username (str):
        domain (str | Unset):
        limit (int | Unset):
        offset (int | Unset):  Default: 0.
    """

    username: str
    domain: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        domain = self.domain

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
            }
        )
        if domain is not UNSET:
            field_dict["domain"] = domain
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        domain = d.pop("domain", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_sender_domain_list_request = cls(
            username=username,
            domain=domain,
            limit=limit,
            offset=offset,
        )

        get_sender_domain_list_request.additional_properties = d
        return get_sender_domain_list_request

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
