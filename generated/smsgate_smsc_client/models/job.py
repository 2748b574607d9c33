# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A mailing (fields *unconfirmed*).

    Attributes:
        id (int):
        name (str | Unset):
        status (int | Unset): *unconfirmed*: -1 waiting, 0 sending, 1 done, 2 cancelled.
        start_date (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
        cnt (int | Unset):
    """

    id: int
    name: str | Unset = UNSET
    status: int | Unset = UNSET
    start_date: str | Unset = UNSET
    cnt: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        start_date = self.start_date

        cnt = self.cnt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if cnt is not UNSET:
            field_dict["cnt"] = cnt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        start_date = d.pop("start_date", UNSET)

        cnt = d.pop("cnt", UNSET)

        job = cls(
            id=id,
            name=name,
            status=status,
            start_date=start_date,
            cnt=cnt,
        )

        job.additional_properties = d
        return job

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
