"""Selzy's contact lists (getLists, createList, updateList, deleteList)."""

from __future__ import annotations

from typing import Any

from smsgate_selzy_client import models
from smsgate_selzy_client.api.lists import create_list, delete_list, get_lists, update_list

from .. import _limits, _wire
from .._calls import Call
from .._facade import operation
from . import _decode as decode
from ._base import SelzyFacade, given
from ._results import Ack, Created, Listing, MailingList


def _mailing_list(item: Any) -> MailingList:
    return MailingList(
        _wire.integer(item.id, "id"),
        _wire.text(item.title, "title"),
    )


class ListOperations(SelzyFacade):
    @operation
    def lists(self) -> Call[Listing[MailingList]]:
        """Every contact list with its id."""
        return self._call(get_lists, decode.listing_of(_mailing_list))

    @operation
    def create_list(
        self,
        title: str,
        *,
        before_subscribe_url: str | None = None,
        after_subscribe_url: str | None = None,
    ) -> Call[Created]:
        body = models.CreateListRequest(
            title=_limits.text(title, "title"),
            before_subscribe_url=given(before_subscribe_url),
            after_subscribe_url=given(after_subscribe_url),
        )
        return self._call(create_list, decode.of_result(decode.created), body=body)

    @operation
    def update_list(
        self,
        list_id: int,
        title: str,
        *,
        before_subscribe_url: str | None = None,
        after_subscribe_url: str | None = None,
    ) -> Call[Ack]:
        body = models.UpdateListRequest(
            list_id=_limits.integer(list_id, "list_id"),
            title=_limits.text(title, "title"),
            before_subscribe_url=given(before_subscribe_url),
            after_subscribe_url=given(after_subscribe_url),
        )
        return self._call(update_list, decode.of_result(decode.ack), body=body)

    @operation
    def delete_list(self, list_id: int) -> Call[Ack]:
        body = models.DeleteListRequest(list_id=_limits.integer(list_id, "list_id"))
        return self._call(delete_list, decode.of_result(decode.ack), body=body)
