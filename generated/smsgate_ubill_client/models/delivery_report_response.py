# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_report_item import DeliveryReportItem


T = TypeVar("T", bound="DeliveryReportResponse")


@_attrs_define
class DeliveryReportResponse:
    """
    Attributes:
        status_id (int): Request-level status: `0` is success; any other value is an error whose meaning
            depends on the operation (see its description). Not an enum on purpose: a code uBill
            adds later must still reach the caller as an API error, not as a decoding failure.
        message (str | Unset): Human-readable text, such as "SMS Sent".
        result (list[DeliveryReportItem] | Unset):
    """

    status_id: int
    message: str | Unset = UNSET
    result: list[DeliveryReportItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        message = self.message

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusID": status_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_report_item import DeliveryReportItem

        d = dict(src_dict)
        status_id = d.pop("statusID")

        message = d.pop("message", UNSET)

        _result = d.pop("result", UNSET)
        result: list[DeliveryReportItem] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = DeliveryReportItem.from_dict(result_item_data)

                result.append(result_item)

        delivery_report_response = cls(
            status_id=status_id,
            message=message,
            result=result,
        )

        delivery_report_response.additional_properties = d
        return delivery_report_response

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
