"""The two public SMSC clients, composed from the operation groups (one mixin per script as
SMSC's documentation groups them) and the neutral mapping."""

from __future__ import annotations

from .._facade import AsyncFacade, SyncFacade
from ._data import Data
from ._jobs import Jobs
from ._misc import SmallerScripts, Templates
from ._neutral import NeutralMapping
from ._phonebook import Phonebook
from ._senders import Senders
from ._users import Users

__all__ = ["AsyncSmsc", "Smsc"]


class _SmscOperations(
    NeutralMapping, Phonebook, Senders, Data, Jobs, Users, Templates, SmallerScripts
):
    """Every SMSC operation, written once for the sync and the async client."""


class Smsc(_SmscOperations, SyncFacade):
    """The blocking SMSC client."""


class AsyncSmsc(_SmscOperations, AsyncFacade):
    """The asyncio SMSC client."""
