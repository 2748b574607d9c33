"""smsgate._pager: one pager for offset, page-number and last-id paging."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from smsgate._calls import Call
from smsgate._facade import Emit, Stream
from smsgate._pager import END, after_last, by_offset, pages


class _Endpoint:
    OPERATION_NAME = "list"


def _drive(stream: Stream[Any], rows: Sequence[int]) -> tuple[list[int], list[Any]]:
    """Runs a listing over `rows` as a vendor would page them; returns the items and the
    cursor each page was asked at."""
    items: list[int] = []
    asked: list[Any] = []
    reply: Any = None
    try:
        step = stream.send(None)
        while True:
            if isinstance(step, Emit):
                items.extend(step.items)
                reply = None
            else:
                assert isinstance(step, Call)
                reply = step.convert(step.arguments)
                asked.append(step.arguments["cursor"])
            step = stream.send(reply)
    except StopIteration:
        return items, asked


def _offset_page(rows: Sequence[int], size: int) -> Any:
    return lambda offset: Call(
        _Endpoint(), {"cursor": offset}, lambda a: rows[a["cursor"] :][:size]
    )


def test_offset_paging_stops_at_the_first_short_page() -> None:
    rows = list(range(7))
    items, asked = _drive(pages(_offset_page(rows, 3), 0, by_offset(3)), rows)
    assert (items, asked) == (rows, [0, 3, 6])


def test_offset_paging_asks_once_more_after_an_exactly_full_page() -> None:
    rows = list(range(6))
    items, asked = _drive(pages(_offset_page(rows, 3), 0, by_offset(3)), rows)
    assert (items, asked) == (rows, [0, 3, 6])


def test_paging_by_the_last_id_starts_with_none_and_follows_the_last_item() -> None:
    rows = [50, 40, 30, 20, 10]  # newest first, as SMSC's prev_id lists are

    def before(last_id: int | None) -> Call[Sequence[int]]:
        older = [r for r in rows if last_id is None or r < last_id]
        return Call(_Endpoint(), {"cursor": last_id}, lambda _: older[:2])

    items, asked = _drive(pages(before, None, after_last(2, lambda row: row)), rows)
    assert (items, asked) == (rows, [None, 40, 20])


def test_a_last_item_without_an_id_ends_the_listing() -> None:
    def fetch(cursor: int | None) -> Call[Sequence[int]]:
        return Call(_Endpoint(), {"cursor": cursor}, lambda _: [1, 2])

    advance = after_last(2, lambda row: None)
    assert _drive(pages(fetch, None, advance), [])[1] == [None]


def test_page_number_paging_is_an_advance_rule() -> None:
    last_page = 3

    def fetch(page: int) -> Call[Sequence[int]]:
        return Call(_Endpoint(), {"cursor": page}, lambda a: [a["cursor"] * 10])

    items, asked = _drive(
        pages(fetch, 1, lambda page, _: page + 1 if page < last_page else END), []
    )
    assert (items, asked) == ([10, 20, 30], [1, 2, 3])
