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
from ..models.templates_chg_body_format import (
    TemplatesChgBodyFormat,
    check_templates_chg_body_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplatesChgBody")


@_attrs_define
class TemplatesChgBody:
    """
    Attributes:
        chg (Literal[1]): The command flag; SMSC selects the command by it.
        id (int):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        name (str | Unset):
        msg (str | Unset):
        format_ (TemplatesChgBodyFormat | Unset):
        sender (str | Unset):
    """

    chg: Literal[1]
    id: int
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    name: str | Unset = UNSET
    msg: str | Unset = UNSET
    format_: TemplatesChgBodyFormat | Unset = UNSET
    sender: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chg = self.chg

        id = self.id

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        name = self.name

        msg = self.msg

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        sender = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chg": chg,
                "id": id,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if name is not UNSET:
            field_dict["name"] = name
        if msg is not UNSET:
            field_dict["msg"] = msg
        if format_ is not UNSET:
            field_dict["format"] = format_
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chg = cast(Literal[1], d.pop("chg"))
        if chg != 1:
            raise ValueError(f"chg must match const 1, got '{chg}'")

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

        name = d.pop("name", UNSET)

        msg = d.pop("msg", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: TemplatesChgBodyFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_templates_chg_body_format(_format_)

        sender = d.pop("sender", UNSET)

        templates_chg_body = cls(
            chg=chg,
            id=id,
            fmt=fmt,
            charset=charset,
            name=name,
            msg=msg,
            format_=format_,
            sender=sender,
        )

        templates_chg_body.additional_properties = d
        return templates_chg_body

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
