# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCampaignsRequest")


@_attrs_define
class GetCampaignsRequest:
    """The arguments of `getCampaigns`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        from_ (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        to (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        limit (int | Unset): Selzy: 1..10 000; UniSender: 1..100, default 50.
        offset (int | Unset):  Default: 0.
    """

    from_: str | Unset = UNSET
    to: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        get_campaigns_request = cls(
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
        )

        get_campaigns_request.additional_properties = d
        return get_campaigns_request

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
