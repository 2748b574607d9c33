"""The one pager: a listing fetched page by page, whichever way the vendor pages.

Vendors page by offset (Selzy's offset + limit, SMS.by's limit_offset + limit_rows), by page
number (SMS.by's Laravel pages) or by the last id seen (SMSC's prev_id / after_id + cnt). Each
is a cursor and a rule for the next one; `pages` fetches the next page only once the items of
this one are used up, so that a listing stopped early asks for nothing more.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any, Literal, TypeVar

from ._calls import Call
from ._facade import Emit, Steps, Stream

__all__ = ["END", "after_last", "by_offset", "pages"]

T = TypeVar("T")
C = TypeVar("C")


class _End(enum.Enum):
    END = "end"


END: Literal[_End.END] = _End.END
"""What `advance` gives after the last page (a cursor may itself be None: no prev_id yet)."""

Advance = Callable[[C, Sequence[T]], C | Literal[_End.END]]
"""(this page's cursor, its items) -> the next page's cursor, or END."""


def pages(
    fetch: Callable[[C], Call[Sequence[T]] | Steps[Sequence[T]]], start: C, advance: Advance[C, T]
) -> Stream[T]:
    """Every item of a listing: the page at `start`, then each page `advance` points to."""
    cursor = start
    while True:
        items = yield from fetch(cursor)
        yield Emit(items)
        following = advance(cursor, items)
        if following is END:
            return
        cursor = following


def by_offset(size: int) -> Advance[int, Any]:
    """Offset paging: a page shorter than `size` is the last one."""
    return lambda offset, items: offset + len(items) if len(items) >= size else END


def after_last(size: int, key: Callable[[T], C | None]) -> Advance[C | None, T]:
    """Paging by the last item's id (`key`): a short page, or a last item without one, is the
    end; the first page's cursor is None (nothing seen yet)."""

    def advance(_: object, items: Sequence[T]) -> C | Literal[_End.END]:
        last = key(items[-1]) if len(items) >= size else None
        return END if last is None else last

    return advance
