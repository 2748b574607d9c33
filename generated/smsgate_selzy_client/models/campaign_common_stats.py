# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCommonStats")


@_attrs_define
class CampaignCommonStats:
    """
    Attributes:
        total (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        sent (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        delivered (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        read_unique (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage,
            getContactCount) numeric strings.
        read_all (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        clicked_unique (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage,
            getContactCount) numeric strings.
        clicked_all (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage,
            getContactCount) numeric strings.
        unsubscribed (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage,
            getContactCount) numeric strings.
        spam (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
    """

    total: int | str
    sent: int | str
    delivered: int | str
    read_unique: int | str | Unset = UNSET
    read_all: int | str | Unset = UNSET
    clicked_unique: int | str | Unset = UNSET
    clicked_all: int | str | Unset = UNSET
    unsubscribed: int | str | Unset = UNSET
    spam: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | str
        total = self.total

        sent: int | str
        sent = self.sent

        delivered: int | str
        delivered = self.delivered

        read_unique: int | str | Unset
        if isinstance(self.read_unique, Unset):
            read_unique = UNSET
        else:
            read_unique = self.read_unique

        read_all: int | str | Unset
        if isinstance(self.read_all, Unset):
            read_all = UNSET
        else:
            read_all = self.read_all

        clicked_unique: int | str | Unset
        if isinstance(self.clicked_unique, Unset):
            clicked_unique = UNSET
        else:
            clicked_unique = self.clicked_unique

        clicked_all: int | str | Unset
        if isinstance(self.clicked_all, Unset):
            clicked_all = UNSET
        else:
            clicked_all = self.clicked_all

        unsubscribed: int | str | Unset
        if isinstance(self.unsubscribed, Unset):
            unsubscribed = UNSET
        else:
            unsubscribed = self.unsubscribed

        spam: int | str | Unset
        if isinstance(self.spam, Unset):
            spam = UNSET
        else:
            spam = self.spam

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "sent": sent,
                "delivered": delivered,
            }
        )
        if read_unique is not UNSET:
            field_dict["read_unique"] = read_unique
        if read_all is not UNSET:
            field_dict["read_all"] = read_all
        if clicked_unique is not UNSET:
            field_dict["clicked_unique"] = clicked_unique
        if clicked_all is not UNSET:
            field_dict["clicked_all"] = clicked_all
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if spam is not UNSET:
            field_dict["spam"] = spam

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total = cast(int | str, d.pop("total"))

        sent = cast(int | str, d.pop("sent"))

        delivered = cast(int | str, d.pop("delivered"))

        read_unique = cast(int | str | Unset, d.pop("read_unique", UNSET))

        read_all = cast(int | str | Unset, d.pop("read_all", UNSET))

        clicked_unique = cast(int | str | Unset, d.pop("clicked_unique", UNSET))

        clicked_all = cast(int | str | Unset, d.pop("clicked_all", UNSET))

        unsubscribed = cast(int | str | Unset, d.pop("unsubscribed", UNSET))

        spam = cast(int | str | Unset, d.pop("spam", UNSET))

        campaign_common_stats = cls(
            total=total,
            sent=sent,
            delivered=delivered,
            read_unique=read_unique,
            read_all=read_all,
            clicked_unique=clicked_unique,
            clicked_all=clicked_all,
            unsubscribed=unsubscribed,
            spam=spam,
        )

        campaign_common_stats.additional_properties = d
        return campaign_common_stats

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
