"""SMSC's own input checks, made before any request and built on smsgate._limits: a sender
name, a send's own id, pairs, page sizes, dates as SMSC reads them, and the SMSC-named
options an operation passes on to its typed request body."""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from smsgate_smsc_client import types as generated_types

from .. import _limits
from ..errors import InvalidRequestError

if TYPE_CHECKING:
    from smsgate_smsc_client.types import Unset

T = TypeVar("T")

TEXT_LIMIT = 1000
"""Characters in one send.php text (`mes`)."""
MAX_PAGE = 1000
"""The most records one listing request (`cnt`) returns."""
_SENDER = re.compile(r"[\x20-\x7e]{1,11}|[0-9]{1,15}|\.?")
_LABEL = re.compile(r"[A-Za-z0-9.\-_]{1,40}")
_SET_BY_THE_FACADE = frozenset({"fmt", "charset"})


def sender(value: str | None) -> str | None:
    """Up to 11 Latin characters or 15 digits; "" or "." send without the default sender."""
    if value is not None and not (isinstance(value, str) and _SENDER.fullmatch(value)):
        raise InvalidRequestError(
            f"a sender is up to 11 Latin characters or 15 digits, got {value!r}"
        )
    return value


def label(value: str | int | None) -> str | None:
    """A send's own id: an int 1..2147483647 or up to 40 of A-Z a-z 0-9 . - _."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value < 2**31:
        return str(value)
    if isinstance(value, str) and _LABEL.fullmatch(value):
        return value
    raise InvalidRequestError(
        f"id is an int 1..2147483647 or up to 40 of A-Z a-z 0-9 . - _, got {value!r}"
    )


def pair(item: Any, what: str) -> tuple[Any, Any]:
    if not isinstance(item, tuple | list) or len(item) != 2:
        raise InvalidRequestError(f"each item should be a pair {what}, got {item!r}")
    return item[0], item[1]


def page_size(value: Any) -> int:
    return _limits.integer(value, "page_size", most=MAX_PAGE)


def request_date(value: date | None) -> str | None:
    return None if value is None else value.strftime("%d.%m.%Y")


def options(
    model: type, operation: str, given: Mapping[str, Any], *, taken: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Options given by their SMSC names (`translit`, `bin`, `type`, ...) as keywords of the
    operation's typed body `model` (`bin_`, `type_`, ...), each checked against the type the
    spec gives it: an option the command does not take, or one the method sets itself
    (`taken`, and the reply format, which is the facade's), is an InvalidRequestError naming
    the operation and the option, before any request."""
    fields = _body_fields(model)
    checked: dict[str, Any] = {}
    for name, value in given.items():
        if name in taken or name in _SET_BY_THE_FACADE:
            raise InvalidRequestError(f"{operation}: {name} is set by the method, not an option")
        if name not in fields:
            raise InvalidRequestError(f"{operation} takes no {name}")
        attribute, hint = fields[name]
        if value is None:
            continue
        choices = _choices(hint)
        if choices and value not in choices:
            allowed = ", ".join(map(repr, choices))
            raise InvalidRequestError(f"{operation}: {name} is one of {allowed}, got {value!r}")
        checked[attribute] = value
    return checked


@functools.cache
def _body_fields(model: type) -> dict[str, tuple[str, Any]]:
    """SMSC name -> (the model's keyword, its type): the generator appends `_` to names
    Python reserves or builtins hold (bin, type, del, list, sum, format, all)."""
    import attrs  # the generated models are attrs classes; attrs loads with the first call

    hints = get_type_hints(model)
    return {
        f.name.removesuffix("_"): (f.name, hints[f.name]) for f in attrs.fields(model) if f.init
    }


def _choices(hint: Any) -> tuple[Any, ...]:
    """The values an enumeration of the spec allows (checked, as the generated from_dict
    checks them), none for the rest (which go as given: SMSC reads `valid=2` and
    `valid="02:00"` alike)."""
    members = get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,)
    return tuple(v for member in members if get_origin(member) is Literal for v in get_args(member))


def unset(value: T | None) -> T | Unset:
    """None (not given) as the generated models' UNSET, which leaves a field out."""
    return generated_types.UNSET if value is None else value
