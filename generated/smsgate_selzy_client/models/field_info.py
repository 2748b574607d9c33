# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldInfo")


@_attrs_define
class FieldInfo:
    """
    Attributes:
        id (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        name (str):
        public_name (None | str | Unset):
        type_ (str | Unset):
        is_visible (bool | int | str | Unset):
        view_pos (int | str | Unset):
    """

    id: int | str
    name: str
    public_name: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    is_visible: bool | int | str | Unset = UNSET
    view_pos: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        public_name: None | str | Unset
        if isinstance(self.public_name, Unset):
            public_name = UNSET
        else:
            public_name = self.public_name

        type_ = self.type_

        is_visible: bool | int | str | Unset
        if isinstance(self.is_visible, Unset):
            is_visible = UNSET
        else:
            is_visible = self.is_visible

        view_pos: int | str | Unset
        if isinstance(self.view_pos, Unset):
            view_pos = UNSET
        else:
            view_pos = self.view_pos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if public_name is not UNSET:
            field_dict["public_name"] = public_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if view_pos is not UNSET:
            field_dict["view_pos"] = view_pos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        name = d.pop("name")

        public_name = cast(None | str | Unset, d.pop("public_name", UNSET))

        type_ = d.pop("type", UNSET)

        is_visible = cast(bool | int | str | Unset, d.pop("is_visible", UNSET))

        view_pos = cast(int | str | Unset, d.pop("view_pos", UNSET))

        field_info = cls(
            id=id,
            name=name,
            public_name=public_name,
            type_=type_,
            is_visible=is_visible,
            view_pos=view_pos,
        )

        field_info.additional_properties = d
        return field_info

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
