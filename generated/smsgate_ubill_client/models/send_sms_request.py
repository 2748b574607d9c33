# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSMSRequest")


@_attrs_define
class SendSMSRequest:
    """
    Attributes:
        brand_id (int): ID of an authorized brand name.
        numbers (list[int | str]): International numbers without `+` or `00`, as JSON integers. Whether strings are
            accepted is *unconfirmed*.
        text (str): Message text; any Unicode.
        stop_list (bool | Unset): Check the numbers against the stop list. Required in uBill's document, optional in
            practice; send it explicitly, since its default is not documented.
        otp (bool | Unset): One-time-password traffic with the highest priority (*unconfirmed* in JSON).
        send_time (str | Unset): Local time `Y-m-d H:i` (no seconds, no zone; Tbilisi time presumed).
    """

    brand_id: int
    numbers: list[int | str]
    text: str
    stop_list: bool | Unset = UNSET
    otp: bool | Unset = UNSET
    send_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_id = self.brand_id

        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item: int | str
            numbers_item = numbers_item_data
            numbers.append(numbers_item)

        text = self.text

        stop_list = self.stop_list

        otp = self.otp

        send_time = self.send_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "brandID": brand_id,
                "numbers": numbers,
                "text": text,
            }
        )
        if stop_list is not UNSET:
            field_dict["stopList"] = stop_list
        if otp is not UNSET:
            field_dict["otp"] = otp
        if send_time is not UNSET:
            field_dict["sendTime"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand_id = d.pop("brandID")

        numbers = cast(list[int | str], d.pop("numbers"))

        text = d.pop("text")

        stop_list = d.pop("stopList", UNSET)

        otp = d.pop("otp", UNSET)

        send_time = d.pop("sendTime", UNSET)

        send_sms_request = cls(
            brand_id=brand_id,
            numbers=numbers,
            text=text,
            stop_list=stop_list,
            otp=otp,
            send_time=send_time,
        )

        send_sms_request.additional_properties = d
        return send_sms_request

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
