# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charset import Charset, check_charset
from ..models.format_ import Format, check_format
from ..models.get_status_body_all import GetStatusBodyAll, check_get_status_body_all
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStatusBody")


@_attrs_define
class GetStatusBody:
    """
    Attributes:
        phone (str): The number (or e-mail), or a comma list in the order of `id`.
        id (str): The message id, or a comma list.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        all_ (GetStatusBodyAll | Unset): 0 basic; 1 full; 2 full with country, operator and region.
    """

    phone: str
    id: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    all_: GetStatusBodyAll | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        id = self.id

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        all_: int | Unset = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "id": id,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        id = d.pop("id")

        _fmt = d.pop("fmt", UNSET)
        fmt: Format | Unset
        if isinstance(_fmt, Unset):
            fmt = UNSET
        else:
            fmt = check_format(_fmt)

        _charset = d.pop("charset", UNSET)
        charset: Charset | Unset
        if isinstance(_charset, Unset):
            charset = UNSET
        else:
            charset = check_charset(_charset)

        _all_ = d.pop("all", UNSET)
        all_: GetStatusBodyAll | Unset
        if isinstance(_all_, Unset):
            all_ = UNSET
        else:
            all_ = check_get_status_body_all(_all_)

        get_status_body = cls(
            phone=phone,
            id=id,
            fmt=fmt,
            charset=charset,
            all_=all_,
        )

        get_status_body.additional_properties = d
        return get_status_body

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
