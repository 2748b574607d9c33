# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tariff")


@_attrs_define
class Tariff:
    """One tariff zone (`zone`, `name`, `api`, `mass` documented; the tail *unconfirmed*).

    Attributes:
        zone (str | Unset):
        name (str | Unset):
        api (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        mass (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        mms (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        hlr (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        call (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
    """

    zone: str | Unset = UNSET
    name: str | Unset = UNSET
    api: float | str | Unset = UNSET
    mass: float | str | Unset = UNSET
    mms: float | str | Unset = UNSET
    hlr: float | str | Unset = UNSET
    call: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zone = self.zone

        name = self.name

        api: float | str | Unset
        if isinstance(self.api, Unset):
            api = UNSET
        else:
            api = self.api

        mass: float | str | Unset
        if isinstance(self.mass, Unset):
            mass = UNSET
        else:
            mass = self.mass

        mms: float | str | Unset
        if isinstance(self.mms, Unset):
            mms = UNSET
        else:
            mms = self.mms

        hlr: float | str | Unset
        if isinstance(self.hlr, Unset):
            hlr = UNSET
        else:
            hlr = self.hlr

        call: float | str | Unset
        if isinstance(self.call, Unset):
            call = UNSET
        else:
            call = self.call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zone is not UNSET:
            field_dict["zone"] = zone
        if name is not UNSET:
            field_dict["name"] = name
        if api is not UNSET:
            field_dict["api"] = api
        if mass is not UNSET:
            field_dict["mass"] = mass
        if mms is not UNSET:
            field_dict["mms"] = mms
        if hlr is not UNSET:
            field_dict["hlr"] = hlr
        if call is not UNSET:
            field_dict["call"] = call

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        zone = d.pop("zone", UNSET)

        name = d.pop("name", UNSET)

        api = cast(float | str | Unset, d.pop("api", UNSET))

        mass = cast(float | str | Unset, d.pop("mass", UNSET))

        mms = cast(float | str | Unset, d.pop("mms", UNSET))

        hlr = cast(float | str | Unset, d.pop("hlr", UNSET))

        call = cast(float | str | Unset, d.pop("call", UNSET))

        tariff = cls(
            zone=zone,
            name=name,
            api=api,
            mass=mass,
            mms=mms,
            hlr=hlr,
            call=call,
        )

        tariff.additional_properties = d
        return tariff

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
