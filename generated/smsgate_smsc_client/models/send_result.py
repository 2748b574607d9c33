# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_result_phones_item import SendResultPhonesItem


T = TypeVar("T", bound="SendResult")


@_attrs_define
class SendResult:
    """
    Attributes:
        id (int | str): An id; a number in SMSC's JSON, a string when the client gave a string id.
        cnt (int): Parts sent (seconds for a voice call, per one client).
        cost (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        balance (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        code (str | Unset): The generated code of a voice-code call (`call=1`, `mes=code`).
        phones (list[SendResultPhonesItem] | Unset): Per-number details with `op=1` (every number) or `err=1` (bad
            numbers).
    """

    id: int | str
    cnt: int
    cost: float | str | Unset = UNSET
    balance: float | str | Unset = UNSET
    code: str | Unset = UNSET
    phones: list[SendResultPhonesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        cnt = self.cnt

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        balance: float | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        code = self.code

        phones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phones, Unset):
            phones = []
            for phones_item_data in self.phones:
                phones_item = phones_item_data.to_dict()
                phones.append(phones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cnt": cnt,
            }
        )
        if cost is not UNSET:
            field_dict["cost"] = cost
        if balance is not UNSET:
            field_dict["balance"] = balance
        if code is not UNSET:
            field_dict["code"] = code
        if phones is not UNSET:
            field_dict["phones"] = phones

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.send_result_phones_item import SendResultPhonesItem

        d = dict(src_dict)
        id = cast(int | str, d.pop("id"))

        cnt = d.pop("cnt")

        cost = cast(float | str | Unset, d.pop("cost", UNSET))

        balance = cast(float | str | Unset, d.pop("balance", UNSET))

        code = d.pop("code", UNSET)

        _phones = d.pop("phones", UNSET)
        phones: list[SendResultPhonesItem] | Unset = UNSET
        if _phones is not UNSET:
            phones = []
            for phones_item_data in _phones:
                phones_item = SendResultPhonesItem.from_dict(phones_item_data)

                phones.append(phones_item)

        send_result = cls(
            id=id,
            cnt=cnt,
            cost=cost,
            balance=balance,
            code=code,
            phones=phones,
        )

        send_result.additional_properties = d
        return send_result

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
