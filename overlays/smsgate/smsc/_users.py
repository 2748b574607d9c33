"""users.php and documents.php: sub-clients, moving money to them, their statistics, and
invoices and acts (replies undocumented: records stay records)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from smsgate_smsc_client import models
from smsgate_smsc_client.api.users import (
    documents_add_account,
    documents_get_account,
    documents_get_act,
    users_add,
    users_chg,
    users_get_stat,
    users_get_stat_all,
    users_pay,
)

from .. import _limits
from .._calls import Call
from .._facade import operation
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import CREATED_SHAPE, DONE_SHAPE, ROW_SHAPE, ROWS_SHAPE, Record

# The command flags the methods set, which an option must not give again.
_ADD = frozenset({"add"})
_CHG = frozenset({"chg"})


class Users(SmscBase):
    """users.php's and documents.php's operations."""

    @operation
    def add_user(self, /, user: str, password: str, **settings: Any) -> Call[None]:
        """Create a sub-client; settings (`type`, `tariff`, `curr`, `url`, ...) by SMSC name."""
        given = _inputs.options(models.UsersAddBody, "users_add", settings, taken=_ADD)
        body = models.UsersAddBody(
            add=1, user=_limits.text(user, "user"), password=password, **given
        )
        return self._call(users_add, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def change_user(self, /, user: str, **settings: Any) -> Call[None]:
        given = _inputs.options(models.UsersChgBody, "users_chg", settings, taken=_CHG)
        body = models.UsersChgBody(chg=1, user=_limits.text(user, "user"), **given)
        return self._call(users_chg, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def pay_user(self, user: str, amount: Decimal | int) -> Call[None]:
        """Move money from this account to a sub-client (negative: back, *unconfirmed*)."""
        body = models.UsersPayBody(pay=1, user=_limits.text(user, "user"), sum_=float(amount))
        return self._call(users_pay, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def user_statistics(
        self,
        *,
        user: str | None = None,
        start: date | None = None,
        end: date | None = None,
        detailed: bool = False,
    ) -> Call[list[Record]]:
        """Sub-client statistics (get_stat, or get_stat_all with `detailed`)."""
        since = _inputs.unset(_inputs.request_date(start))
        until = _inputs.unset(_inputs.request_date(end))
        if detailed:
            detail = models.UsersGetStatAllBody(
                get_stat_all=1, user=_inputs.unset(user), start=since, end=until
            )
            return self._call(users_get_stat_all, read.records, body=detail, shape=ROWS_SHAPE)
        body = models.UsersGetStatBody(get_stat=1, user=_inputs.unset(user), start=since, end=until)
        return self._call(users_get_stat, read.records, body=body, shape=ROWS_SHAPE)

    @operation
    def add_invoice(
        self, amount: Decimal | int, *, user: str | None = None, service: str | None = None
    ) -> Call[int]:
        """Issue an invoice to a sub-client; returns its id."""
        body = models.DocumentsAddAccountBody(
            add_account=1,
            sum_=float(amount),
            user=_inputs.unset(user),
            service=_inputs.unset(service),
        )
        return self._call(documents_add_account, read.created_id, body=body, shape=CREATED_SHAPE)

    @operation
    def invoice(self, id: int) -> Call[Record]:
        body = models.DocumentsGetAccountBody(get_account=1, id=id)
        return self._call(documents_get_account, read.record, body=body, shape=ROW_SHAPE)

    @operation
    def act(self, id: int, *, number: int | None = None) -> Call[Record]:
        body = models.DocumentsGetActBody(get_act=1, id=id, num=_inputs.unset(number))
        return self._call(documents_get_act, read.record, body=body, shape=ROW_SHAPE)
