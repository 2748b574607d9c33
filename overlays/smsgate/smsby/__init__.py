"""SMS.by (sms.by): SMS, OTP via Telegram and WhatsApp, 2FA codes, FlashCall, Viber, lists.

    from smsgate.smsby import SmsBy, BulkMailing

    with SmsBy(token="...") as smsby:
        sent = smsby.send_quick("375291234567", "Hello")
        accepted = smsby.send_bulk(BulkMailing("promo", "Sale!", ["375291234567"]))
        status = smsby.wait_for_bulk(accepted.uuid)

`AsyncSmsBy` has the same methods as coroutines (listings as async iterators). SMS.by's
loose types are read into one Python type each: ids and counts as int, money as Decimal,
every timestamp form as an aware datetime; each result keeps the reply it came from in `raw`.
An `{"error": ...}` reply, with any HTTP status, is raised as an ApiError subclass.

The package, by layer:
- `_results`: results and enums; `_errors`: SMS.by's errors; `_decode`: replies read into
  results, and SMS.by's error object; `_inputs`: input checks and request bodies.
- `_base`: SmsByBase, the Facade subclass every operation builds on (the token, `_prepare`,
  `_check`); the operations, one module per group of SMS.by's docs: `_sending` (quick, OTP,
  bulk and list mailings), `_messages` (templates), `_account` (balance, limit, invoices,
  settings), `_alphanames` (sender names), `_lists` (mailing lists), `_twofactor` (code
  generators), `_flashcall`, `_viber`.
- `_neutral`: the neutral gateway's hooks and NEUTRAL_STATES; `_callbacks`: what SMS.by posts
  to a callback_url; `_client`: SmsBy and AsyncSmsBy, composed from the groups.
"""

from __future__ import annotations

import warnings
from datetime import tzinfo
from typing import TYPE_CHECKING

from ._base import SmsBySettings
from ._callbacks import parse_bulk_callback, read_delivery_callback
from ._client import AsyncSmsBy, SmsBy
from ._decode import minsk
from ._errors import DuplicateMessageError, NotFoundError, UnknownSenderError
from ._inputs import normalize_phone
from ._neutral import NEUTRAL_STATES
from ._results import (
    Bill,
    BulkAccepted,
    BulkDelivery,
    BulkMailing,
    BulkMailingStatus,
    BulkStatus,
    Category,
    CodeSent,
    CodeType,
    CreatedMessage,
    Delivery,
    DeliveryStatus,
    FlashCall,
    FlashCallResult,
    ImportResult,
    Mailing,
    Message,
    MessageState,
    PasswordObject,
    PersonalMailing,
    SendStatus,
    Sent,
    SmsByBalance,
    SmsTimes,
    SubscriberList,
    TemplateStatus,
    ViberContent,
)

__all__ = [
    "MINSK",
    "NEUTRAL_STATES",
    "AsyncSmsBy",
    "Bill",
    "BulkAccepted",
    "BulkDelivery",
    "BulkMailing",
    "BulkMailingStatus",
    "BulkStatus",
    "Category",
    "CodeSent",
    "CodeType",
    "CreatedMessage",
    "Delivery",
    "DeliveryStatus",
    "DuplicateMessageError",
    "FlashCall",
    "FlashCallResult",
    "ImportResult",
    "Mailing",
    "Message",
    "MessageState",
    "NotFoundError",
    "PasswordObject",
    "PersonalMailing",
    "SendStatus",
    "Sent",
    "SmsBy",
    "SmsByBalance",
    "SmsBySettings",
    "SmsTimes",
    "SubscriberList",
    "TemplateStatus",
    "UnknownSenderError",
    "ViberContent",
    "normalize_phone",
    "parse_bulk_callback",
    "read_delivery_callback",
]

MINSK: tzinfo
"""SMS.by's local times carry no zone; Minsk time is presumed (unconfirmed by SMS.by).
Made on first use (the module's __getattr__, `_wire.zone`), not on import."""

if TYPE_CHECKING:  # the deprecated name, for type checkers; at run time from __getattr__
    Balance = SmsByBalance
else:

    def __getattr__(name: str) -> object:
        """MINSK is made on first use (_wire.zone), not when the module is imported; Balance
        is SmsByBalance's old name (three public classes were called Balance)."""
        if name == "MINSK":
            return minsk()
        if name == "Balance":
            warnings.warn(
                "smsgate.smsby.Balance is now SmsByBalance; the old name will go",
                DeprecationWarning,
                stacklevel=2,
            )
            return SmsByBalance
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
