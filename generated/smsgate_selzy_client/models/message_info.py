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

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_sub_user_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_user_login = _parse_sub_user_login(d.pop("sub_user_login", UNSET))

        def _parse_list_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        list_id = _parse_list_id(d.pop("list_id", UNSET))

        def _parse_segment_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        segment_id = _parse_segment_id(d.pop("segment_id", UNSET))

        created = d.pop("created", UNSET)

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated = _parse_updated(d.pop("updated", UNSET))

        service_type = d.pop("service_type", UNSET)

        def _parse_active_version_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        active_version_id = _parse_active_version_id(d.pop("active_version_id", UNSET))

        def _parse_lang_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lang_code = _parse_lang_code(d.pop("lang_code", UNSET))

        def _parse_message_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_format = _parse_message_format(d.pop("message_format", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        def _parse_sender_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_email = _parse_sender_email(d.pop("sender_email", UNSET))

        def _parse_sender_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_name = _parse_sender_name(d.pop("sender_name", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_sms_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_from = _parse_sms_from(d.pop("sms_from", UNSET))

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
