# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_count_params import ContactCountParams


T = TypeVar("T", bound="GetContactCountRequest")


@_attrs_define
class GetContactCountRequest:
    """The arguments of `getContactCount`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        list_id (int): The list.
        params (ContactCountParams | Unset):
    """

    list_id: int
    params: ContactCountParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_count_params import ContactCountParams

        d = dict(src_dict)
        list_id = d.pop("list_id")

        _params = d.pop("params", UNSET)
        params: ContactCountParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ContactCountParams.from_dict(_params)

        get_contact_count_request = cls(
            list_id=list_id,
            params=params,
        )

        get_contact_count_request.additional_properties = d
        return get_contact_count_request

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
