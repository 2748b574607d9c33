# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charset import Charset, check_charset
from ..models.format_ import Format, check_format
from ..models.toggle import Toggle, check_toggle
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivePhonesBuyBody")


@_attrs_define
class ReceivePhonesBuyBody:
    """
    Attributes:
        buy (Literal[1]): The command flag; SMSC selects the command by it.
        phone (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        noprolong (Toggle | Unset):
    """

    buy: Literal[1]
    phone: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    noprolong: Toggle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buy = self.buy

        phone = self.phone

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        noprolong: int | Unset = UNSET
        if not isinstance(self.noprolong, Unset):
            noprolong = self.noprolong

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buy": buy,
                "phone": phone,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if noprolong is not UNSET:
            field_dict["noprolong"] = noprolong

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        buy = cast(Literal[1], d.pop("buy"))
        if buy != 1:
            raise ValueError(f"buy must match const 1, got '{buy}'")

        phone = d.pop("phone")

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

        _noprolong = d.pop("noprolong", UNSET)
        noprolong: Toggle | Unset
        if isinstance(_noprolong, Unset):
            noprolong = UNSET
        else:
            noprolong = check_toggle(_noprolong)

        receive_phones_buy_body = cls(
            buy=buy,
            phone=phone,
            fmt=fmt,
            charset=charset,
            noprolong=noprolong,
        )

        receive_phones_buy_body.additional_properties = d
        return receive_phones_buy_body

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
