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
from ..models.users_add_body_curr import UsersAddBodyCurr, check_users_add_body_curr
from ..models.users_add_body_type import UsersAddBodyType, check_users_add_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersAddBody")


@_attrs_define
class UsersAddBody:
    """
    Attributes:
        add (Literal[1]): The command flag; SMSC selects the command by it.
        user (str):
        password (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        type_ (UsersAddBodyType | Unset):
        email (str | Unset):
        email2 (str | Unset):
        phone (str | Unset):
        phone2 (str | Unset):
        fio (str | Unset):
        props (str | Unset):
        cntr (str | Unset):
        tariff (int | Unset):
        mintrf (str | Unset):
        curr (UsersAddBodyCurr | Unset): 1 RUB, 2 USD, 3 EUR, 4 UAH, 5 KZT.
        tz (int | Unset):
        sender (str | Unset):
        sender2 (str | Unset):
        nb (str | Unset):
        ktm (int | Unset):
        fmts (str | Unset):
        notes (str | Unset):
        ph (str | Unset):
        dlim (int | Unset):
        plim (int | Unset):
        tlim (int | Unset):
        ilim (int | Unset):
        tmlim (str | Unset):
        vld (int | Unset):
        url (str | Unset):
        mph (str | Unset):
        mh1 (int | Unset):
        mh2 (int | Unset):
        mlen (int | Unset):
        site_id (str | Unset):
    """

    add: Literal[1]
    user: str
    password: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    type_: UsersAddBodyType | Unset = UNSET
    email: str | Unset = UNSET
    email2: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone2: str | Unset = UNSET
    fio: str | Unset = UNSET
    props: str | Unset = UNSET
    cntr: str | Unset = UNSET
    tariff: int | Unset = UNSET
    mintrf: str | Unset = UNSET
    curr: UsersAddBodyCurr | Unset = UNSET
    tz: int | Unset = UNSET
    sender: str | Unset = UNSET
    sender2: str | Unset = UNSET
    nb: str | Unset = UNSET
    ktm: int | Unset = UNSET
    fmts: str | Unset = UNSET
    notes: str | Unset = UNSET
    ph: str | Unset = UNSET
    dlim: int | Unset = UNSET
    plim: int | Unset = UNSET
    tlim: int | Unset = UNSET
    ilim: int | Unset = UNSET
    tmlim: str | Unset = UNSET
    vld: int | Unset = UNSET
    url: str | Unset = UNSET
    mph: str | Unset = UNSET
    mh1: int | Unset = UNSET
    mh2: int | Unset = UNSET
    mlen: int | Unset = UNSET
    site_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = self.add

        user = self.user

        password = self.password

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        email = self.email

        email2 = self.email2

        phone = self.phone

        phone2 = self.phone2

        fio = self.fio

        props = self.props

        cntr = self.cntr

        tariff = self.tariff

        mintrf = self.mintrf

        curr: int | Unset = UNSET
        if not isinstance(self.curr, Unset):
            curr = self.curr

        tz = self.tz

        sender = self.sender

        sender2 = self.sender2

        nb = self.nb

        ktm = self.ktm

        fmts = self.fmts

        notes = self.notes

        ph = self.ph

        dlim = self.dlim

        plim = self.plim

        tlim = self.tlim

        ilim = self.ilim

        tmlim = self.tmlim

        vld = self.vld

        url = self.url

        mph = self.mph

        mh1 = self.mh1

        mh2 = self.mh2

        mlen = self.mlen

        site_id = self.site_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "user": user,
                "password": password,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if email2 is not UNSET:
            field_dict["email2"] = email2
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if fio is not UNSET:
            field_dict["fio"] = fio
        if props is not UNSET:
            field_dict["props"] = props
        if cntr is not UNSET:
            field_dict["cntr"] = cntr
        if tariff is not UNSET:
            field_dict["tariff"] = tariff
        if mintrf is not UNSET:
            field_dict["mintrf"] = mintrf
        if curr is not UNSET:
            field_dict["curr"] = curr
        if tz is not UNSET:
            field_dict["tz"] = tz
        if sender is not UNSET:
            field_dict["sender"] = sender
        if sender2 is not UNSET:
            field_dict["sender2"] = sender2
        if nb is not UNSET:
            field_dict["nb"] = nb
        if ktm is not UNSET:
            field_dict["ktm"] = ktm
        if fmts is not UNSET:
            field_dict["fmts"] = fmts
        if notes is not UNSET:
            field_dict["notes"] = notes
        if ph is not UNSET:
            field_dict["ph"] = ph
        if dlim is not UNSET:
            field_dict["dlim"] = dlim
        if plim is not UNSET:
            field_dict["plim"] = plim
        if tlim is not UNSET:
            field_dict["tlim"] = tlim
        if ilim is not UNSET:
            field_dict["ilim"] = ilim
        if tmlim is not UNSET:
            field_dict["tmlim"] = tmlim
        if vld is not UNSET:
            field_dict["vld"] = vld
        if url is not UNSET:
            field_dict["url"] = url
        if mph is not UNSET:
            field_dict["mph"] = mph
        if mh1 is not UNSET:
            field_dict["mh1"] = mh1
        if mh2 is not UNSET:
            field_dict["mh2"] = mh2
        if mlen is not UNSET:
            field_dict["mlen"] = mlen
        if site_id is not UNSET:
            field_dict["site_id"] = site_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add = cast(Literal[1], d.pop("add"))
        if add != 1:
            raise ValueError(f"add must match const 1, got '{add}'")

        user = d.pop("user")

        password = d.pop("password")

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

        _type_ = d.pop("type", UNSET)
        type_: UsersAddBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_users_add_body_type(_type_)

        email = d.pop("email", UNSET)

        email2 = d.pop("email2", UNSET)

        phone = d.pop("phone", UNSET)

        phone2 = d.pop("phone2", UNSET)

        fio = d.pop("fio", UNSET)

        props = d.pop("props", UNSET)

        cntr = d.pop("cntr", UNSET)

        tariff = d.pop("tariff", UNSET)

        mintrf = d.pop("mintrf", UNSET)

        _curr = d.pop("curr", UNSET)
        curr: UsersAddBodyCurr | Unset
        if isinstance(_curr, Unset):
            curr = UNSET
        else:
            curr = check_users_add_body_curr(_curr)

        tz = d.pop("tz", UNSET)

        sender = d.pop("sender", UNSET)

        sender2 = d.pop("sender2", UNSET)

        nb = d.pop("nb", UNSET)

        ktm = d.pop("ktm", UNSET)

        fmts = d.pop("fmts", UNSET)

        notes = d.pop("notes", UNSET)

        ph = d.pop("ph", UNSET)

        dlim = d.pop("dlim", UNSET)

        plim = d.pop("plim", UNSET)

        tlim = d.pop("tlim", UNSET)

        ilim = d.pop("ilim", UNSET)

        tmlim = d.pop("tmlim", UNSET)

        vld = d.pop("vld", UNSET)

        url = d.pop("url", UNSET)

        mph = d.pop("mph", UNSET)

        mh1 = d.pop("mh1", UNSET)

        mh2 = d.pop("mh2", UNSET)

        mlen = d.pop("mlen", UNSET)

        site_id = d.pop("site_id", UNSET)

        users_add_body = cls(
            add=add,
            user=user,
            password=password,
            fmt=fmt,
            charset=charset,
            type_=type_,
            email=email,
            email2=email2,
            phone=phone,
            phone2=phone2,
            fio=fio,
            props=props,
            cntr=cntr,
            tariff=tariff,
            mintrf=mintrf,
            curr=curr,
            tz=tz,
            sender=sender,
            sender2=sender2,
            nb=nb,
            ktm=ktm,
            fmts=fmts,
            notes=notes,
            ph=ph,
            dlim=dlim,
            plim=plim,
            tlim=tlim,
            ilim=ilim,
            tmlim=tmlim,
            vld=vld,
            url=url,
            mph=mph,
            mh1=mh1,
            mh2=mh2,
            mlen=mlen,
            site_id=site_id,
        )

        users_add_body.additional_properties = d
        return users_add_body

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
