# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..models.import_contacts_request_double_optin import (
    ImportContactsRequestDoubleOptin,
    check_import_contacts_request_double_optin,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportContactsRequest")


@_attrs_define
class ImportContactsRequest:
    """The arguments of `importContacts`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        field_names (list[str]): Column names, sent indexed: `field_names[0]=phone&field_names[1]=Name`.
        data (list[list[str]]): Rows x columns: `data[0][0]=+79261232323&data[0][1]=Ann`. At most 500 rows.
        overwrite_tags (Flag | Unset): A boolean as `0` or `1`.
        overwrite_lists (Flag | Unset): A boolean as `0` or `1`.
        double_optin (ImportContactsRequestDoubleOptin | Unset): Old clients only; *unconfirmed* on Selzy.
        force_import (Flag | Unset): A boolean as `0` or `1`.
    """

    field_names: list[str]
    data: list[list[str]]
    overwrite_tags: Flag | Unset = UNSET
    overwrite_lists: Flag | Unset = UNSET
    double_optin: ImportContactsRequestDoubleOptin | Unset = UNSET
    force_import: Flag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_names = self.field_names

        data = []
        for data_item_data in self.data:
            data_item = data_item_data

            data.append(data_item)

        overwrite_tags: int | Unset = UNSET
        if not isinstance(self.overwrite_tags, Unset):
            overwrite_tags = self.overwrite_tags

        overwrite_lists: int | Unset = UNSET
        if not isinstance(self.overwrite_lists, Unset):
            overwrite_lists = self.overwrite_lists

        double_optin: int | Unset = UNSET
        if not isinstance(self.double_optin, Unset):
            double_optin = self.double_optin

        force_import: int | Unset = UNSET
        if not isinstance(self.force_import, Unset):
            force_import = self.force_import

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_names": field_names,
                "data": data,
            }
        )
        if overwrite_tags is not UNSET:
            field_dict["overwrite_tags"] = overwrite_tags
        if overwrite_lists is not UNSET:
            field_dict["overwrite_lists"] = overwrite_lists
        if double_optin is not UNSET:
            field_dict["double_optin"] = double_optin
        if force_import is not UNSET:
            field_dict["force_import"] = force_import

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field_names = cast(list[str], d.pop("field_names"))

        data = cast(list[list[str]], d.pop("data"))

        _overwrite_tags = d.pop("overwrite_tags", UNSET)
        overwrite_tags: Flag | Unset
        if isinstance(_overwrite_tags, Unset):
            overwrite_tags = UNSET
        else:
            overwrite_tags = check_flag(_overwrite_tags)

        _overwrite_lists = d.pop("overwrite_lists", UNSET)
        overwrite_lists: Flag | Unset
        if isinstance(_overwrite_lists, Unset):
            overwrite_lists = UNSET
        else:
            overwrite_lists = check_flag(_overwrite_lists)

        _double_optin = d.pop("double_optin", UNSET)
        double_optin: ImportContactsRequestDoubleOptin | Unset
        if isinstance(_double_optin, Unset):
            double_optin = UNSET
        else:
            double_optin = check_import_contacts_request_double_optin(_double_optin)

        _force_import = d.pop("force_import", UNSET)
        force_import: Flag | Unset
        if isinstance(_force_import, Unset):
            force_import = UNSET
        else:
            force_import = check_flag(_force_import)

        import_contacts_request = cls(
            field_names=field_names,
            data=data,
            overwrite_tags=overwrite_tags,
            overwrite_lists=overwrite_lists,
            double_optin=double_optin,
            force_import=force_import,
        )

        import_contacts_request.additional_properties = d
        return import_contacts_request

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
