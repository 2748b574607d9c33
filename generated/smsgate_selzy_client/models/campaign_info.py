# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignInfo")


@_attrs_define
class CampaignInfo:
    """
    Attributes:
        id (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
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
        start_time (None | str | Unset):
        message_id (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        list_id (int | None | str | Unset):
        subject (None | str | Unset):
        sender_name (None | str | Unset):
        sender_email (None | str | Unset):
        stats_url (None | str | Unset):
    """

    id: int | str
    status: str
    start_time: None | str | Unset = UNSET
    message_id: int | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    sender_email: None | str | Unset = UNSET
    stats_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        status = self.status

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        message_id: int | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        sender_email: None | str | Unset
        if isinstance(self.sender_email, Unset):
            sender_email = UNSET
        else:
            sender_email = self.sender_email

        stats_url: None | str | Unset
        if isinstance(self.stats_url, Unset):
            stats_url = UNSET
        else:
            stats_url = self.stats_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if stats_url is not UNSET:
            field_dict["stats_url"] = stats_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        status = d.pop("status")

        start_time = cast(None | str | Unset, d.pop("start_time", UNSET))

        message_id = cast(int | str | Unset, d.pop("message_id", UNSET))

        list_id = cast(int | None | str | Unset, d.pop("list_id", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        sender_name = cast(None | str | Unset, d.pop("sender_name", UNSET))

        sender_email = cast(None | str | Unset, d.pop("sender_email", UNSET))

        stats_url = cast(None | str | Unset, d.pop("stats_url", UNSET))

        campaign_info = cls(
            id=id,
            status=status,
            start_time=start_time,
            message_id=message_id,
            list_id=list_id,
            subject=subject,
            sender_name=sender_name,
            sender_email=sender_email,
            stats_url=stats_url,
        )

        campaign_info.additional_properties = d
        return campaign_info

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
