# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Attributes:
        error (str): A short English text ("authorise error"); not a stable contract, match the code.
        error_code (int): The error code of an error reply. Meanings depend on the script:

            | code | send.php | status.php | phones/mails/senders | jobs.php | info.php |
            |---|---|---|---|---|---|
            | 1 | parameter error | parameter error | parameter error | parameter error | parameter error |
            | 2 | bad login/password, or IP not allowed | same | same | same | same |
            | 3 | insufficient funds | message not found | record not found | error saving record | operator not found |
            | 4 | IP temporarily blocked | same | same | same | same |
            | 5 | wrong date format | error deleting message | save error | wrong date format | - |
            | 6 | message prohibited (text or sender) | - | - | - | - |
            | 7 | wrong phone number format | - | - | - | - |
            | 8 | message cannot be delivered to this number | - | - | - | - |
            | 9 | too many identical requests, or too fast | same | same | same | same |

            Not an enum on purpose: a code SMSC adds later must reach the caller as an API error.
        id (int | str | Unset): An id; a number in SMSC's JSON, a string when the client gave a string id.
    """

    error: str
    error_code: int
    id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_code = self.error_code

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_code": error_code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        error_code = d.pop("error_code")

        id = cast(int | str | Unset, d.pop("id", UNSET))

        error = cls(
            error=error,
            error_code=error_code,
            id=id,
        )

        error.additional_properties = d
        return error

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
