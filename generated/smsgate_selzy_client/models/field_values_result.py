# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_values_result_field_values import FieldValuesResultFieldValues


T = TypeVar("T", bound="FieldValuesResult")


@_attrs_define
class FieldValuesResult:
    """
    Attributes:
        field_values (FieldValuesResultFieldValues):
    """

    field_values: FieldValuesResultFieldValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_values = self.field_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldValues": field_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_values_result_field_values import (
            FieldValuesResultFieldValues,
        )

        d = dict(src_dict)
        field_values = FieldValuesResultFieldValues.from_dict(d.pop("fieldValues"))

        field_values_result = cls(
            field_values=field_values,
        )

        field_values_result.additional_properties = d
        return field_values_result

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
