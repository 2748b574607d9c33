# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatRow")


@_attrs_define
class StatRow:
    """Statistics for one login (key names *unconfirmed*).

    Attributes:
        login (str | Unset):
        cnt (int | str | Unset): An integer that some replies carry as a string.
        debit (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        credit (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        currency (str | Unset):
    """

    login: str | Unset = UNSET
    cnt: int | str | Unset = UNSET
    debit: float | str | Unset = UNSET
    credit: float | str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        cnt: int | str | Unset
        if isinstance(self.cnt, Unset):
            cnt = UNSET
        else:
            cnt = self.cnt

        debit: float | str | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit

        credit: float | str | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if cnt is not UNSET:
            field_dict["cnt"] = cnt
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login = d.pop("login", UNSET)

        cnt = cast(int | str | Unset, d.pop("cnt", UNSET))

        debit = cast(float | str | Unset, d.pop("debit", UNSET))

        credit = cast(float | str | Unset, d.pop("credit", UNSET))

        currency = d.pop("currency", UNSET)

        stat_row = cls(
            login=login,
            cnt=cnt,
            debit=debit,
            credit=credit,
            currency=currency,
        )

        stat_row.additional_properties = d
        return stat_row

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
