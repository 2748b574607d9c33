# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.contact_count_params_type import (
    ContactCountParamsType,
    check_contact_count_params_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactCountParams")


@_attrs_define
class ContactCountParams:
    """
    Attributes:
        tag_id (int | Unset):
        type_ (ContactCountParamsType | Unset):
        search (str | Unset):
    """

    tag_id: int | Unset = UNSET
    type_: ContactCountParamsType | Unset = UNSET
    search: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        search = self.search

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["tagId"] = tag_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tag_id = d.pop("tagId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ContactCountParamsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_contact_count_params_type(_type_)

        search = d.pop("search", UNSET)

        contact_count_params = cls(
            tag_id=tag_id,
            type_=type_,
            search=search,
        )

        return contact_count_params
