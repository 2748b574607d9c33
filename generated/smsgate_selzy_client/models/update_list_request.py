# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateListRequest")


@_attrs_define
class UpdateListRequest:
    """The arguments of `updateList`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        list_id (int): From getLists/createList.
        title (str): New unique name.
        before_subscribe_url (str | Unset):
        after_subscribe_url (str | Unset):
    """

    list_id: int
    title: str
    before_subscribe_url: str | Unset = UNSET
    after_subscribe_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        title = self.title

        before_subscribe_url = self.before_subscribe_url

        after_subscribe_url = self.after_subscribe_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "title": title,
            }
        )
        if before_subscribe_url is not UNSET:
            field_dict["before_subscribe_url"] = before_subscribe_url
        if after_subscribe_url is not UNSET:
            field_dict["after_subscribe_url"] = after_subscribe_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        title = d.pop("title")

        before_subscribe_url = d.pop("before_subscribe_url", UNSET)

        after_subscribe_url = d.pop("after_subscribe_url", UNSET)

        update_list_request = cls(
            list_id=list_id,
            title=title,
            before_subscribe_url=before_subscribe_url,
            after_subscribe_url=after_subscribe_url,
        )

        update_list_request.additional_properties = d
        return update_list_request

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
