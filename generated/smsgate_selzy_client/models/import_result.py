# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
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
    """`inserted + updated + deleted` may be less than `total` (errors, duplicates).

    Attributes:
        total (int | str): An id or count: Selzy sends integers, some replies (getMessage, getContactCount) numeric
            strings.
        inserted (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        updated (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        deleted (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        new_emails (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        invalid (int | str | Unset): An id or count: Selzy sends integers, some replies (getMessage, getContactCount)
            numeric strings.
        log (list[ImportLogEntry] | Unset):
    """

    total: int | str
    inserted: int | str | Unset = UNSET
    updated: int | str | Unset = UNSET
    deleted: int | str | Unset = UNSET
    new_emails: int | str | Unset = UNSET
    invalid: int | str | Unset = UNSET
    log: list[ImportLogEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | str
        total = self.total

        inserted: int | str | Unset
        if isinstance(self.inserted, Unset):
            inserted = UNSET
        else:
            inserted = self.inserted

        updated: int | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        deleted: int | str | Unset
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        new_emails: int | str | Unset
        if isinstance(self.new_emails, Unset):
            new_emails = UNSET
        else:
            new_emails = self.new_emails

        invalid: int | str | Unset
        if isinstance(self.invalid, Unset):
            invalid = UNSET
        else:
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
                "total": total,
            }
        )
        if inserted is not UNSET:
            field_dict["inserted"] = inserted
        if updated is not UNSET:
            field_dict["updated"] = updated
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if new_emails is not UNSET:
            field_dict["new_emails"] = new_emails
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if log is not UNSET:
            field_dict["log"] = log

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_log_entry import ImportLogEntry

        d = dict(src_dict)
        total = cast(int | str, d.pop("total"))

        inserted = cast(int | str | Unset, d.pop("inserted", UNSET))

        updated = cast(int | str | Unset, d.pop("updated", UNSET))

        deleted = cast(int | str | Unset, d.pop("deleted", UNSET))

        new_emails = cast(int | str | Unset, d.pop("new_emails", UNSET))

        invalid = cast(int | str | Unset, d.pop("invalid", UNSET))

        _log = d.pop("log", UNSET)
        log: list[ImportLogEntry] | Unset = UNSET
        if _log is not UNSET:
            log = []
            for log_item_data in _log:
                log_item = ImportLogEntry.from_dict(log_item_data)

                log.append(log_item)

        import_result = cls(
            total=total,
            inserted=inserted,
            updated=updated,
            deleted=deleted,
            new_emails=new_emails,
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
