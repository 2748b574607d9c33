"""balance.php: the account's balance."""

from __future__ import annotations

import re
from typing import Any

from smsgate_smsc_client import models
from smsgate_smsc_client.api.balance import get_balance

from .._calls import Call
from .._facade import operation
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import MONEY, Shape
from ._results import SmscBalance

BALANCE_SHAPE = Shape(
    ("balance", "currency"),
    line=re.compile(rf"(?P<balance>{MONEY})(?:, ?(?P<currency>[A-Z]{{3}}))?"),
)


def _balance(decoded: Any) -> SmscBalance:
    r = read.record(decoded)
    return SmscBalance(read.amount(r, "balance"), r.get("currency") or None)


class Balances(SmscBase):
    """balance.php's operation."""

    def _balance(self, *, currency: bool = False) -> Call[SmscBalance]:
        """The balance, and with `currency=True` its currency. SMSC allows 10 a minute."""
        body = models.GetBalanceBody(cur=_inputs.unset(1 if currency else None))
        return self._call(get_balance, _balance, body=body, shape=BALANCE_SHAPE)

    balance = operation(_balance)
