# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_request_double_optin import (
    SubscribeRequestDoubleOptin,
    check_subscribe_request_double_optin,
)
from ..models.subscribe_request_overwrite import (
    SubscribeRequestOverwrite,
    check_subscribe_request_overwrite,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_map import FieldMap


T = TypeVar("T", bound="SubscribeRequest")


@_attrs_define
class SubscribeRequest:
    """The arguments of `subscribe`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        list_ids (str): Comma-separated integer ids, e.g. `134,135`.
        fields (FieldMap): A map sent with bracketed keys: `fields[email]=...&fields[Name]=...`.
        tags (str | Unset): Comma-separated tags to attach.
        double_optin (SubscribeRequestDoubleOptin | Unset): 0: ask to confirm by email (status `invited`); 3: consent
            already given, status `new`, no email; 4: add directly if already new/active in your lists, else invite.
            Default: 0.
        overwrite (SubscribeRequestOverwrite | Unset): When the contact exists: 0 only add new fields, 1 overwrite all
            fields and tags, 2 overwrite only the given fields (semantics *unconfirmed*). Default: 0.
        request_ip (str | Unset): Legacy consent evidence (IP of the subscribe request); effect *unconfirmed*.
        request_time (str | Unset): Legacy consent evidence; effect *unconfirmed*.
        confirm_ip (str | Unset): Legacy consent evidence; effect *unconfirmed*.
        confirm_time (str | Unset): Legacy consent evidence; effect *unconfirmed*.
    """

    list_ids: str
    fields: FieldMap
    tags: str | Unset = UNSET
    double_optin: SubscribeRequestDoubleOptin | Unset = 0
    overwrite: SubscribeRequestOverwrite | Unset = 0
    request_ip: str | Unset = UNSET
    request_time: str | Unset = UNSET
    confirm_ip: str | Unset = UNSET
    confirm_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ids = self.list_ids

        fields = self.fields.to_dict()

        tags = self.tags

        double_optin: int | Unset = UNSET
        if not isinstance(self.double_optin, Unset):
            double_optin = self.double_optin

        overwrite: int | Unset = UNSET
        if not isinstance(self.overwrite, Unset):
            overwrite = self.overwrite

        request_ip = self.request_ip

        request_time = self.request_time

        confirm_ip = self.confirm_ip

        confirm_time = self.confirm_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_ids": list_ids,
                "fields": fields,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if double_optin is not UNSET:
            field_dict["double_optin"] = double_optin
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite
        if request_ip is not UNSET:
            field_dict["request_ip"] = request_ip
        if request_time is not UNSET:
            field_dict["request_time"] = request_time
        if confirm_ip is not UNSET:
            field_dict["confirm_ip"] = confirm_ip
        if confirm_time is not UNSET:
            field_dict["confirm_time"] = confirm_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_map import FieldMap

        d = dict(src_dict)
        list_ids = d.pop("list_ids")

        fields = FieldMap.from_dict(d.pop("fields"))

        tags = d.pop("tags", UNSET)

        _double_optin = d.pop("double_optin", UNSET)
        double_optin: SubscribeRequestDoubleOptin | Unset
        if isinstance(_double_optin, Unset):
            double_optin = UNSET
        else:
            double_optin = check_subscribe_request_double_optin(_double_optin)

        _overwrite = d.pop("overwrite", UNSET)
        overwrite: SubscribeRequestOverwrite | Unset
        if isinstance(_overwrite, Unset):
            overwrite = UNSET
        else:
            overwrite = check_subscribe_request_overwrite(_overwrite)

        request_ip = d.pop("request_ip", UNSET)

        request_time = d.pop("request_time", UNSET)

        confirm_ip = d.pop("confirm_ip", UNSET)

        confirm_time = d.pop("confirm_time", UNSET)

        subscribe_request = cls(
            list_ids=list_ids,
            fields=fields,
            tags=tags,
            double_optin=double_optin,
            overwrite=overwrite,
            request_ip=request_ip,
            request_time=request_time,
            confirm_ip=confirm_ip,
            confirm_time=confirm_time,
        )

        subscribe_request.additional_properties = d
        return subscribe_request

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
