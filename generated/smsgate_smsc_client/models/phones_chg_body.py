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

T = TypeVar("T", bound="PhonesChgBody")


@_attrs_define
class PhonesChgBody:
    """
    Attributes:
        chg (Literal[1]): The command flag; SMSC selects the command by it.
        phone (str): A list of phone numbers separated by any separator (`add`), or one phone number.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        new_phone (str | Unset): A new list of phone numbers.
        name (str | Unset): Contact name.
        grp (str | Unset): Group ids, comma-separated.
        lnm (str | Unset): Surname.
        fnm (str | Unset): First name (the English page calls it 'ID').
        mnm (str | Unset): Middle name.
        bd (str | Unset): A request date, `dd.mm.yyyy`.
        myid (str | Unset): The client's own contact id.
        cmt (str | Unset): Comment.
        tags (str | Unset):
        pho (str | Unset): Other numbers; never messaged.
    """

    chg: Literal[1]
    phone: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    new_phone: str | Unset = UNSET
    name: str | Unset = UNSET
    grp: str | Unset = UNSET
    lnm: str | Unset = UNSET
    fnm: str | Unset = UNSET
    mnm: str | Unset = UNSET
    bd: str | Unset = UNSET
    myid: str | Unset = UNSET
    cmt: str | Unset = UNSET
    tags: str | Unset = UNSET
    pho: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chg = self.chg

        phone = self.phone

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        new_phone = self.new_phone

        name = self.name

        grp = self.grp

        lnm = self.lnm

        fnm = self.fnm

        mnm = self.mnm

        bd = self.bd

        myid = self.myid

        cmt = self.cmt

        tags = self.tags

        pho = self.pho

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chg": chg,
                "phone": phone,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if new_phone is not UNSET:
            field_dict["new_phone"] = new_phone
        if name is not UNSET:
            field_dict["name"] = name
        if grp is not UNSET:
            field_dict["grp"] = grp
        if lnm is not UNSET:
            field_dict["lnm"] = lnm
        if fnm is not UNSET:
            field_dict["fnm"] = fnm
        if mnm is not UNSET:
            field_dict["mnm"] = mnm
        if bd is not UNSET:
            field_dict["bd"] = bd
        if myid is not UNSET:
            field_dict["myid"] = myid
        if cmt is not UNSET:
            field_dict["cmt"] = cmt
        if tags is not UNSET:
            field_dict["tags"] = tags
        if pho is not UNSET:
            field_dict["pho"] = pho

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        chg = cast(Literal[1], d.pop("chg"))
        if chg != 1:
            raise ValueError(f"chg must match const 1, got '{chg}'")

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

        new_phone = d.pop("new_phone", UNSET)

        name = d.pop("name", UNSET)

        grp = d.pop("grp", UNSET)

        lnm = d.pop("lnm", UNSET)

        fnm = d.pop("fnm", UNSET)

        mnm = d.pop("mnm", UNSET)

        bd = d.pop("bd", UNSET)

        myid = d.pop("myid", UNSET)

        cmt = d.pop("cmt", UNSET)

        tags = d.pop("tags", UNSET)

        pho = d.pop("pho", UNSET)

        phones_chg_body = cls(
            chg=chg,
            phone=phone,
            fmt=fmt,
            charset=charset,
            new_phone=new_phone,
            name=name,
            grp=grp,
            lnm=lnm,
            fnm=fnm,
            mnm=mnm,
            bd=bd,
            myid=myid,
            cmt=cmt,
            tags=tags,
            pho=pho,
        )

        phones_chg_body.additional_properties = d
        return phones_chg_body

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
