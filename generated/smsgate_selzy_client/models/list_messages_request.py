# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMessagesRequest")


@_attrs_define
class ListMessagesRequest:
    """The arguments of `listMessages`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        date_from (str): `YYYY-MM-DD hh:mm[:ss]`, UTC.
        date_to (str): `YYYY-MM-DD hh:mm[:ss]`, UTC.
        limit (int | Unset): 1..100. Default: 50.
        offset (int | Unset):  Default: 0.
    """

    date_from: str
    date_to: str
    limit: int | Unset = 50
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from = self.date_from

        date_to = self.date_to

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_from": date_from,
                "date_to": date_to,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_from = d.pop("date_from")

        date_to = d.pop("date_to")

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        list_messages_request = cls(
            date_from=date_from,
            date_to=date_to,
            limit=limit,
            offset=offset,
        )

        list_messages_request.additional_properties = d
        return list_messages_request

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
