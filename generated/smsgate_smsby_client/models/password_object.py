# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordObject")


@_attrs_define
class PasswordObject:
    """
    Attributes:
        id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        type_id (str): letters, numbers or both.
        len_ (int | str): An id or count sent as a number in some replies and as a digit string in others.
        d_create (int | str | Unset): A point in time in one of the four forms SMS.by uses: unix seconds as a number
            (`checkSMS`, `getSMSMessages`), unix seconds as a string (`getBills.d_create`),
            `Y-m-d H:i:s` (lists, password objects) and `Y-m-d H:i:s.ffffff` (statusBulkSms).
            Local forms carry no zone (Europe/Minsk presumed).
    """

    id: int | str
    type_id: str
    len_: int | str
    d_create: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        type_id = self.type_id

        len_: int | str
        len_ = self.len_

        d_create: int | str | Unset
        if isinstance(self.d_create, Unset):
            d_create = UNSET
        else:
            d_create = self.d_create

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type_id": type_id,
                "len": len_,
            }
        )
        if d_create is not UNSET:
            field_dict["d_create"] = d_create

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        type_id = d.pop("type_id")

        len_ = cast(int | str, d.pop("len"))

        d_create = cast(int | str | Unset, d.pop("d_create", UNSET))

        password_object = cls(
            id=id,
            type_id=type_id,
            len_=len_,
            d_create=d_create,
        )

        password_object.additional_properties = d
        return password_object

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
