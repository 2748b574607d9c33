# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill import Bill


T = TypeVar("T", bound="BillsPage")


@_attrs_define
class BillsPage:
    """
    Attributes:
        data (list[Bill]):
        total (int | Unset):
        per_page (int | Unset):
        current_page (int | Unset):
        last_page (int | Unset):
        next_page_url (None | str | Unset):
        prev_page_url (None | str | Unset):
        from_ (int | None | Unset):
        to (int | None | Unset):
    """

    data: list[Bill]
    total: int | Unset = UNSET
    per_page: int | Unset = UNSET
    current_page: int | Unset = UNSET
    last_page: int | Unset = UNSET
    next_page_url: None | str | Unset = UNSET
    prev_page_url: None | str | Unset = UNSET
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total = self.total

        per_page = self.per_page

        current_page = self.current_page

        last_page = self.last_page

        next_page_url: None | str | Unset
        if isinstance(self.next_page_url, Unset):
            next_page_url = UNSET
        else:
            next_page_url = self.next_page_url

        prev_page_url: None | str | Unset
        if isinstance(self.prev_page_url, Unset):
            prev_page_url = UNSET
        else:
            prev_page_url = self.prev_page_url

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if next_page_url is not UNSET:
            field_dict["next_page_url"] = next_page_url
        if prev_page_url is not UNSET:
            field_dict["prev_page_url"] = prev_page_url
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bill import Bill

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Bill.from_dict(data_item_data)

            data.append(data_item)

        total = d.pop("total", UNSET)

        per_page = d.pop("per_page", UNSET)

        current_page = d.pop("current_page", UNSET)

        last_page = d.pop("last_page", UNSET)

        next_page_url = cast(None | str | Unset, d.pop("next_page_url", UNSET))

        prev_page_url = cast(None | str | Unset, d.pop("prev_page_url", UNSET))

        from_ = cast(int | None | Unset, d.pop("from", UNSET))

        to = cast(int | None | Unset, d.pop("to", UNSET))

        bills_page = cls(
            data=data,
            total=total,
            per_page=per_page,
            current_page=current_page,
            last_page=last_page,
            next_page_url=next_page_url,
            prev_page_url=prev_page_url,
            from_=from_,
            to=to,
        )

        bills_page.additional_properties = d
        return bills_page

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
