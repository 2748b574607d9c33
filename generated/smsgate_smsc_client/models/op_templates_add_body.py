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

T = TypeVar("T", bound="OpTemplatesAddBody")


@_attrs_define
class OpTemplatesAddBody:
    """
    Attributes:
        add (Literal[1]): The command flag; SMSC selects the command by it.
        sender (str):
        msg (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        mts_srv (Toggle | Unset):
        mts_trn (Toggle | Unset):
        mega_srv (Toggle | Unset):
        mega_trn (Toggle | Unset):
        bee_srv (Toggle | Unset):
        bee_trn (Toggle | Unset):
        tele2_srv (Toggle | Unset):
        tele2_trn (Toggle | Unset):
    """

    add: Literal[1]
    sender: str
    msg: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    mts_srv: Toggle | Unset = UNSET
    mts_trn: Toggle | Unset = UNSET
    mega_srv: Toggle | Unset = UNSET
    mega_trn: Toggle | Unset = UNSET
    bee_srv: Toggle | Unset = UNSET
    bee_trn: Toggle | Unset = UNSET
    tele2_srv: Toggle | Unset = UNSET
    tele2_trn: Toggle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = self.add

        sender = self.sender

        msg = self.msg

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        mts_srv: int | Unset = UNSET
        if not isinstance(self.mts_srv, Unset):
            mts_srv = self.mts_srv

        mts_trn: int | Unset = UNSET
        if not isinstance(self.mts_trn, Unset):
            mts_trn = self.mts_trn

        mega_srv: int | Unset = UNSET
        if not isinstance(self.mega_srv, Unset):
            mega_srv = self.mega_srv

        mega_trn: int | Unset = UNSET
        if not isinstance(self.mega_trn, Unset):
            mega_trn = self.mega_trn

        bee_srv: int | Unset = UNSET
        if not isinstance(self.bee_srv, Unset):
            bee_srv = self.bee_srv

        bee_trn: int | Unset = UNSET
        if not isinstance(self.bee_trn, Unset):
            bee_trn = self.bee_trn

        tele2_srv: int | Unset = UNSET
        if not isinstance(self.tele2_srv, Unset):
            tele2_srv = self.tele2_srv

        tele2_trn: int | Unset = UNSET
        if not isinstance(self.tele2_trn, Unset):
            tele2_trn = self.tele2_trn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "sender": sender,
                "msg": msg,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if mts_srv is not UNSET:
            field_dict["mts_srv"] = mts_srv
        if mts_trn is not UNSET:
            field_dict["mts_trn"] = mts_trn
        if mega_srv is not UNSET:
            field_dict["mega_srv"] = mega_srv
        if mega_trn is not UNSET:
            field_dict["mega_trn"] = mega_trn
        if bee_srv is not UNSET:
            field_dict["bee_srv"] = bee_srv
        if bee_trn is not UNSET:
            field_dict["bee_trn"] = bee_trn
        if tele2_srv is not UNSET:
            field_dict["tele2_srv"] = tele2_srv
        if tele2_trn is not UNSET:
            field_dict["tele2_trn"] = tele2_trn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add = cast(Literal[1], d.pop("add"))
        if add != 1:
            raise ValueError(f"add must match const 1, got '{add}'")

        sender = d.pop("sender")

        msg = d.pop("msg")

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

        _mts_srv = d.pop("mts_srv", UNSET)
        mts_srv: Toggle | Unset
        if isinstance(_mts_srv, Unset):
            mts_srv = UNSET
        else:
            mts_srv = check_toggle(_mts_srv)

        _mts_trn = d.pop("mts_trn", UNSET)
        mts_trn: Toggle | Unset
        if isinstance(_mts_trn, Unset):
            mts_trn = UNSET
        else:
            mts_trn = check_toggle(_mts_trn)

        _mega_srv = d.pop("mega_srv", UNSET)
        mega_srv: Toggle | Unset
        if isinstance(_mega_srv, Unset):
            mega_srv = UNSET
        else:
            mega_srv = check_toggle(_mega_srv)

        _mega_trn = d.pop("mega_trn", UNSET)
        mega_trn: Toggle | Unset
        if isinstance(_mega_trn, Unset):
            mega_trn = UNSET
        else:
            mega_trn = check_toggle(_mega_trn)

        _bee_srv = d.pop("bee_srv", UNSET)
        bee_srv: Toggle | Unset
        if isinstance(_bee_srv, Unset):
            bee_srv = UNSET
        else:
            bee_srv = check_toggle(_bee_srv)

        _bee_trn = d.pop("bee_trn", UNSET)
        bee_trn: Toggle | Unset
        if isinstance(_bee_trn, Unset):
            bee_trn = UNSET
        else:
            bee_trn = check_toggle(_bee_trn)

        _tele2_srv = d.pop("tele2_srv", UNSET)
        tele2_srv: Toggle | Unset
        if isinstance(_tele2_srv, Unset):
            tele2_srv = UNSET
        else:
            tele2_srv = check_toggle(_tele2_srv)

        _tele2_trn = d.pop("tele2_trn", UNSET)
        tele2_trn: Toggle | Unset
        if isinstance(_tele2_trn, Unset):
            tele2_trn = UNSET
        else:
            tele2_trn = check_toggle(_tele2_trn)

        op_templates_add_body = cls(
            add=add,
            sender=sender,
            msg=msg,
            fmt=fmt,
            charset=charset,
            mts_srv=mts_srv,
            mts_trn=mts_trn,
            mega_srv=mega_srv,
            mega_trn=mega_trn,
            bee_srv=bee_srv,
            bee_trn=bee_trn,
            tele2_srv=tele2_srv,
            tele2_trn=tele2_trn,
        )

        op_templates_add_body.additional_properties = d
        return op_templates_add_body

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
