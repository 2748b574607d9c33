# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignCreated")


@_attrs_define
class CampaignCreated:
    """
    Attributes:
        campaign_id (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        status (str | Unset): Status of a campaign. Note `canceled` with one l. New values may appear.

            | value | meaning |
            |---|---|
            | waits_censor | waiting for moderation |
            | censor_hold | moderation postponed |
            | declined | rejected by moderation |
            | waits_schedule | accepted, being queued (1-2 min) |
            | scheduled | queued for its start time |
            | in_progress | sending |
            | analysed | all sent, results being analysed |
            | completed | sent and analysed |
            | stopped | paused |
            | canceled | cancelled (by the user, or for lack of money) |
        count (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        Count (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
    """

    campaign_id: int | str
    status: str | Unset = UNSET
    count: int | str | Unset = UNSET
    Count: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: int | str
        campaign_id = self.campaign_id

        status = self.status

        count: int | str | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        Count: int | str | Unset
        if isinstance(self.Count, Unset):
            Count = UNSET
        else:
            Count = self.Count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if count is not UNSET:
            field_dict["count"] = count
        if Count is not UNSET:
            field_dict["Count"] = Count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = cast(int | str, d.pop("campaign_id"))

        status = d.pop("status", UNSET)

        count = cast(int | str | Unset, d.pop("count", UNSET))

        Count = cast(int | str | Unset, d.pop("Count", UNSET))

        campaign_created = cls(
            campaign_id=campaign_id,
            status=status,
            count=count,
            Count=Count,
        )

        campaign_created.additional_properties = d
        return campaign_created

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
