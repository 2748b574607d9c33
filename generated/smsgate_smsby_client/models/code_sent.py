# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeSent")


@_attrs_define
class CodeSent:
    """
    Attributes:
        sms_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        code (str): The code sent; store it and compare it yourself.
        status (str | Unset): `ok`.
        parts (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
        len_ (int | str | Unset): An id or count sent as a number in some replies and as a digit string in others.
    """

    sms_id: int | str
    code: str
    status: str | Unset = UNSET
    parts: int | str | Unset = UNSET
    len_: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id: int | str
        sms_id = self.sms_id

        code = self.code

        status = self.status

        parts: int | str | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        else:
            parts = self.parts

        len_: int | str | Unset
        if isinstance(self.len_, Unset):
            len_ = UNSET
        else:
            len_ = self.len_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "code": code,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if parts is not UNSET:
            field_dict["parts"] = parts
        if len_ is not UNSET:
            field_dict["len"] = len_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sms_id = cast(int | str, d.pop("sms_id"))

        code = d.pop("code")

        status = d.pop("status", UNSET)

        parts = cast(int | str | Unset, d.pop("parts", UNSET))

        len_ = cast(int | str | Unset, d.pop("len", UNSET))

        code_sent = cls(
            sms_id=sms_id,
            code=code,
            status=status,
            parts=parts,
            len_=len_,
        )

        code_sent.additional_properties = d
        return code_sent

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
