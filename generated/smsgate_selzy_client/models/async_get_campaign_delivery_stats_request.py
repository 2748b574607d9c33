# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncGetCampaignDeliveryStatsRequest")


@_attrs_define
class AsyncGetCampaignDeliveryStatsRequest:
    """The arguments of `async/getCampaignDeliveryStats`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        campaign_id (int):
        notify_url (str | Unset): Called when the report is ready.
        changed_since (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        field_ids (list[int] | Unset): User-field values to add to each row: `field_ids[]=1&field_ids[]=2`.
    """

    campaign_id: int
    notify_url: str | Unset = UNSET
    changed_since: str | Unset = UNSET
    field_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        notify_url = self.notify_url

        changed_since = self.changed_since

        field_ids: list[int] | Unset = UNSET
        if not isinstance(self.field_ids, Unset):
            field_ids = self.field_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if changed_since is not UNSET:
            field_dict["changed_since"] = changed_since
        if field_ids is not UNSET:
            field_dict["field_ids"] = field_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        notify_url = d.pop("notify_url", UNSET)

        changed_since = d.pop("changed_since", UNSET)

        field_ids = cast(list[int], d.pop("field_ids", UNSET))

        async_get_campaign_delivery_stats_request = cls(
            campaign_id=campaign_id,
            notify_url=notify_url,
            changed_since=changed_since,
            field_ids=field_ids,
        )

        async_get_campaign_delivery_stats_request.additional_properties = d
        return async_get_campaign_delivery_stats_request

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
