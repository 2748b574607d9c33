# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag, check_flag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_map import FieldMap


T = TypeVar("T", bound="RegisterRequest")


@_attrs_define
class RegisterRequest:
    """The arguments of `register`, form-encoded with PHP brackets for arrays and maps.

    Attributes:
        email (str):
        need_confirm (Flag | Unset): A boolean as `0` or `1`.
        password (str | Unset): Random if omitted.
        notify (Flag | Unset): A boolean as `0` or `1`.
        extra (FieldMap | Unset): A map sent with bracketed keys: `fields[email]=...&fields[Name]=...`.
        timezone (str | Unset): Default UTC.
        login (str | Unset): Old clients; *unconfirmed* on Selzy.
        country_code (str | Unset): Old clients; *unconfirmed*.
        currency_code (str | Unset): Old clients; *unconfirmed*.
        ip (str | Unset): Old clients; *unconfirmed*.
        api_mode (str | Unset): Old clients (`on`); *unconfirmed*.
    """

    email: str
    need_confirm: Flag | Unset = UNSET
    password: str | Unset = UNSET
    notify: Flag | Unset = UNSET
    extra: FieldMap | Unset = UNSET
    timezone: str | Unset = UNSET
    login: str | Unset = UNSET
    country_code: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    ip: str | Unset = UNSET
    api_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        need_confirm: int | Unset = UNSET
        if not isinstance(self.need_confirm, Unset):
            need_confirm = self.need_confirm

        password = self.password

        notify: int | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        timezone = self.timezone

        login = self.login

        country_code = self.country_code

        currency_code = self.currency_code

        ip = self.ip

        api_mode = self.api_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if need_confirm is not UNSET:
            field_dict["need_confirm"] = need_confirm
        if password is not UNSET:
            field_dict["password"] = password
        if notify is not UNSET:
            field_dict["notify"] = notify
        if extra is not UNSET:
            field_dict["extra"] = extra
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if login is not UNSET:
            field_dict["login"] = login
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if ip is not UNSET:
            field_dict["ip"] = ip
        if api_mode is not UNSET:
            field_dict["api_mode"] = api_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_map import FieldMap

        d = dict(src_dict)
        email = d.pop("email")

        _need_confirm = d.pop("need_confirm", UNSET)
        need_confirm: Flag | Unset
        if isinstance(_need_confirm, Unset):
            need_confirm = UNSET
        else:
            need_confirm = check_flag(_need_confirm)

        password = d.pop("password", UNSET)

        _notify = d.pop("notify", UNSET)
        notify: Flag | Unset
        if isinstance(_notify, Unset):
            notify = UNSET
        else:
            notify = check_flag(_notify)

        _extra = d.pop("extra", UNSET)
        extra: FieldMap | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = FieldMap.from_dict(_extra)

        timezone = d.pop("timezone", UNSET)

        login = d.pop("login", UNSET)

        country_code = d.pop("country_code", UNSET)

        currency_code = d.pop("currency_code", UNSET)

        ip = d.pop("ip", UNSET)

        api_mode = d.pop("api_mode", UNSET)

        register_request = cls(
            email=email,
            need_confirm=need_confirm,
            password=password,
            notify=notify,
            extra=extra,
            timezone=timezone,
            login=login,
            country_code=country_code,
            currency_code=currency_code,
            ip=ip,
            api_mode=api_mode,
        )

        register_request.additional_properties = d
        return register_request

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
