# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_delivery import BulkDelivery


T = TypeVar("T", bound="BulkMailingStatus")


@_attrs_define
class BulkMailingStatus:
    """
    Attributes:
        message_id (int | str): An id or count sent as a number in some replies and as a digit string in others.
        success (list[BulkDelivery]):
        name (str | Unset):
        alphaname_id (int | str | Unset): An id or count sent as a number in some replies and as a digit string in
            others.
        error (list[BulkDelivery] | Unset): Failed deliveries, if SMS.by lists them apart (*unconfirmed*).
    """

    message_id: int | str
    success: list[BulkDelivery]
    name: str | Unset = UNSET
    alphaname_id: int | str | Unset = UNSET
    error: list[BulkDelivery] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id: int | str
        message_id = self.message_id

        success = []
        for success_item_data in self.success:
            success_item = success_item_data.to_dict()
            success.append(success_item)

        name = self.name

        alphaname_id: int | str | Unset
        if isinstance(self.alphaname_id, Unset):
            alphaname_id = UNSET
        else:
            alphaname_id = self.alphaname_id

        error: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = []
            for error_item_data in self.error:
                error_item = error_item_data.to_dict()
                error.append(error_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "success": success,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if alphaname_id is not UNSET:
            field_dict["alphaname_id"] = alphaname_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bulk_delivery import BulkDelivery

        d = dict(src_dict)
        message_id = cast(int | str, d.pop("message_id"))

        success = []
        _success = d.pop("success")
        for success_item_data in _success:
            success_item = BulkDelivery.from_dict(success_item_data)

            success.append(success_item)

        name = d.pop("name", UNSET)

        alphaname_id = cast(int | str | Unset, d.pop("alphaname_id", UNSET))

        _error = d.pop("error", UNSET)
        error: list[BulkDelivery] | Unset = UNSET
        if _error is not UNSET:
            error = []
            for error_item_data in _error:
                error_item = BulkDelivery.from_dict(error_item_data)

                error.append(error_item)

        bulk_mailing_status = cls(
            message_id=message_id,
            success=success,
            name=name,
            alphaname_id=alphaname_id,
            error=error,
        )

        bulk_mailing_status.additional_properties = d
        return bulk_mailing_status

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
