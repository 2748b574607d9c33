"""Mailing lists, SMS.by's subscriber lists (its docs, section 5.4, all on /api/v2)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from smsgate_smsby_client import models
from smsgate_smsby_client.api.lists import (
    create_subscriber_list,
    get_subscriber_lists,
    import_contacts,
)

from .. import _limits
from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._results import ImportResult, SubscriberList

__all__ = ["Lists"]

MAX_CONTACTS = 500
"""Contacts one importContacts call takes."""
MAX_FIELDS = 30
"""Fields a contact may have."""


class Lists(SmsByBase):
    @operation
    def create_list(self, name: str) -> Call[int]:
        name = _limits.text(name, "name")
        return self._call(create_subscriber_list, decode.list_created, name=name)

    @operation
    def import_contacts(
        self, list_id: int, contacts: Sequence[Mapping[str, str]]
    ) -> Call[ImportResult]:
        """Up to 500 contacts (dicts of up to 30 fields, with `phone` or `email`)."""
        if not contacts or len(contacts) > MAX_CONTACTS:
            raise InvalidRequestError(f"give 1-{MAX_CONTACTS} contacts")
        names = list(dict.fromkeys(key for contact in contacts for key in contact))
        if len(names) > MAX_FIELDS or not {"phone", "email"} & set(names):
            raise InvalidRequestError(
                f"contacts need phone or email and at most {MAX_FIELDS} fields"
            )
        body = models.ImportRequest(
            list_id=inputs.ident(list_id, "list_id"),
            field_names=names,
            data=[[str(contact.get(n, "")) for n in names] for contact in contacts],
        )
        return self._call(import_contacts, decode.imported, body=body)

    @operation
    def lists(self) -> Call[list[SubscriberList]]:
        return self._call(get_subscriber_lists, decode.lists)
