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

T = TypeVar("T", bound="UsersGetStatBody")


@_attrs_define
class UsersGetStatBody:
    """
    Attributes:
        get_stat (Literal[1]): The command flag; SMSC selects the command by it.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        user (str | Unset):
        start (str | Unset): A request date, `dd.mm.yyyy`.
        end (str | Unset): A request date, `dd.mm.yyyy`.
        mycur (Toggle | Unset):
        balance2 (Toggle | Unset):
        reseller (Toggle | Unset):
        hide_deleted (Toggle | Unset):
    """

    get_stat: Literal[1]
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    user: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    mycur: Toggle | Unset = UNSET
    balance2: Toggle | Unset = UNSET
    reseller: Toggle | Unset = UNSET
    hide_deleted: Toggle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get_stat = self.get_stat

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        user = self.user

        start = self.start

        end = self.end

        mycur: int | Unset = UNSET
        if not isinstance(self.mycur, Unset):
            mycur = self.mycur

        balance2: int | Unset = UNSET
        if not isinstance(self.balance2, Unset):
            balance2 = self.balance2

        reseller: int | Unset = UNSET
        if not isinstance(self.reseller, Unset):
            reseller = self.reseller

        hide_deleted: int | Unset = UNSET
        if not isinstance(self.hide_deleted, Unset):
            hide_deleted = self.hide_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "get_stat": get_stat,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if user is not UNSET:
            field_dict["user"] = user
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if mycur is not UNSET:
            field_dict["mycur"] = mycur
        if balance2 is not UNSET:
            field_dict["balance2"] = balance2
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if hide_deleted is not UNSET:
            field_dict["hide_deleted"] = hide_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        get_stat = cast(Literal[1], d.pop("get_stat"))
        if get_stat != 1:
            raise ValueError(f"get_stat must match const 1, got '{get_stat}'")

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

        user = d.pop("user", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _mycur = d.pop("mycur", UNSET)
        mycur: Toggle | Unset
        if isinstance(_mycur, Unset):
            mycur = UNSET
        else:
            mycur = check_toggle(_mycur)

        _balance2 = d.pop("balance2", UNSET)
        balance2: Toggle | Unset
        if isinstance(_balance2, Unset):
            balance2 = UNSET
        else:
            balance2 = check_toggle(_balance2)

        _reseller = d.pop("reseller", UNSET)
        reseller: Toggle | Unset
        if isinstance(_reseller, Unset):
            reseller = UNSET
        else:
            reseller = check_toggle(_reseller)

        _hide_deleted = d.pop("hide_deleted", UNSET)
        hide_deleted: Toggle | Unset
        if isinstance(_hide_deleted, Unset):
            hide_deleted = UNSET
        else:
            hide_deleted = check_toggle(_hide_deleted)

        users_get_stat_body = cls(
            get_stat=get_stat,
            fmt=fmt,
            charset=charset,
            user=user,
            start=start,
            end=end,
            mycur=mycur,
            balance2=balance2,
            reseller=reseller,
            hide_deleted=hide_deleted,
        )

        users_get_stat_body.additional_properties = d
        return users_get_stat_body

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
