# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TariffChanged")


@_attrs_define
class TariffChanged:
    """
    Attributes:
        tariff_id (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        charged_sum (float | str | Unset): A decimal, as a number or a numeric string.
        charged_bonus (float | str | Unset): A decimal, as a number or a numeric string.
        start_time (None | str | Unset):
        end_time (None | str | Unset):
    """

    tariff_id: int | str
    charged_sum: float | str | Unset = UNSET
    charged_bonus: float | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tariff_id: int | str
        tariff_id = self.tariff_id

        charged_sum: float | str | Unset
        if isinstance(self.charged_sum, Unset):
            charged_sum = UNSET
        else:
            charged_sum = self.charged_sum

        charged_bonus: float | str | Unset
        if isinstance(self.charged_bonus, Unset):
            charged_bonus = UNSET
        else:
            charged_bonus = self.charged_bonus

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tariff_id": tariff_id,
            }
        )
        if charged_sum is not UNSET:
            field_dict["charged_sum"] = charged_sum
        if charged_bonus is not UNSET:
            field_dict["charged_bonus"] = charged_bonus
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tariff_id = cast(int | str, d.pop("tariff_id"))

        charged_sum = cast(float | str | Unset, d.pop("charged_sum", UNSET))

        charged_bonus = cast(float | str | Unset, d.pop("charged_bonus", UNSET))

        start_time = cast(None | str | Unset, d.pop("start_time", UNSET))

        end_time = cast(None | str | Unset, d.pop("end_time", UNSET))

        tariff_changed = cls(
            tariff_id=tariff_id,
            charged_sum=charged_sum,
            charged_bonus=charged_bonus,
            start_time=start_time,
            end_time=end_time,
        )

        tariff_changed.additional_properties = d
        return tariff_changed

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
