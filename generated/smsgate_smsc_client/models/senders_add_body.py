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

T = TypeVar("T", bound="SendersAddBody")


@_attrs_define
class SendersAddBody:
    """
    Attributes:
        add (Literal[1]): The command flag; SMSC selects the command by it.
        sender (str): The sender name.
        cmt (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        mts (Toggle | Unset):
        mts_step (Toggle | Unset):
        mega (Toggle | Unset):
        mega_step (Toggle | Unset):
        bee_step (Toggle | Unset):
        tele2 (Toggle | Unset):
        tele2_step (Toggle | Unset):
        motiv (Toggle | Unset):
        motiv_step (Toggle | Unset):
        sber_step (Toggle | Unset):
        winmob_step (Toggle | Unset):
        volnamob_step (Toggle | Unset):
        ua_reg (Toggle | Unset):
        ua_int (Toggle | Unset):
        by_reg (Toggle | Unset):
        fio (str | Unset):
        site (str | Unset):
        email (str | Unset):
        address (str | Unset):
        desc (str | Unset):
        subj (str | Unset):
        by_fio (str | Unset):
        by_inn (str | Unset):
        by_address (str | Unset):
        by_ocup (str | Unset):
        mail (Toggle | Unset):
        name (str | Unset):
        doc_info (str | Unset):
    """

    add: Literal[1]
    sender: str
    cmt: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    mts: Toggle | Unset = UNSET
    mts_step: Toggle | Unset = UNSET
    mega: Toggle | Unset = UNSET
    mega_step: Toggle | Unset = UNSET
    bee_step: Toggle | Unset = UNSET
    tele2: Toggle | Unset = UNSET
    tele2_step: Toggle | Unset = UNSET
    motiv: Toggle | Unset = UNSET
    motiv_step: Toggle | Unset = UNSET
    sber_step: Toggle | Unset = UNSET
    winmob_step: Toggle | Unset = UNSET
    volnamob_step: Toggle | Unset = UNSET
    ua_reg: Toggle | Unset = UNSET
    ua_int: Toggle | Unset = UNSET
    by_reg: Toggle | Unset = UNSET
    fio: str | Unset = UNSET
    site: str | Unset = UNSET
    email: str | Unset = UNSET
    address: str | Unset = UNSET
    desc: str | Unset = UNSET
    subj: str | Unset = UNSET
    by_fio: str | Unset = UNSET
    by_inn: str | Unset = UNSET
    by_address: str | Unset = UNSET
    by_ocup: str | Unset = UNSET
    mail: Toggle | Unset = UNSET
    name: str | Unset = UNSET
    doc_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = self.add

        sender = self.sender

        cmt = self.cmt

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        mts: int | Unset = UNSET
        if not isinstance(self.mts, Unset):
            mts = self.mts

        mts_step: int | Unset = UNSET
        if not isinstance(self.mts_step, Unset):
            mts_step = self.mts_step

        mega: int | Unset = UNSET
        if not isinstance(self.mega, Unset):
            mega = self.mega

        mega_step: int | Unset = UNSET
        if not isinstance(self.mega_step, Unset):
            mega_step = self.mega_step

        bee_step: int | Unset = UNSET
        if not isinstance(self.bee_step, Unset):
            bee_step = self.bee_step

        tele2: int | Unset = UNSET
        if not isinstance(self.tele2, Unset):
            tele2 = self.tele2

        tele2_step: int | Unset = UNSET
        if not isinstance(self.tele2_step, Unset):
            tele2_step = self.tele2_step

        motiv: int | Unset = UNSET
        if not isinstance(self.motiv, Unset):
            motiv = self.motiv

        motiv_step: int | Unset = UNSET
        if not isinstance(self.motiv_step, Unset):
            motiv_step = self.motiv_step

        sber_step: int | Unset = UNSET
        if not isinstance(self.sber_step, Unset):
            sber_step = self.sber_step

        winmob_step: int | Unset = UNSET
        if not isinstance(self.winmob_step, Unset):
            winmob_step = self.winmob_step

        volnamob_step: int | Unset = UNSET
        if not isinstance(self.volnamob_step, Unset):
            volnamob_step = self.volnamob_step

        ua_reg: int | Unset = UNSET
        if not isinstance(self.ua_reg, Unset):
            ua_reg = self.ua_reg

        ua_int: int | Unset = UNSET
        if not isinstance(self.ua_int, Unset):
            ua_int = self.ua_int

        by_reg: int | Unset = UNSET
        if not isinstance(self.by_reg, Unset):
            by_reg = self.by_reg

        fio = self.fio

        site = self.site

        email = self.email

        address = self.address

        desc = self.desc

        subj = self.subj

        by_fio = self.by_fio

        by_inn = self.by_inn

        by_address = self.by_address

        by_ocup = self.by_ocup

        mail: int | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = self.mail

        name = self.name

        doc_info = self.doc_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "sender": sender,
                "cmt": cmt,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if mts is not UNSET:
            field_dict["mts"] = mts
        if mts_step is not UNSET:
            field_dict["mts_step"] = mts_step
        if mega is not UNSET:
            field_dict["mega"] = mega
        if mega_step is not UNSET:
            field_dict["mega_step"] = mega_step
        if bee_step is not UNSET:
            field_dict["bee_step"] = bee_step
        if tele2 is not UNSET:
            field_dict["tele2"] = tele2
        if tele2_step is not UNSET:
            field_dict["tele2_step"] = tele2_step
        if motiv is not UNSET:
            field_dict["motiv"] = motiv
        if motiv_step is not UNSET:
            field_dict["motiv_step"] = motiv_step
        if sber_step is not UNSET:
            field_dict["sber_step"] = sber_step
        if winmob_step is not UNSET:
            field_dict["winmob_step"] = winmob_step
        if volnamob_step is not UNSET:
            field_dict["volnamob_step"] = volnamob_step
        if ua_reg is not UNSET:
            field_dict["ua_reg"] = ua_reg
        if ua_int is not UNSET:
            field_dict["ua_int"] = ua_int
        if by_reg is not UNSET:
            field_dict["by_reg"] = by_reg
        if fio is not UNSET:
            field_dict["fio"] = fio
        if site is not UNSET:
            field_dict["site"] = site
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if desc is not UNSET:
            field_dict["desc"] = desc
        if subj is not UNSET:
            field_dict["subj"] = subj
        if by_fio is not UNSET:
            field_dict["by_fio"] = by_fio
        if by_inn is not UNSET:
            field_dict["by_inn"] = by_inn
        if by_address is not UNSET:
            field_dict["by_address"] = by_address
        if by_ocup is not UNSET:
            field_dict["by_ocup"] = by_ocup
        if mail is not UNSET:
            field_dict["mail"] = mail
        if name is not UNSET:
            field_dict["name"] = name
        if doc_info is not UNSET:
            field_dict["doc_info"] = doc_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add = cast(Literal[1], d.pop("add"))
        if add != 1:
            raise ValueError(f"add must match const 1, got '{add}'")

        sender = d.pop("sender")

        cmt = d.pop("cmt")

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

        _mts = d.pop("mts", UNSET)
        mts: Toggle | Unset
        if isinstance(_mts, Unset):
            mts = UNSET
        else:
            mts = check_toggle(_mts)

        _mts_step = d.pop("mts_step", UNSET)
        mts_step: Toggle | Unset
        if isinstance(_mts_step, Unset):
            mts_step = UNSET
        else:
            mts_step = check_toggle(_mts_step)

        _mega = d.pop("mega", UNSET)
        mega: Toggle | Unset
        if isinstance(_mega, Unset):
            mega = UNSET
        else:
            mega = check_toggle(_mega)

        _mega_step = d.pop("mega_step", UNSET)
        mega_step: Toggle | Unset
        if isinstance(_mega_step, Unset):
            mega_step = UNSET
        else:
            mega_step = check_toggle(_mega_step)

        _bee_step = d.pop("bee_step", UNSET)
        bee_step: Toggle | Unset
        if isinstance(_bee_step, Unset):
            bee_step = UNSET
        else:
            bee_step = check_toggle(_bee_step)

        _tele2 = d.pop("tele2", UNSET)
        tele2: Toggle | Unset
        if isinstance(_tele2, Unset):
            tele2 = UNSET
        else:
            tele2 = check_toggle(_tele2)

        _tele2_step = d.pop("tele2_step", UNSET)
        tele2_step: Toggle | Unset
        if isinstance(_tele2_step, Unset):
            tele2_step = UNSET
        else:
            tele2_step = check_toggle(_tele2_step)

        _motiv = d.pop("motiv", UNSET)
        motiv: Toggle | Unset
        if isinstance(_motiv, Unset):
            motiv = UNSET
        else:
            motiv = check_toggle(_motiv)

        _motiv_step = d.pop("motiv_step", UNSET)
        motiv_step: Toggle | Unset
        if isinstance(_motiv_step, Unset):
            motiv_step = UNSET
        else:
            motiv_step = check_toggle(_motiv_step)

        _sber_step = d.pop("sber_step", UNSET)
        sber_step: Toggle | Unset
        if isinstance(_sber_step, Unset):
            sber_step = UNSET
        else:
            sber_step = check_toggle(_sber_step)

        _winmob_step = d.pop("winmob_step", UNSET)
        winmob_step: Toggle | Unset
        if isinstance(_winmob_step, Unset):
            winmob_step = UNSET
        else:
            winmob_step = check_toggle(_winmob_step)

        _volnamob_step = d.pop("volnamob_step", UNSET)
        volnamob_step: Toggle | Unset
        if isinstance(_volnamob_step, Unset):
            volnamob_step = UNSET
        else:
            volnamob_step = check_toggle(_volnamob_step)

        _ua_reg = d.pop("ua_reg", UNSET)
        ua_reg: Toggle | Unset
        if isinstance(_ua_reg, Unset):
            ua_reg = UNSET
        else:
            ua_reg = check_toggle(_ua_reg)

        _ua_int = d.pop("ua_int", UNSET)
        ua_int: Toggle | Unset
        if isinstance(_ua_int, Unset):
            ua_int = UNSET
        else:
            ua_int = check_toggle(_ua_int)

        _by_reg = d.pop("by_reg", UNSET)
        by_reg: Toggle | Unset
        if isinstance(_by_reg, Unset):
            by_reg = UNSET
        else:
            by_reg = check_toggle(_by_reg)

        fio = d.pop("fio", UNSET)

        site = d.pop("site", UNSET)

        email = d.pop("email", UNSET)

        address = d.pop("address", UNSET)

        desc = d.pop("desc", UNSET)

        subj = d.pop("subj", UNSET)

        by_fio = d.pop("by_fio", UNSET)

        by_inn = d.pop("by_inn", UNSET)

        by_address = d.pop("by_address", UNSET)

        by_ocup = d.pop("by_ocup", UNSET)

        _mail = d.pop("mail", UNSET)
        mail: Toggle | Unset
        if isinstance(_mail, Unset):
            mail = UNSET
        else:
            mail = check_toggle(_mail)

        name = d.pop("name", UNSET)

        doc_info = d.pop("doc_info", UNSET)

        senders_add_body = cls(
            add=add,
            sender=sender,
            cmt=cmt,
            fmt=fmt,
            charset=charset,
            mts=mts,
            mts_step=mts_step,
            mega=mega,
            mega_step=mega_step,
            bee_step=bee_step,
            tele2=tele2,
            tele2_step=tele2_step,
            motiv=motiv,
            motiv_step=motiv_step,
            sber_step=sber_step,
            winmob_step=winmob_step,
            volnamob_step=volnamob_step,
            ua_reg=ua_reg,
            ua_int=ua_int,
            by_reg=by_reg,
            fio=fio,
            site=site,
            email=email,
            address=address,
            desc=desc,
            subj=subj,
            by_fio=by_fio,
            by_inn=by_inn,
            by_address=by_address,
            by_ocup=by_ocup,
            mail=mail,
            name=name,
            doc_info=doc_info,
        )

        senders_add_body.additional_properties = d
        return senders_add_body

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
