# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charset import Charset, check_charset
from ..models.format_ import Format, check_format
from ..models.mails_move_group_body_move_group import (
    MailsMoveGroupBodyMoveGroup,
    check_mails_move_group_body_move_group,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailsMoveGroupBody")


@_attrs_define
class MailsMoveGroupBody:
    """
    Attributes:
        move_group (MailsMoveGroupBodyMoveGroup): 1 move, 2 add to another group, 3 remove from the group.
        grp (int):
        mail (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
    """

    move_group: MailsMoveGroupBodyMoveGroup
    grp: int
    mail: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        move_group: int = self.move_group

        grp = self.grp

        mail = self.mail

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "move_group": move_group,
                "grp": grp,
                "mail": mail,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        move_group = check_mails_move_group_body_move_group(d.pop("move_group"))

        grp = d.pop("grp")

        mail = d.pop("mail")

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

        mails_move_group_body = cls(
            move_group=move_group,
            grp=grp,
            mail=mail,
            fmt=fmt,
            charset=charset,
        )

        mails_move_group_body.additional_properties = d
        return mails_move_group_body

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
