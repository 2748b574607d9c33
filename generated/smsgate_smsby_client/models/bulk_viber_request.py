# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.viber_bulk_mailing import ViberBulkMailing
    from ..models.viber_personal_mailing import ViberPersonalMailing


T = TypeVar("T", bound="BulkViberRequest")


@_attrs_define
class BulkViberRequest:
    """
    Attributes:
        callback_url (str):
        messages (list[ViberBulkMailing | ViberPersonalMailing]):
    """

    callback_url: str
    messages: list[ViberBulkMailing | ViberPersonalMailing]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.viber_bulk_mailing import ViberBulkMailing

        callback_url = self.callback_url

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ViberBulkMailing):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callback_url": callback_url,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.viber_bulk_mailing import ViberBulkMailing
        from ..models.viber_personal_mailing import ViberPersonalMailing

        d = dict(src_dict)
        callback_url = d.pop("callback_url")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> ViberBulkMailing | ViberPersonalMailing:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_viber_mailing_type_0 = ViberBulkMailing.from_dict(
                        data
                    )

                    return componentsschemas_viber_mailing_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_viber_mailing_type_1 = ViberPersonalMailing.from_dict(
                    data
                )

                return componentsschemas_viber_mailing_type_1

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        bulk_viber_request = cls(
            callback_url=callback_url,
            messages=messages,
        )

        bulk_viber_request.additional_properties = d
        return bulk_viber_request

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
