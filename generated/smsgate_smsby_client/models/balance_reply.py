# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_item import BalanceItem


T = TypeVar("T", bound="BalanceReply")


@_attrs_define
class BalanceReply:
    """
    Attributes:
        result (BalanceItem | list[BalanceItem]):
        status (str | Unset): `OK`.
        currency (str | Unset):
    """

    result: BalanceItem | list[BalanceItem]
    status: str | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.result, list):
            result = []
            for componentsschemas_balance_list_item_data in self.result:
                componentsschemas_balance_list_item = (
                    componentsschemas_balance_list_item_data.to_dict()
                )
                result.append(componentsschemas_balance_list_item)

        else:
            result = self.result.to_dict()

        status = self.status

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.balance_item import BalanceItem

        d = dict(src_dict)

        def _parse_result(data: object) -> BalanceItem | list[BalanceItem]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = []
                _result_type_0 = data
                for componentsschemas_balance_list_item_data in _result_type_0:
                    componentsschemas_balance_list_item = BalanceItem.from_dict(
                        componentsschemas_balance_list_item_data
                    )

                    result_type_0.append(componentsschemas_balance_list_item)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            result_type_1 = BalanceItem.from_dict(data)

            return result_type_1

        result = _parse_result(d.pop("result"))

        status = d.pop("status", UNSET)

        currency = d.pop("currency", UNSET)

        balance_reply = cls(
            result=result,
            status=status,
            currency=currency,
        )

        balance_reply.additional_properties = d
        return balance_reply

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
