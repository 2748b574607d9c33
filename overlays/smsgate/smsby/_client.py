"""The two public SMS.by clients, composed from the operation groups (one mixin each, on
SmsByBase) and the neutral hooks."""

from __future__ import annotations

from .._facade import AsyncFacade, SyncFacade
from ._flashcall import FlashCalls
from ._lists import Lists
from ._neutral import Neutral
from ._twofactor import TwoFactor
from ._viber import Viber

__all__ = ["AsyncSmsBy", "SmsBy"]


class _SmsByOperations(Neutral, Lists, TwoFactor, FlashCalls, Viber):
    """Every SMS.by operation, written once for the sync and the async client (Neutral brings
    sending, messages, account and alpha names, which its hooks build on)."""


class SmsBy(_SmsByOperations, SyncFacade):
    """The blocking SMS.by client."""


class AsyncSmsBy(_SmsByOperations, AsyncFacade):
    """The asyncio SMS.by client."""
