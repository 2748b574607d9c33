# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_count_result_search_params import (
        ContactCountResultSearchParams,
    )


T = TypeVar("T", bound="ContactCountResult")


@_attrs_define
class ContactCountResult:
    """
    Attributes:
        count (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        list_id (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        search_params (ContactCountResultSearchParams | Unset):
    """

    count: int | str
    list_id: int | str | Unset = UNSET
    search_params: ContactCountResultSearchParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: int | str
        count = self.count

        list_id: int | str | Unset
        if isinstance(self.list_id, Unset):
            list_id = UNSET
        else:
            list_id = self.list_id

        search_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_params, Unset):
            search_params = self.search_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if search_params is not UNSET:
            field_dict["searchParams"] = search_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_count_result_search_params import (
            ContactCountResultSearchParams,
        )

        d = dict(src_dict)
        count = cast(int | str, d.pop("count"))

        list_id = cast(int | str | Unset, d.pop("listId", UNSET))

        _search_params = d.pop("searchParams", UNSET)
        search_params: ContactCountResultSearchParams | Unset
        if isinstance(_search_params, Unset):
            search_params = UNSET
        else:
            search_params = ContactCountResultSearchParams.from_dict(_search_params)

        contact_count_result = cls(
            count=count,
            list_id=list_id,
            search_params=search_params,
        )

        contact_count_result.additional_properties = d
        return contact_count_result

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
