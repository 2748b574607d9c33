# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_log_entry import ImportLogEntry


T = TypeVar("T", bound="ImportResult")


@_attrs_define
class ImportResult:
    """
    Attributes:
        inserted (int | str): An id or count sent as a number in some replies and as a digit string in others.
        updated (int | str): An id or count sent as a number in some replies and as a digit string in others.
        invalid (int | str): An id or count sent as a number in some replies and as a digit string in others.
        log (list[ImportLogEntry] | Unset):
    """

    inserted: int | str
    updated: int | str
    invalid: int | str
    log: list[ImportLogEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inserted: int | str
        inserted = self.inserted

        updated: int | str
        updated = self.updated

        invalid: int | str
        invalid = self.invalid

        log: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log, Unset):
            log = []
            for log_item_data in self.log:
                log_item = log_item_data.to_dict()
                log.append(log_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inserted": inserted,
                "updated": updated,
                "invalid": invalid,
            }
        )
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_log_entry import ImportLogEntry

        d = dict(src_dict)
        inserted = cast(int | str, d.pop("inserted"))

        updated = cast(int | str, d.pop("updated"))

        invalid = cast(int | str, d.pop("invalid"))

        _log = d.pop("log", UNSET)
        log: list[ImportLogEntry] | Unset = UNSET
        if _log is not UNSET:
            log = []
            for log_item_data in _log:
                log_item = ImportLogEntry.from_dict(log_item_data)

                log.append(log_item)

        import_result = cls(
            inserted=inserted,
            updated=updated,
            invalid=invalid,
            log=log,
        )

        import_result.additional_properties = d
        return import_result

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
