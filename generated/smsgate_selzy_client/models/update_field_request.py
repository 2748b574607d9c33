# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_type import FieldType, check_field_type
from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFieldRequest")


@_attrs_define
class UpdateFieldRequest:
    """The arguments of `updateField`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        id (int):
        name (str):
        type_ (FieldType | Unset): | value | meaning |
            |---|---|
            | string | one line |
            | text | several lines |
            | number | a number |
            | date | DD.MM.YYYY, DD-MM-YYYY, YYYY.MM.DD or YYYY-MM-DD |
            | bool | 1/0 or yes/no |
        public_name (str | Unset): Display name; made from `name` if omitted.
        is_visible (Flag | Unset): A boolean as `0` or `1`.
        view_pos (int | Unset): Legacy; *unconfirmed*.
    """

    id: int
    name: str
    type_: FieldType | Unset = UNSET
    public_name: str | Unset = UNSET
    is_visible: Flag | Unset = UNSET
    view_pos: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        public_name = self.public_name

        is_visible: int | Unset = UNSET
        if not isinstance(self.is_visible, Unset):
            is_visible = self.is_visible

        view_pos = self.view_pos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if public_name is not UNSET:
            field_dict["public_name"] = public_name
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if view_pos is not UNSET:
            field_dict["view_pos"] = view_pos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: FieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_field_type(_type_)

        public_name = d.pop("public_name", UNSET)

        _is_visible = d.pop("is_visible", UNSET)
        is_visible: Flag | Unset
        if isinstance(_is_visible, Unset):
            is_visible = UNSET
        else:
            is_visible = check_flag(_is_visible)

        view_pos = d.pop("view_pos", UNSET)

        update_field_request = cls(
            id=id,
            name=name,
            type_=type_,
            public_name=public_name,
            is_visible=is_visible,
            view_pos=view_pos,
        )

        update_field_request.additional_properties = d
        return update_field_request

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
