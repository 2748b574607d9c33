"""The two public Selzy clients, composed from the operation groups (one mixin per group of
Selzy's API docs) on the common base."""

from __future__ import annotations

from .._facade import AsyncFacade, SyncFacade
from ._campaigns import CampaignOperations
from ._contacts import ContactOperations
from ._fields import FieldOperations
from ._lists import ListOperations
from ._neutral import NeutralMapping
from ._statistics import StatisticsOperations


class _SelzyOperations(
    ListOperations,
    ContactOperations,
    CampaignOperations,
    StatisticsOperations,
    FieldOperations,
    NeutralMapping,
):
    """Every Selzy operation, written once for the sync and the async client (the SMS sends
    and the partner methods come with the neutral mapping, which builds on them)."""


class Selzy(_SelzyOperations, SyncFacade):
    """The blocking Selzy client."""


class AsyncSelzy(_SelzyOperations, AsyncFacade):
    """The asyncio Selzy client."""
