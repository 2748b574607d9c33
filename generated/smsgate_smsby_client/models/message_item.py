# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_status_type_0 import (
    TemplateStatusType0,
    check_template_status_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageItem")


@_attrs_define
class MessageItem:
    """
    Attributes:
        message_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        status (str | TemplateStatusType0): The state of a message (template), lower case. A message can be sent only
            once
            `moderated`. Known values (not a closed list): `new` (waiting for moderation),
            `moderated` (approved), `rejected` (*unconfirmed*).
        message (str | Unset):
        parts (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        d_create (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
    """

    message_id: int | str
    status: str | TemplateStatusType0
    message: str | Unset = UNSET
    parts: int | str | Unset = UNSET
    d_create: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id: int | str
        message_id = self.message_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        message = self.message

        parts: int | str | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        else:
            parts = self.parts

        d_create: int | str | Unset
        if isinstance(self.d_create, Unset):
            d_create = UNSET
        else:
            d_create = self.d_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if parts is not UNSET:
            field_dict["parts"] = parts
        if d_create is not UNSET:
            field_dict["d_create"] = d_create

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = cast(int | str, d.pop("message_id"))

        def _parse_status(data: object) -> str | TemplateStatusType0:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_template_status_type_0 = check_template_status_type_0(
                    data
                )

                return componentsschemas_template_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TemplateStatusType0, data)

        status = _parse_status(d.pop("status"))

        message = d.pop("message", UNSET)

        parts = cast(int | str | Unset, d.pop("parts", UNSET))

        d_create = cast(int | str | Unset, d.pop("d_create", UNSET))

        message_item = cls(
            message_id=message_id,
            status=status,
            message=message,
            parts=parts,
            d_create=d_create,
        )

        message_item.additional_properties = d
        return message_item

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
