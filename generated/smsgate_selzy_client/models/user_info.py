# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """Account fields; the page is cut off, so more fields are allowed. Balances may be negative.

    Attributes:
        login (str):
        email (None | str | Unset):
        firstname (None | str | Unset):
        middlename (None | str | Unset):
        lastname (None | str | Unset):
        reg_time (None | str | Unset):
        phone (None | str | Unset):
        company (None | str | Unset):
        channel (None | str | Unset):
        timezone (None | str | Unset):
        master (None | str | Unset):
        balance (float | str | Unset): A decimal, as a number or a numeric string.
        balance_bonus (float | str | Unset): A decimal, as a number or a numeric string.
        currency (None | str | Unset):
        tariff_id (int | None | str | Unset):
        next_tariff_id (int | None | str | Unset):
        is_active (bool | int | str | Unset):
        api_mode (None | str | Unset):
    """

    login: str
    email: None | str | Unset = UNSET
    firstname: None | str | Unset = UNSET
    middlename: None | str | Unset = UNSET
    lastname: None | str | Unset = UNSET
    reg_time: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    master: None | str | Unset = UNSET
    balance: float | str | Unset = UNSET
    balance_bonus: float | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    tariff_id: int | None | str | Unset = UNSET
    next_tariff_id: int | None | str | Unset = UNSET
    is_active: bool | int | str | Unset = UNSET
    api_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        firstname: None | str | Unset
        if isinstance(self.firstname, Unset):
            firstname = UNSET
        else:
            firstname = self.firstname

        middlename: None | str | Unset
        if isinstance(self.middlename, Unset):
            middlename = UNSET
        else:
            middlename = self.middlename

        lastname: None | str | Unset
        if isinstance(self.lastname, Unset):
            lastname = UNSET
        else:
            lastname = self.lastname

        reg_time: None | str | Unset
        if isinstance(self.reg_time, Unset):
            reg_time = UNSET
        else:
            reg_time = self.reg_time

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        master: None | str | Unset
        if isinstance(self.master, Unset):
            master = UNSET
        else:
            master = self.master

        balance: float | str | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        balance_bonus: float | str | Unset
        if isinstance(self.balance_bonus, Unset):
            balance_bonus = UNSET
        else:
            balance_bonus = self.balance_bonus

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        tariff_id: int | None | str | Unset
        if isinstance(self.tariff_id, Unset):
            tariff_id = UNSET
        else:
            tariff_id = self.tariff_id

        next_tariff_id: int | None | str | Unset
        if isinstance(self.next_tariff_id, Unset):
            next_tariff_id = UNSET
        else:
            next_tariff_id = self.next_tariff_id

        is_active: bool | int | str | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        api_mode: None | str | Unset
        if isinstance(self.api_mode, Unset):
            api_mode = UNSET
        else:
            api_mode = self.api_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "login": login,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if middlename is not UNSET:
            field_dict["middlename"] = middlename
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if reg_time is not UNSET:
            field_dict["reg_time"] = reg_time
        if phone is not UNSET:
            field_dict["phone"] = phone
        if company is not UNSET:
            field_dict["company"] = company
        if channel is not UNSET:
            field_dict["channel"] = channel
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if master is not UNSET:
            field_dict["master"] = master
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_bonus is not UNSET:
            field_dict["balance_bonus"] = balance_bonus
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tariff_id is not UNSET:
            field_dict["tariff_id"] = tariff_id
        if next_tariff_id is not UNSET:
            field_dict["next_tariff_id"] = next_tariff_id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if api_mode is not UNSET:
            field_dict["api_mode"] = api_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login = d.pop("login")

        email = cast(None | str | Unset, d.pop("email", UNSET))

        firstname = cast(None | str | Unset, d.pop("firstname", UNSET))

        middlename = cast(None | str | Unset, d.pop("middlename", UNSET))

        lastname = cast(None | str | Unset, d.pop("lastname", UNSET))

        reg_time = cast(None | str | Unset, d.pop("reg_time", UNSET))

        phone = cast(None | str | Unset, d.pop("phone", UNSET))

        company = cast(None | str | Unset, d.pop("company", UNSET))

        channel = cast(None | str | Unset, d.pop("channel", UNSET))

        timezone = cast(None | str | Unset, d.pop("timezone", UNSET))

        master = cast(None | str | Unset, d.pop("master", UNSET))

        balance = cast(float | str | Unset, d.pop("balance", UNSET))

        balance_bonus = cast(float | str | Unset, d.pop("balance_bonus", UNSET))

        currency = cast(None | str | Unset, d.pop("currency", UNSET))

        tariff_id = cast(int | None | str | Unset, d.pop("tariff_id", UNSET))

        next_tariff_id = cast(int | None | str | Unset, d.pop("next_tariff_id", UNSET))

        is_active = cast(bool | int | str | Unset, d.pop("is_active", UNSET))

        api_mode = cast(None | str | Unset, d.pop("api_mode", UNSET))

        user_info = cls(
            login=login,
            email=email,
            firstname=firstname,
            middlename=middlename,
            lastname=lastname,
            reg_time=reg_time,
            phone=phone,
            company=company,
            channel=channel,
            timezone=timezone,
            master=master,
            balance=balance,
            balance_bonus=balance_bonus,
            currency=currency,
            tariff_id=tariff_id,
            next_tariff_id=next_tariff_id,
            is_active=is_active,
            api_mode=api_mode,
        )

        user_info.additional_properties = d
        return user_info

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
