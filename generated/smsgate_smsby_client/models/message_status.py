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

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """
    Attributes:
        status (str | TemplateStatusType0): The state of a message (template), lower case. A message can be sent only
            once
            `moderated`. Known values (not a closed list): `new` (waiting for moderation),
            `moderated` (approved), `rejected` (*unconfirmed*).
        parts (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        alphaname (str | Unset):
    """

    status: str | TemplateStatusType0
    parts: int | str | Unset = UNSET
    alphaname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        parts: int | str | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        else:
            parts = self.parts

        alphaname = self.alphaname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if parts is not UNSET:
            field_dict["parts"] = parts
        if alphaname is not UNSET:
            field_dict["alphaname"] = alphaname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        parts = cast(int | str | Unset, d.pop("parts", UNSET))

        alphaname = d.pop("alphaname", UNSET)

        message_status = cls(
            status=status,
            parts=parts,
            alphaname=alphaname,
        )

        message_status.additional_properties = d
        return message_status

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
