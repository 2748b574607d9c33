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

T = TypeVar("T", bound="DocumentsAddAccountBody")


@_attrs_define
class DocumentsAddAccountBody:
    """
    Attributes:
        add_account (Literal[1]): The command flag; SMSC selects the command by it.
        sum_ (float):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        user (str | Unset):
        user_id (int | Unset):
        service (str | Unset):
    """

    add_account: Literal[1]
    sum_: float
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    user: str | Unset = UNSET
    user_id: int | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add_account = self.add_account

        sum_ = self.sum_

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        user = self.user

        user_id = self.user_id

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add_account": add_account,
                "sum": sum_,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if user is not UNSET:
            field_dict["user"] = user
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add_account = cast(Literal[1], d.pop("add_account"))
        if add_account != 1:
            raise ValueError(f"add_account must match const 1, got '{add_account}'")

        sum_ = d.pop("sum")

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

        user_id = d.pop("user_id", UNSET)

        service = d.pop("service", UNSET)

        documents_add_account_body = cls(
            add_account=add_account,
            sum_=sum_,
            fmt=fmt,
            charset=charset,
            user=user,
            user_id=user_id,
            service=service,
        )

        documents_add_account_body.additional_properties = d
        return documents_add_account_body

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
