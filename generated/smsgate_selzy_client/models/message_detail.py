# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageDetail")


@_attrs_define
class MessageDetail:
    """
    Attributes:
        id (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        sub_user_login (None | str | Unset):
        list_id (int | None | str | Unset):
        created (str | Unset):
        last_update (None | str | Unset):
        service_type (str | Unset):
        lang_code (None | str | Unset):
        active_version_id (int | None | str | Unset):
        message_format (None | str | Unset):
        wrap_type (None | str | Unset):
        images_behavior (None | str | Unset):
        sender_email (None | str | Unset):
        sender_name (None | str | Unset):
        subject (None | str | Unset):
        text_body (None | str | Unset):
        sender (None | str | Unset):
        body (None | str | Unset):
    """

    id: int | str
    sub_user_login: None | str | Unset = UNSET
    list_id: int | None | str | Unset = UNSET
    created: str | Unset = UNSET
    last_update: None | str | Unset = UNSET
    service_type: str | Unset = UNSET
    lang_code: None | str | Unset = UNSET
    active_version_id: int | None | str | Unset = UNSET
    message_format: None | str | Unset = UNSET
    wrap_type: None | str | Unset = UNSET
    images_behavior: None | str | Unset = UNSET
    sender_email: None | str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    text_body: None | str | Unset = UNSET
    sender: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
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

        created = self.created

        last_update: None | str | Unset
        if isinstance(self.last_update, Unset):
            last_update = UNSET
        else:
            last_update = self.last_update

        service_type = self.service_type

        lang_code: None | str | Unset
        if isinstance(self.lang_code, Unset):
            lang_code = UNSET
        else:
            lang_code = self.lang_code

        active_version_id: int | None | str | Unset
        if isinstance(self.active_version_id, Unset):
            active_version_id = UNSET
        else:
            active_version_id = self.active_version_id

        message_format: None | str | Unset
        if isinstance(self.message_format, Unset):
            message_format = UNSET
        else:
            message_format = self.message_format

        wrap_type: None | str | Unset
        if isinstance(self.wrap_type, Unset):
            wrap_type = UNSET
        else:
            wrap_type = self.wrap_type

        images_behavior: None | str | Unset
        if isinstance(self.images_behavior, Unset):
            images_behavior = UNSET
        else:
            images_behavior = self.images_behavior

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

        text_body: None | str | Unset
        if isinstance(self.text_body, Unset):
            text_body = UNSET
        else:
            text_body = self.text_body

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

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
        if created is not UNSET:
            field_dict["created"] = created
        if last_update is not UNSET:
            field_dict["last_update"] = last_update
        if service_type is not UNSET:
            field_dict["service_type"] = service_type
        if lang_code is not UNSET:
            field_dict["lang_code"] = lang_code
        if active_version_id is not UNSET:
            field_dict["active_version_id"] = active_version_id
        if message_format is not UNSET:
            field_dict["message_format"] = message_format
        if wrap_type is not UNSET:
            field_dict["wrap_type"] = wrap_type
        if images_behavior is not UNSET:
            field_dict["images_behavior"] = images_behavior
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text_body is not UNSET:
            field_dict["text_body"] = text_body
        if sender is not UNSET:
            field_dict["sender"] = sender
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        sub_user_login = cast(None | str | Unset, d.pop("sub_user_login", UNSET))

        list_id = cast(int | None | str | Unset, d.pop("list_id", UNSET))

        created = d.pop("created", UNSET)

        last_update = cast(None | str | Unset, d.pop("last_update", UNSET))

        service_type = d.pop("service_type", UNSET)

        lang_code = cast(None | str | Unset, d.pop("lang_code", UNSET))

        active_version_id = cast(
            int | None | str | Unset, d.pop("active_version_id", UNSET)
        )

        message_format = cast(None | str | Unset, d.pop("message_format", UNSET))

        wrap_type = cast(None | str | Unset, d.pop("wrap_type", UNSET))

        images_behavior = cast(None | str | Unset, d.pop("images_behavior", UNSET))

        sender_email = cast(None | str | Unset, d.pop("sender_email", UNSET))

        sender_name = cast(None | str | Unset, d.pop("sender_name", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        text_body = cast(None | str | Unset, d.pop("text_body", UNSET))

        sender = cast(None | str | Unset, d.pop("sender", UNSET))

        body = cast(None | str | Unset, d.pop("body", UNSET))

        message_detail = cls(
            id=id,
            sub_user_login=sub_user_login,
            list_id=list_id,
            created=created,
            last_update=last_update,
            service_type=service_type,
            lang_code=lang_code,
            active_version_id=active_version_id,
            message_format=message_format,
            wrap_type=wrap_type,
            images_behavior=images_behavior,
            sender_email=sender_email,
            sender_name=sender_name,
            subject=subject,
            text_body=text_body,
            sender=sender,
            body=body,
        )

        message_detail.additional_properties = d
        return message_detail

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
