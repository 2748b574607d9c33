"""Selzy's input checks and limits, built on the one library of checks (smsgate._limits and
smsgate.phones): bad input never leaves, and each limit is Selzy's documented one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import _limits, phones
from ..errors import InvalidRequestError
from ._decode import SMS_ID
from ._results import ContactStatus

if TYPE_CHECKING:
    from smsgate_selzy_client.models import ContactStatus as ContactStatusName

T = TypeVar("T")

SMS_BATCH = 150
"""sendSms takes at most this many numbers per call."""
IMPORT_BATCH = 500
"""importContacts takes at most this many rows per call."""
EXPORT_PAGE = 1000
"""The legacy exportContacts answers at most this many contacts per call."""
LIST_PAGE = 100
"""getMessages/listMessages take at most 100; getCampaigns up to 10 000 on Selzy but 100 on
UniSender's page, so 100 is safe for both."""
CAMPAIGN_PAGE = 10_000
"""The most getCampaigns takes, on Selzy."""
TEXT_LIMIT = 1000
CAMPAIGN_AHEAD = timedelta(days=100)
"""How far ahead createCampaign's start_time may lie."""
MINUTES = "%Y-%m-%d %H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"
_CONTACT_STATUSES = frozenset(str(status) for status in ContactStatus)
_SENDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9 .\-_]{2,10}")


def normalize_phone(phone: str | int, region: str | None = None) -> str:
    """A number as Selzy wants it: international digits with the country code, by the
    gateway's rule (smsgate.phones); a national number needs its `region` (e.g. "RU"), as
    the facades read it with their `default_region`."""
    return phones.international_digits(phone, region)


def sender(value: Any) -> str:
    if not isinstance(value, str) or not _SENDER.fullmatch(value):
        raise InvalidRequestError(f"a sender is 3-11 Latin letters and digits, got {value!r}")
    return value


def sms_id(value: Any) -> str:
    if not isinstance(value, str) or not SMS_ID.fullmatch(value):
        raise InvalidRequestError(f"an sms_id is numeric text, got {value!r}")
    return value


def id_list(values: int | Iterable[int], what: str) -> str:
    """One positive id or several, as Selzy takes them: comma-separated."""
    return ",".join(str(i) for i in _limits.ids(values, what))


def utc(when: datetime | None, pattern: str, what: str) -> str | None:
    """A timezone-aware moment as Selzy's UTC text, None for none."""
    if when is None:
        return None
    if not isinstance(when, datetime) or when.tzinfo is None:
        raise InvalidRequestError(f"{what} needs a timezone-aware datetime")
    return when.astimezone(UTC).strftime(pattern)


def chunks(items: Sequence[T], size: int) -> Iterable[tuple[int, Sequence[T]]]:
    """(index of the first item, the items) for each run of at most `size` items."""
    return ((start, items[start : start + size]) for start in range(0, len(items), size))


def contact_status(value: Any, what: str) -> ContactStatusName | None:
    """A contact status filter, one of Selzy's (`ContactStatus`); None for none."""
    if value is None:
        return None
    if value not in _CONTACT_STATUSES:
        raise InvalidRequestError(f"{what} is one of {sorted(_CONTACT_STATUSES)}, got {value!r}")
    return cast("ContactStatusName", str(value))


def field_names(names: Iterable[str] | None, what: str) -> list[str] | None:
    return None if names is None else [_limits.text(name, what) for name in names]
