# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_status import ContactStatus, check_contact_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportContactsRequest")


@_attrs_define
class ExportContactsRequest:
    """The arguments of `exportContacts`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        list_id (int | Unset): Only this list (contacts whose phone is in it count too); all lists if omitted.
        field_names (list[str] | Unset): System and user fields to export (all if omitted): `id`, `email`,
            `email_status`, `email_availability`, `email_add_time`, `email_list_ids`, ..., `phone`, `phone_status`, ...,
            `tags`, user field names. Sent as `field_names[]=...`; the indexed form `field_names[0]=...` works as well.
        email (str | Unset):
        phone (str | Unset): International number with country code; `+` optional.
        tag (str | Unset): Only contacts with this tag.
        email_status (ContactStatus | Unset): Status of a contact's email or phone. New values may appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        phone_status (ContactStatus | Unset): Status of a contact's email or phone. New values may appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        offset (int | Unset): Rows to skip. Default: 0.
        limit (int | Unset): Rows per page, at most 1000. Default: 1000.
    """

    list_id: int | Unset = UNSET
    field_names: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    tag: str | Unset = UNSET
    email_status: ContactStatus | Unset = UNSET
    phone_status: ContactStatus | Unset = UNSET
    offset: int | Unset = 0
    limit: int | Unset = 1000
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        field_names: list[str] | Unset = UNSET
        if not isinstance(self.field_names, Unset):
            field_names = self.field_names

        email = self.email

        phone = self.phone

        tag = self.tag

        email_status: str | Unset = UNSET
        if not isinstance(self.email_status, Unset):
            email_status = self.email_status

        phone_status: str | Unset = UNSET
        if not isinstance(self.phone_status, Unset):
            phone_status = self.phone_status

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if field_names is not UNSET:
            field_dict["field_names"] = field_names
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if tag is not UNSET:
            field_dict["tag"] = tag
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if phone_status is not UNSET:
            field_dict["phone_status"] = phone_status
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        field_names = cast(list[str], d.pop("field_names", UNSET))

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        tag = d.pop("tag", UNSET)

        _email_status = d.pop("email_status", UNSET)
        email_status: ContactStatus | Unset
        if isinstance(_email_status, Unset):
            email_status = UNSET
        else:
            email_status = check_contact_status(_email_status)

        _phone_status = d.pop("phone_status", UNSET)
        phone_status: ContactStatus | Unset
        if isinstance(_phone_status, Unset):
            phone_status = UNSET
        else:
            phone_status = check_contact_status(_phone_status)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        export_contacts_request = cls(
            list_id=list_id,
            field_names=field_names,
            email=email,
            phone=phone,
            tag=tag,
            email_status=email_status,
            phone_status=phone_status,
            offset=offset,
            limit=limit,
        )

        export_contacts_request.additional_properties = d
        return export_contacts_request

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
