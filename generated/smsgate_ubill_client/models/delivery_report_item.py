# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status_number import (
    DeliveryStatusNumber,
    check_delivery_status_number,
)
from ..models.delivery_status_text import DeliveryStatusText, check_delivery_status_text

T = TypeVar("T", bound="DeliveryReportItem")


@_attrs_define
class DeliveryReportItem:
    """
    Attributes:
        number (str): The recipient, international format.
        status_id (DeliveryStatusNumber | DeliveryStatusText): Per-number delivery status, a string in uBill's document
            and sometimes an integer live.

            | statusID | meaning |
            |---|---|
            | 0 | sent (not yet delivered) |
            | 1 | delivered |
            | 2 | failed (not delivered) |
            | 3 | pending (awaiting status) |
            | 4 | error |

            1, 2 and 4 are final; 0 and 3 are transient.
    """

    number: str
    status_id: DeliveryStatusNumber | DeliveryStatusText
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status_id: int | str
        if isinstance(self.status_id, str):
            status_id = self.status_id
        else:
            status_id = self.status_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "statusID": status_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_status_id(data: object) -> DeliveryStatusNumber | DeliveryStatusText:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_delivery_status_code_delivery_status_text = (
                    check_delivery_status_text(data)
                )

                return componentsschemas_delivery_status_code_delivery_status_text
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, int):
                raise TypeError()
            componentsschemas_delivery_status_code_delivery_status_number = (
                check_delivery_status_number(data)
            )

            return componentsschemas_delivery_status_code_delivery_status_number

        status_id = _parse_status_id(d.pop("statusID"))

        delivery_report_item = cls(
            number=number,
            status_id=status_id,
        )

        delivery_report_item.additional_properties = d
        return delivery_report_item

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
