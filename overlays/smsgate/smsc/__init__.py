"""SMSC (smsc.ru / smscentre.com): sends, statuses, balance, contacts, sender names, history,
mailings and operator lookup.

    from smsgate.smsc import Smsc

    with Smsc("login", "password") as smsc:
        sent = smsc.send("79991234567", "Hello")
        status = smsc.status(sent.id, "79991234567")

`AsyncSmsc` has the same methods as coroutines (listings as async iterators). SMSC answers
in the format chosen per request by `fmt` (0 text, 1 comma-separated, 2 XML, 3 JSON) and
reports errors with HTTP 200 in each of them; every format decodes here to the same typed
result and the same typed error (`SmscApiError` and its subclasses). The default is fmt=3
with charset=utf-8.

The package by layer: `_results` (typed results and codes) and `_errors` (typed errors and
what each code means); `_decode` (the four reply formats to records) and `_records` (records
to results); `_inputs` (SMSC's own input checks, on smsgate._limits); `_base` (the client's
set-up and the request hooks every operation shares); one module of operations per script as
SMSC's documentation groups them: `_sending` (send.php), `_statuses` (status.php), `_balance`
(balance.php), `_phonebook` (phones.php and mails.php), `_senders` (senders.php), `_data`
(get.php, info.php), `_jobs` (jobs.php), `_users` (users.php, documents.php) and `_misc` (the
smaller scripts); `_neutral` (the vendor-neutral mapping), `_callbacks` (what SMSC pushes to
your handler) and `_client` (Smsc and AsyncSmsc, composed from the groups).
"""

from __future__ import annotations

import warnings
from datetime import tzinfo
from typing import TYPE_CHECKING

from ._base import HOSTS, SmscSettings
from ._callbacks import callback_hash, parse_callback, read_delivery_callback
from ._client import AsyncSmsc, Smsc
from ._errors import (
    SmscApiError,
    SmscAuthenticationError,
    SmscInsufficientFundsError,
    SmscRateLimitError,
)
from ._neutral import NEUTRAL_STATES
from ._records import moscow
from ._results import (
    Answer,
    BlackListEntry,
    Contact,
    DeliveryError,
    Format,
    Group,
    HistoryMessage,
    InboundCallback,
    Job,
    MessageDetails,
    MessageStatus,
    OperatorInfo,
    Price,
    SendResult,
    SmscBalance,
    Status,
    StatusCallback,
    Tariff,
)

__all__ = [
    "HOSTS",
    "MOSCOW",
    "NEUTRAL_STATES",
    "Answer",
    "AsyncSmsc",
    "BlackListEntry",
    "Contact",
    "DeliveryError",
    "Format",
    "Group",
    "HistoryMessage",
    "InboundCallback",
    "Job",
    "MessageDetails",
    "MessageStatus",
    "OperatorInfo",
    "Price",
    "SendResult",
    "Smsc",
    "SmscApiError",
    "SmscAuthenticationError",
    "SmscBalance",
    "SmscInsufficientFundsError",
    "SmscRateLimitError",
    "SmscSettings",
    "Status",
    "StatusCallback",
    "Tariff",
    "callback_hash",
    "parse_callback",
    "read_delivery_callback",
]

# The public names say where they are imported from (help(), reprs, the registry's check),
# not the private module of the package that defines them.
for _public in __all__:
    if isinstance(globals().get(_public), type) or callable(globals().get(_public)):
        globals()[_public].__module__ = __name__
del _public

MOSCOW: tzinfo
"""SMSC's dates carry no zone; Moscow time is documented by clients (the account's zone is
*unconfirmed* as an alternative). Made on first use (the module's __getattr__), not on import."""

if TYPE_CHECKING:
    from ._results import SmscBalance as Balance  # noqa: F401 (deprecated: SmscBalance)
else:

    def __getattr__(name: str) -> object:
        """MOSCOW is made on first use, not when the module is imported; `Balance`, the old
        name of SmscBalance, still resolves, with a DeprecationWarning: three public classes
        were named Balance (smsgate.Balance, smsgate.smsc's and smsgate.smsby's)."""
        if name == "MOSCOW":
            return moscow()
        if name == "Balance":
            warnings.warn(
                "smsgate.smsc.Balance is renamed SmscBalance (smsgate.Balance is the neutral"
                " one); the old name will go",
                DeprecationWarning,
                stacklevel=2,
            )
            return SmscBalance
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
