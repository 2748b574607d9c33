# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_campaign_request_timezone import (
    CreateCampaignRequestTimezone,
    check_create_campaign_request_timezone,
)
from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCampaignRequest")


@_attrs_define
class CreateCampaignRequest:
    """The arguments of `createCampaign`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        message_id (int): From createSmsMessage.
        start_time (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
        timezone (CreateCampaignRequestTimezone | Unset): Only `UTC`; the account's zone if omitted.
        track_read (Flag | Unset): A boolean as `0` or `1`.
        track_links (Flag | Unset): A boolean as `0` or `1`.
        contacts (str | Unset): Comma-separated emails or phones to restrict the send to (details *unconfirmed*).
        contacts_url (str | Unset): A file of addresses to restrict to (format *unconfirmed*).
        track_ga (Flag | Unset): A boolean as `0` or `1`.
        ga_medium (str | Unset):
        ga_source (str | Unset):
        ga_campaign (str | Unset):
        ga_content (str | Unset):
        ga_term (str | Unset):
        payment_limit (float | Unset): Spending cap for this campaign.
        payment_currency (str | Unset): Currency of `payment_limit`, e.g. `usd`.
        defer (Flag | Unset): A boolean as `0` or `1`.
    """

    message_id: int
    start_time: str | Unset = UNSET
    timezone: CreateCampaignRequestTimezone | Unset = UNSET
    track_read: Flag | Unset = UNSET
    track_links: Flag | Unset = UNSET
    contacts: str | Unset = UNSET
    contacts_url: str | Unset = UNSET
    track_ga: Flag | Unset = UNSET
    ga_medium: str | Unset = UNSET
    ga_source: str | Unset = UNSET
    ga_campaign: str | Unset = UNSET
    ga_content: str | Unset = UNSET
    ga_term: str | Unset = UNSET
    payment_limit: float | Unset = UNSET
    payment_currency: str | Unset = UNSET
    defer: Flag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        start_time = self.start_time

        timezone: str | Unset = UNSET
        if not isinstance(self.timezone, Unset):
            timezone = self.timezone

        track_read: int | Unset = UNSET
        if not isinstance(self.track_read, Unset):
            track_read = self.track_read

        track_links: int | Unset = UNSET
        if not isinstance(self.track_links, Unset):
            track_links = self.track_links

        contacts = self.contacts

        contacts_url = self.contacts_url

        track_ga: int | Unset = UNSET
        if not isinstance(self.track_ga, Unset):
            track_ga = self.track_ga

        ga_medium = self.ga_medium

        ga_source = self.ga_source

        ga_campaign = self.ga_campaign

        ga_content = self.ga_content

        ga_term = self.ga_term

        payment_limit = self.payment_limit

        payment_currency = self.payment_currency

        defer: int | Unset = UNSET
        if not isinstance(self.defer, Unset):
            defer = self.defer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if track_read is not UNSET:
            field_dict["track_read"] = track_read
        if track_links is not UNSET:
            field_dict["track_links"] = track_links
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if contacts_url is not UNSET:
            field_dict["contacts_url"] = contacts_url
        if track_ga is not UNSET:
            field_dict["track_ga"] = track_ga
        if ga_medium is not UNSET:
            field_dict["ga_medium"] = ga_medium
        if ga_source is not UNSET:
            field_dict["ga_source"] = ga_source
        if ga_campaign is not UNSET:
            field_dict["ga_campaign"] = ga_campaign
        if ga_content is not UNSET:
            field_dict["ga_content"] = ga_content
        if ga_term is not UNSET:
            field_dict["ga_term"] = ga_term
        if payment_limit is not UNSET:
            field_dict["payment_limit"] = payment_limit
        if payment_currency is not UNSET:
            field_dict["payment_currency"] = payment_currency
        if defer is not UNSET:
            field_dict["defer"] = defer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        start_time = d.pop("start_time", UNSET)

        _timezone = d.pop("timezone", UNSET)
        timezone: CreateCampaignRequestTimezone | Unset
        if isinstance(_timezone, Unset):
            timezone = UNSET
        else:
            timezone = check_create_campaign_request_timezone(_timezone)

        _track_read = d.pop("track_read", UNSET)
        track_read: Flag | Unset
        if isinstance(_track_read, Unset):
            track_read = UNSET
        else:
            track_read = check_flag(_track_read)

        _track_links = d.pop("track_links", UNSET)
        track_links: Flag | Unset
        if isinstance(_track_links, Unset):
            track_links = UNSET
        else:
            track_links = check_flag(_track_links)

        contacts = d.pop("contacts", UNSET)

        contacts_url = d.pop("contacts_url", UNSET)

        _track_ga = d.pop("track_ga", UNSET)
        track_ga: Flag | Unset
        if isinstance(_track_ga, Unset):
            track_ga = UNSET
        else:
            track_ga = check_flag(_track_ga)

        ga_medium = d.pop("ga_medium", UNSET)

        ga_source = d.pop("ga_source", UNSET)

        ga_campaign = d.pop("ga_campaign", UNSET)

        ga_content = d.pop("ga_content", UNSET)

        ga_term = d.pop("ga_term", UNSET)

        payment_limit = d.pop("payment_limit", UNSET)

        payment_currency = d.pop("payment_currency", UNSET)

        _defer = d.pop("defer", UNSET)
        defer: Flag | Unset
        if isinstance(_defer, Unset):
            defer = UNSET
        else:
            defer = check_flag(_defer)

        create_campaign_request = cls(
            message_id=message_id,
            start_time=start_time,
            timezone=timezone,
            track_read=track_read,
            track_links=track_links,
            contacts=contacts,
            contacts_url=contacts_url,
            track_ga=track_ga,
            ga_medium=ga_medium,
            ga_source=ga_source,
            ga_campaign=ga_campaign,
            ga_content=ga_content,
            ga_term=ga_term,
            payment_limit=payment_limit,
            payment_currency=payment_currency,
            defer=defer,
        )

        create_campaign_request.additional_properties = d
        return create_campaign_request

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
