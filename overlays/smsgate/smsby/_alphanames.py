"""Alpha names, SMS.by's sender names (its docs, section 5.3): list them, find one's id, apply
for a new one."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from smsgate_smsby_client import models
from smsgate_smsby_client.api.alphanames import (
    create_alphaname,
    get_alphaname_category,
    get_alphaname_id,
    get_alphanames,
)

from .. import _limits
from .._calls import Call
from .._facade import Steps, operation
from ..errors import SmsgateError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._errors import NotFoundError, UnknownSenderError
from ._results import Category

__all__ = ["Alphanames"]


class Alphanames(SmsByBase):
    def _alphanames(self) -> Call[dict[int, str]]:
        """Sender names by id; 0 is the system sender."""
        return self._call(get_alphanames, decode.name_map)

    alphanames = operation(_alphanames)

    def _alphaname_id(self, name: str) -> Steps[int]:
        """The id of an approved sender name. An unknown one raises UnknownSenderError, which
        names the senders there are (read with one more request, only then)."""
        name = _limits.text(name, "name")
        try:
            return (yield from self._call(get_alphaname_id, decode.ident, name=name))
        except NotFoundError as missing:
            known: dict[int, str] = {}
            with contextlib.suppress(SmsgateError):  # else it says so, without the list
                known = yield from self._alphanames()
            raise _unknown_sender(name, known, missing) from None

    alphaname_id = operation(_alphaname_id)

    @operation
    def alphaname_categories(self) -> Call[list[Category]]:
        return self._call(get_alphaname_category, decode.categories)

    @operation
    def create_alphaname(
        self,
        name: str,
        *,
        legal_name: str,
        unp: int,
        country_id: int = 1,
        postcode: int | None = None,
        more: Mapping[str, str | int] | None = None,
    ) -> Call[dict[str, Any]]:
        """Apply for a sender name. SMS.by's field list is cut off in every source; pass the
        rest (address, category id) by their SMS.by names in `more`."""
        body = models.AlphanameRequest(
            name=_limits.text(name, "name"),
            yur_name=_limits.text(legal_name, "legal_name"),
            unp=inputs.ident(unp, "unp"),
            country_id=inputs.ident(country_id, "country_id"),
            postcode=inputs.optional_ident(postcode, "postcode"),
        )
        body.additional_properties.update(more or {})
        return self._call(create_alphaname, decode.undocumented, body=body)


def _unknown_sender(
    name: str, known: Mapping[int, str], missing: NotFoundError
) -> UnknownSenderError:
    """What to do about a sender SMS.by does not know: the names it does, to pick from."""
    own = [repr(sender) for ident, sender in sorted(known.items()) if ident != 0]
    if own:
        choice = f"the senders of this account are {', '.join(own)}"
    elif known:
        choice = "this account has no sender names of its own yet (create_alphaname)"
    else:
        choice = "the account's sender names could not be read (alphanames())"
    message = f"unknown sender {name!r}: {choice}; without a sender SMS.by sends under its own"
    return UnknownSenderError(
        message,
        senders=known,
        vendor=missing.vendor,
        operation=missing.operation,
        status_code=missing.status_code,
        raw_body=missing.raw_body,
        content_type=missing.content_type,
    )
