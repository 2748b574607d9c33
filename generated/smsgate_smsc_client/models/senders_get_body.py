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

T = TypeVar("T", bound="SendersGetBody")


@_attrs_define
class SendersGetBody:
    """
    Attributes:
        get (Literal[1]): The command flag; SMSC selects the command by it.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        all_ (Toggle | Unset):
        user (str | Unset): A sub-client's login.
        operators (Toggle | Unset):
        from_date (str | Unset): A request date, `dd.mm.yyyy`.
        prev_id (int | Unset):
        cnt (int | Unset): Records per reply, at most 1000.
    """

    get: Literal[1]
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    all_: Toggle | Unset = UNSET
    user: str | Unset = UNSET
    operators: Toggle | Unset = UNSET
    from_date: str | Unset = UNSET
    prev_id: int | Unset = UNSET
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

        all_: int | Unset = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_

        user = self.user

        operators: int | Unset = UNSET
        if not isinstance(self.operators, Unset):
            operators = self.operators

        from_date = self.from_date

        prev_id = self.prev_id

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
        if all_ is not UNSET:
            field_dict["all"] = all_
        if user is not UNSET:
            field_dict["user"] = user
        if operators is not UNSET:
            field_dict["operators"] = operators
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if prev_id is not UNSET:
            field_dict["prev_id"] = prev_id
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

        _all_ = d.pop("all", UNSET)
        all_: Toggle | Unset
        if isinstance(_all_, Unset):
            all_ = UNSET
        else:
            all_ = check_toggle(_all_)

        user = d.pop("user", UNSET)

        _operators = d.pop("operators", UNSET)
        operators: Toggle | Unset
        if isinstance(_operators, Unset):
            operators = UNSET
        else:
            operators = check_toggle(_operators)

        from_date = d.pop("from_date", UNSET)

        prev_id = d.pop("prev_id", UNSET)

        cnt = d.pop("cnt", UNSET)

        senders_get_body = cls(
            get=get,
            fmt=fmt,
            charset=charset,
            all_=all_,
            user=user,
            operators=operators,
            from_date=from_date,
            prev_id=prev_id,
            cnt=cnt,
        )

        senders_get_body.additional_properties = d
        return senders_get_body

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
