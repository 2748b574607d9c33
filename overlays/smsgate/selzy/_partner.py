"""Selzy's partner (reseller) methods: From addresses and sender domains, users, their
accounts, tariffs and money."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from smsgate_selzy_client import models
from smsgate_selzy_client import types as generated_types
from smsgate_selzy_client.api.partner import (
    change_tariff,
    check_user_exists,
    get_available_tariffs,
    get_checked_email,
    get_sender_domain_list,
    get_user_info,
    get_users,
    register,
    set_sender_domain,
    transfer_money,
    validate_sender,
)

from .. import _limits, _wire
from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SelzyFacade, field_map, flag, given
from ._results import Listing, Registered, SenderDomain, Tariff, TariffChange, Transfer, UserInfo


def _checked_emails(reply: Any) -> dict[str, bool]:
    return {
        _wire.text(i.email, "email"): decode.flag(decode.unset(i.is_checked) or 0, "is_checked")
        for i in reply.result
    }


def _registered(result: Any, warnings: tuple[str, ...]) -> Registered:
    extra = {k: v for k, v in result.to_dict().items() if k != "api_key"}
    return Registered(decode.opt_text(result.api_key, "api_key"), extra, warnings=warnings)


def _taken(reply: Any) -> tuple[bool, bool]:
    result = reply.result
    return (
        decode.flag(result.login_exists, "login_exists"),
        decode.flag(result.email_exists, "email_exists"),
    )


def _user_info(result: Any, warnings: tuple[str, ...]) -> UserInfo:
    info = decode.user(result)
    return UserInfo(
        info.login, info.email, info.balance, info.currency, info.extra, warnings=warnings
    )


def _tariff(item: Any) -> Tariff:
    extra = {k: v for k, v in item.to_dict().items() if k not in ("tariff_id", "name")}
    return Tariff(
        _wire.integer(item.tariff_id, "tariff_id"), decode.opt_text(item.name, "name"), extra
    )


def _sender_domains(result: Any, warnings: tuple[str, ...]) -> Listing[SenderDomain]:
    domains = (
        SenderDomain(
            _wire.text(d.domain, "Domain"),
            decode.opt_text(d.status, "Status"),
            decode.opt_text(d.key, "key"),
        )
        for d in result.domains
    )
    return Listing(domains, warnings)


class PartnerOperations(SelzyFacade):
    @operation
    def validate_sender(self, email: str, *, login: str | None = None) -> Call[str]:
        """Mail a confirmation link to a From address; returns Selzy's message."""
        body = models.ValidateSenderRequest(email=_limits.text(email, "email"), login=given(login))
        return self._call(
            validate_sender, lambda reply: _wire.text(reply.result.message, "message"), body=body
        )

    @operation
    def checked_emails(self, login: str, *, email: str | None = None) -> Call[dict[str, bool]]:
        """A user's From addresses and whether each is confirmed."""
        body = models.GetCheckedEmailRequest(login=_limits.text(login, "login"), email=given(email))
        return self._call(get_checked_email, _checked_emails, body=body)

    @operation
    def register(
        self,
        email: str,
        *,
        password: str | None = None,
        need_confirm: bool = False,
        notify: bool = False,
        extra: Mapping[str, str] | None = None,
        timezone: str | None = None,
    ) -> Call[Registered]:
        """Create a user (resellers). The reply's shape beyond `api_key` is unconfirmed; the
        rest comes in `extra` as Selzy sent it. Never repeated once it may have reached Selzy."""
        body = models.RegisterRequest(
            email=_limits.text(email, "email"),
            password=given(password),
            need_confirm=flag(need_confirm),
            notify=flag(notify),
            extra=given(None if extra is None else field_map(extra)),
            timezone=given(timezone),
        )
        return self._call(register, decode.of_result(_registered), send=True, body=body)

    @operation
    def user_exists(
        self, *, login: str | None = None, email: str | None = None
    ) -> Call[tuple[bool, bool]]:
        """(login taken, email taken); resellers only."""
        if login is None and email is None:
            raise InvalidRequestError("give a login or an email")
        body = models.CheckUserExistsRequest(login=given(login), email=given(email))
        return self._call(check_user_exists, _taken, body=body)

    def _user_info(self, login: str | None = None) -> Call[UserInfo]:
        body = models.GetUserInfoRequest(login=given(login))
        return self._call(get_user_info, decode.of_result(_user_info), body=body)

    user_info = operation(_user_info)

    @operation
    def users(
        self,
        *,
        registered_after: datetime | None = None,
        registered_before: datetime | None = None,
    ) -> Call[Listing[UserInfo]]:
        body = models.GetUsersRequest(
            registered_after=given(
                inputs.utc(registered_after, inputs.MINUTES, "registered_after")
            ),
            registered_before=given(
                inputs.utc(registered_before, inputs.MINUTES, "registered_before")
            ),
        )
        return self._call(get_users, decode.listing_of(decode.user), body=body)

    @operation
    def transfer_money(
        self,
        source_email: str,
        target_email: str,
        amount: Decimal | float,
        currency: Literal["EUR", "UAH", "USD", "RUB"],
    ) -> Call[Transfer]:
        """Move money between users linked to the reseller. Never repeated once it may have
        reached Selzy (it is not idempotent)."""
        if isinstance(amount, bool) or not isinstance(amount, Decimal | float | int) or amount <= 0:
            raise InvalidRequestError(f"amount should be positive, got {amount!r}")
        body = models.TransferMoneyRequest(
            source_email=_limits.text(source_email, "source_email"),
            target_email=_limits.text(target_email, "target_email"),
            sum_=float(amount),
            currency=currency,
        )
        return self._call(transfer_money, decode.of_result(decode.transfer), send=True, body=body)

    @operation
    def tariffs(self, login: str | None = None) -> Call[Listing[Tariff]]:
        """Tariffs a user can switch to (shape unconfirmed beyond `tariff_id`)."""
        body = models.GetAvailableTariffsRequest(login=given(login))
        return self._call(get_available_tariffs, decode.listing_of(_tariff), body=body)

    @operation
    def change_tariff(self, login: str, tariff_id: int) -> Call[TariffChange]:
        body = models.ChangeTariffRequest(
            login=_limits.text(login, "login"), tariff_id=_limits.integer(tariff_id, "tariff_id")
        )
        read = decode.of_result(decode.tariff_change)
        return self._call(change_tariff, read, send=True, body=body)

    @operation
    def set_sender_domain(self, domain: str, username: str) -> Call[str]:
        """Register a sender domain; returns its DKIM key for the DNS TXT record."""
        body = models.SetSenderDomainRequest(
            domain=_limits.text(domain, "domain"), username=_limits.text(username, "username")
        )
        return self._call(
            set_sender_domain, lambda reply: _wire.text(reply.result.dkim, "dkim"), body=body
        )

    @operation
    def sender_domains(
        self, username: str, *, domain: str | None = None
    ) -> Call[Listing[SenderDomain]]:
        """A user's sender domains (key names as in the Go client, unconfirmed)."""
        body = models.GetSenderDomainListRequest(
            username=_limits.text(username, "username"),
            domain=given(domain),
            offset=generated_types.UNSET,  # left out: the generated default would send 0
        )
        return self._call(get_sender_domain_list, decode.of_result(_sender_domains), body=body)
