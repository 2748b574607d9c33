# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorReply")


@_attrs_define
class ErrorReply:
    """A refusal, always with HTTP 200. `code` is missing for a few methods (setSenderDomain, changeTariff): a present
    `error` is a failure regardless.

        Attributes:
            error (str): An HTML-encoded message in the language of `{lang}`, often with an internal reference (`AK100313-05
                [...]`); match on `code`.
            code (str | Unset): The `code` of an error reply. Codes other than these exist (method-specific ones, and ones
                Selzy may add), so any string is accepted.

                | code | meaning | retry |
                |---|---|---|
                | unspecified | no specific type (also not-found cases); read `error` | no |
                | invalid_api_key | the key does not match the account's | no |
                | access_denied | API access off, or the key may not call this method (reseller methods) | no |
                | unknown_method | wrong method name | no |
                | invalid_arg | a parameter value is invalid | no |
                | not_enough_money | balance too low | no |
                | retry_later | temporary failure | yes, with backoff |
                | api_call_limit_exceeded_for_api_key | more than 1200 calls a minute with this key | after the window |
                | api_call_limit_exceeded_for_ip | more than 1200 calls a minute from this IP | after the window |
                | too_many_double_optins | confirmation email limit of subscribe (old client; *unconfirmed*) | no |
                | dest_invalid | sendSms: the number is wrong | no |
                | src_invalid | sendSms: the sender is invalid | no |
            result (Any | Unset): Present, usually `""` (`false` for changeTariff); ignore it.
    """

    error: str
    code: str | Unset = UNSET
    result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        code = self.code

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        code = d.pop("code", UNSET)

        result = d.pop("result", UNSET)

        error_reply = cls(
            error=error,
            code=code,
            result=result,
        )

        error_reply.additional_properties = d
        return error_reply

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
