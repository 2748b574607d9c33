# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignStatusResult")


@_attrs_define
class CampaignStatusResult:
    """
    Attributes:
        status (str): Status of a campaign. Note `canceled` with one l. New values may appear.

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
        creation_time (None | str | Unset):
        start_time (None | str | Unset):
    """

    status: str
    creation_time: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        creation_time: None | str | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        creation_time = cast(None | str | Unset, d.pop("creation_time", UNSET))

        start_time = cast(None | str | Unset, d.pop("start_time", UNSET))

        campaign_status_result = cls(
            status=status,
            creation_time=creation_time,
            start_time=start_time,
        )

        campaign_status_result.additional_properties = d
        return campaign_status_result

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
