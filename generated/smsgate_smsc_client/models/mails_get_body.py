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
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailsGetBody")


@_attrs_define
class MailsGetBody:
    """
    Attributes:
        get (Literal[1]): The command flag; SMSC selects the command by it.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        grp (str | Unset): Group ids, comma-separated.
        fio (str | Unset): Search by any part of the name.
        search (str | Unset): Search by name and/or e-mail address.
        after_id (int | Unset): Contacts after this `int_id`.
        cnt (int | Unset): Records per reply, at most 1000.
    """

    get: Literal[1]
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    grp: str | Unset = UNSET
    fio: str | Unset = UNSET
    search: str | Unset = UNSET
    after_id: int | Unset = UNSET
    cnt: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get = self.get

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        grp = self.grp

        fio = self.fio

        search = self.search

        after_id = self.after_id

        cnt = self.cnt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "get": get,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if grp is not UNSET:
            field_dict["grp"] = grp
        if fio is not UNSET:
            field_dict["fio"] = fio
        if search is not UNSET:
            field_dict["search"] = search
        if after_id is not UNSET:
            field_dict["after_id"] = after_id
        if cnt is not UNSET:
            field_dict["cnt"] = cnt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        get = cast(Literal[1], d.pop("get"))
        if get != 1:
            raise ValueError(f"get must match const 1, got '{get}'")

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

        grp = d.pop("grp", UNSET)

        fio = d.pop("fio", UNSET)

        search = d.pop("search", UNSET)

        after_id = d.pop("after_id", UNSET)

        cnt = d.pop("cnt", UNSET)

        mails_get_body = cls(
            get=get,
            fmt=fmt,
            charset=charset,
            grp=grp,
            fio=fio,
            search=search,
            after_id=after_id,
            cnt=cnt,
        )

        mails_get_body.additional_properties = d
        return mails_get_body

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
