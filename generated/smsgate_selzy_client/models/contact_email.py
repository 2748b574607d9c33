# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactEmail")


@_attrs_define
class ContactEmail:
    """
    Attributes:
        email (str):
        added_at (None | str | Unset):
        status (str | Unset):
        availability (str | Unset):
        last_send_datetime (None | str | Unset): `YYYY-MM-DD hh:mm:ss` UTC, or null.
        last_delivery_datetime (None | str | Unset): `YYYY-MM-DD hh:mm:ss` UTC, or null.
        last_read_datetime (None | str | Unset): `YYYY-MM-DD hh:mm:ss` UTC, or null.
        last_click_datetime (None | str | Unset): `YYYY-MM-DD hh:mm:ss` UTC, or null.
        rating (float | None | str | Unset):
    """

    email: str
    added_at: None | str | Unset = UNSET
    status: str | Unset = UNSET
    availability: str | Unset = UNSET
    last_send_datetime: None | str | Unset = UNSET
    last_delivery_datetime: None | str | Unset = UNSET
    last_read_datetime: None | str | Unset = UNSET
    last_click_datetime: None | str | Unset = UNSET
    rating: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        added_at: None | str | Unset
        if isinstance(self.added_at, Unset):
            added_at = UNSET
        else:
            added_at = self.added_at

        status = self.status

        availability = self.availability

        last_send_datetime: None | str | Unset
        if isinstance(self.last_send_datetime, Unset):
            last_send_datetime = UNSET
        else:
            last_send_datetime = self.last_send_datetime

        last_delivery_datetime: None | str | Unset
        if isinstance(self.last_delivery_datetime, Unset):
            last_delivery_datetime = UNSET
        else:
            last_delivery_datetime = self.last_delivery_datetime

        last_read_datetime: None | str | Unset
        if isinstance(self.last_read_datetime, Unset):
            last_read_datetime = UNSET
        else:
            last_read_datetime = self.last_read_datetime

        last_click_datetime: None | str | Unset
        if isinstance(self.last_click_datetime, Unset):
            last_click_datetime = UNSET
        else:
            last_click_datetime = self.last_click_datetime

        rating: float | None | str | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if added_at is not UNSET:
            field_dict["added_at"] = added_at
        if status is not UNSET:
            field_dict["status"] = status
        if availability is not UNSET:
            field_dict["availability"] = availability
        if last_send_datetime is not UNSET:
            field_dict["last_send_datetime"] = last_send_datetime
        if last_delivery_datetime is not UNSET:
            field_dict["last_delivery_datetime"] = last_delivery_datetime
        if last_read_datetime is not UNSET:
            field_dict["last_read_datetime"] = last_read_datetime
        if last_click_datetime is not UNSET:
            field_dict["last_click_datetime"] = last_click_datetime
        if rating is not UNSET:
            field_dict["rating"] = rating

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        added_at = cast(None | str | Unset, d.pop("added_at", UNSET))

        status = d.pop("status", UNSET)

        availability = d.pop("availability", UNSET)

        last_send_datetime = cast(
            None | str | Unset, d.pop("last_send_datetime", UNSET)
        )

        last_delivery_datetime = cast(
            None | str | Unset, d.pop("last_delivery_datetime", UNSET)
        )

        last_read_datetime = cast(
            None | str | Unset, d.pop("last_read_datetime", UNSET)
        )

        last_click_datetime = cast(
            None | str | Unset, d.pop("last_click_datetime", UNSET)
        )

        rating = cast(float | None | str | Unset, d.pop("rating", UNSET))

        contact_email = cls(
            email=email,
            added_at=added_at,
            status=status,
            availability=availability,
            last_send_datetime=last_send_datetime,
            last_delivery_datetime=last_delivery_datetime,
            last_read_datetime=last_read_datetime,
            last_click_datetime=last_click_datetime,
            rating=rating,
        )

        contact_email.additional_properties = d
        return contact_email

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
