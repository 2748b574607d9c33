# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageInfo")


@_attrs_define
class MessageInfo:
    """
    Attributes:
        id (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        sub_user_login (None | str | Unset):
        list_id (int | None | str | Unset):
        segment_id (int | None | str | Unset):
        created (str | Unset):
        updated (None | str | Unset):
        service_type (str | Unset):
        active_version_id (int | None | str | Unset):
        lang_code (None | str | Unset):
        message_format (None | str | Unset):
        body (None | str | Unset):
        sender_email (None | str | Unset):
        sender_name (None | str | Unset):
        subject (None | str | Unset):
        sms_from (None | str | Unset):
    """

    id: int | str
    sub_user_login: None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    segment_id: int | None | str | Unset = UNSET
    created: str | Unset = UNSET
    updated: None | str | Unset = UNSET
    service_type: str | Unset = UNSET
    active_version_id: int | None | str | Unset = UNSET
    lang_code: None | str | Unset = UNSET
    message_format: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    sender_email: None | str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    sms_from: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        sub_user_login: None | str | Unset
        if isinstance(self.sub_user_login, Unset):
            sub_user_login = UNSET
        else:
            sub_user_login = self.sub_user_login

        list_id: int | None | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        segment_id: int | None | str | Unset
        if isinstance(self.segment_id, Unset):
            segment_id = UNSET
        else:
            segment_id = self.segment_id

        created = self.created

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        service_type = self.service_type

        active_version_id: int | None | str | Unset
        if isinstance(self.active_version_id, Unset):
            active_version_id = UNSET
        else:
            active_version_id = self.active_version_id

        lang_code: None | str | Unset
        if isinstance(self.lang_code, Unset):
            lang_code = UNSET
        else:
            lang_code = self.lang_code

        message_format: None | str | Unset
        if isinstance(self.message_format, Unset):
            message_format = UNSET
        else:
            message_format = self.message_format

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        sender_email: None | str | Unset
        if isinstance(self.sender_email, Unset):
            sender_email = UNSET
        else:
            sender_email = self.sender_email

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        sms_from: None | str | Unset
        if isinstance(self.sms_from, Unset):
            sms_from = UNSET
        else:
            sms_from = self.sms_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sub_user_login is not UNSET:
            field_dict["sub_user_login"] = sub_user_login
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if active_version_id is not UNSET:
            field_dict["active_version_id"] = active_version_id
        if lang_code is not UNSET:
            field_dict["lang_code"] = lang_code
        if message_format is not UNSET:
            field_dict["message_format"] = message_format
        if body is not UNSET:
            field_dict["body"] = body
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if sms_from is not UNSET:
            field_dict["sms_from"] = sms_from

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        sub_user_login = cast(None | str | Unset, d.pop("sub_user_login", UNSET))

        list_id = cast(int | None | str | Unset, d.pop("list_id", UNSET))

        segment_id = cast(int | None | str | Unset, d.pop("segment_id", UNSET))

        created = d.pop("created", UNSET)

        updated = cast(None | str | Unset, d.pop("updated", UNSET))

        service_type = d.pop("service_type", UNSET)

        active_version_id = cast(
            int | None | str | Unset, d.pop("active_version_id", UNSET)
        )

        lang_code = cast(None | str | Unset, d.pop("lang_code", UNSET))

        message_format = cast(None | str | Unset, d.pop("message_format", UNSET))

        body = cast(None | str | Unset, d.pop("body", UNSET))

        sender_email = cast(None | str | Unset, d.pop("sender_email", UNSET))

        sender_name = cast(None | str | Unset, d.pop("sender_name", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        sms_from = cast(None | str | Unset, d.pop("sms_from", UNSET))

        message_info = cls(
            id=id,
            sub_user_login=sub_user_login,
            list_id=list_id,
            segment_id=segment_id,
            created=created,
            updated=updated,
            service_type=service_type,
            active_version_id=active_version_id,
            lang_code=lang_code,
            message_format=message_format,
            body=body,
            sender_email=sender_email,
            sender_name=sender_name,
            subject=subject,
            sms_from=sms_from,
        )

        message_info.additional_properties = d
        return message_info

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
