"""The account (SMS.by's docs, section 5.2): balances, the SMS limit, invoices, the cabinet
password and the notification settings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from smsgate_smsby_client import models
from smsgate_smsby_client.api.account import (
    create_bill,
    download_bill,
    edit_notification,
    edit_password,
    get_balance,
    get_bills,
    get_limit,
)

from .. import _limits
from .._calls import Call
from .._facade import Stream, operation, stream
from .._pager import END, pages
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._results import Bill, SmsByBalance

__all__ = ["Account"]


class Account(SmsByBase):
    def _balance(self) -> Call[SmsByBalance]:
        return self._call(get_balance, decode.balance)

    balance = operation(_balance)

    @operation
    def limit(self) -> Call[int]:
        """About how many SMS the balance still pays for (not a rate limit)."""
        return self._call(get_limit, decode.limit)

    @stream
    def bills(self) -> Stream[Bill]:
        """Every invoice, following the Laravel pages."""

        def fetch(page: int) -> Call[Sequence[Bill]]:
            return self._call(get_bills, decode.bill_page, page=page)

        return pages(
            fetch, 1, lambda page, bills: page + 1 if decode.more_bills(page, bills) else END
        )

    @operation
    def create_bill(
        self,
        amount: int,
        *,
        balance: Literal["sms", "viber"] = "sms",
        kind: Literal["subscription", "replenishment"] | None = None,
    ) -> Call[Bill]:
        amount = _limits.integer(amount, "amount")
        if balance == "viber" and kind is None:
            raise InvalidRequestError("a viber invoice needs kind=subscription or replenishment")
        body = models.BillRequest(amount=amount, amount_type=balance, type_=inputs.unset(kind))
        return self._call(create_bill, decode.created_bill, body=body)

    @operation
    def download_bill(self, bill_id: int) -> Call[bytes]:
        """The invoice file (PDF presumably)."""
        bill_id = inputs.ident(bill_id, "bill_id")
        return self._call(download_bill, decode.pdf, bill_id=str(bill_id))

    @operation
    def change_password(self, password: str, new_password: str) -> Call[dict[str, Any]]:
        body = models.PasswordChangeRequest(
            password=_limits.text(password, "password"),
            password_new=_limits.text(new_password, "new_password"),
            re_password_new=new_password,
        )
        return self._call(edit_password, decode.undocumented, body=body)

    @operation
    def edit_notifications(
        self,
        *,
        mailing: bool | None = None,
        low_balance: int | None = None,
        low_balance_email: bool | None = None,
    ) -> Call[dict[str, Any]]:
        body = models.NotificationSettings(
            can_mailing=inputs.flag(mailing),
            balance=inputs.optional_ident(low_balance, "low_balance"),
            send_balance_email=inputs.flag(low_balance_email),
        )
        return self._call(edit_notification, decode.undocumented, body=body)
