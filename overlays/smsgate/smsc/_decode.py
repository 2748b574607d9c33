"""SMSC's replies in each of its four formats (`fmt` 0 text, 1 comma-separated, 2 XML,
3 JSON), decoded to the same records: a record of text fields, a list of records, the bare
"OK" of change and delete commands, or a Failure (SMSC reports errors with HTTP 200 in every
format). A command's `Shape` says what it answers, so that fmt 0 and 1, which name no fields,
read as the other two."""

from __future__ import annotations

import functools
import io
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._calls import WireFormatError
from ._results import Format

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

__all__ = [
    "CREATED_SHAPE",
    "DONE_SHAPE",
    "MONEY",
    "OK",
    "ROWS_SHAPE",
    "ROW_SHAPE",
    "Decoded",
    "Failure",
    "Record",
    "Shape",
    "decode",
]

Record = dict[str, str]


@dataclass(frozen=True)
class Failure:
    """An error reply: its code, what SMSC said (fmt=1 says nothing) and a send's message id."""

    code: int
    said: str
    message_id: str | None


OK = "OK"
Decoded = Record | list[Record] | str | Failure


@dataclass(frozen=True)
class Shape:
    """What one command answers, so that all four formats decode to the same records.

    `fields` is the order of the comma-separated fields (fmt=1) and the keys of the
    `key = value` text (fmt=0); `line` is the one-line text form some commands use at fmt=0
    instead (`OK - 1 SMS, ID - 5`), with named groups; `labels` renames fmt=0 keys."""

    fields: tuple[str, ...] = ()
    many: bool = False
    line: re.Pattern[str] | None = None
    labels: Mapping[str, str] = field(default_factory=dict)
    empty_on: frozenset[int] = frozenset()
    """Error codes that mean "no records" for a listing (phones.php answers 3)."""
    positional: bool = True
    """False when SMSC documents no field order, so that fmt=1 cannot be read."""
    free_text: bool = False
    """True for a list whose fields hold free text (names, comments, messages): SMSC joins
    fmt=1 fields with commas and lines with newlines, never quoted, so a comma or newline in
    such a field cannot be told from a separator, and fmt=1 is refused rather than misread."""


_TEXT_ERROR = re.compile(r"ERROR = (?P<code>[0-9]+) \((?P<said>.*)\)(?:, ID - (?P<id>.+))?")
_CSV_ERROR = re.compile(r"(?P<id>[^,\s]*),-(?P<code>[0-9]+)")


def decode(body: bytes, fmt: Format, charset: str, shape: Shape) -> Decoded:
    text = body.decode(charset)
    if text.strip() == OK:
        return OK
    decoded = _DECODERS[fmt](text, shape)
    if isinstance(decoded, Failure) and decoded.code in shape.empty_on:
        return []
    return decoded


def _json(text: str, shape: Shape) -> Decoded:
    value = json.loads(text)
    if isinstance(value, dict) and "error_code" in value:
        return _failure(value.get("error_code"), value.get("error"), value.get("id"))
    if shape.many:
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise WireFormatError("a list was expected")
        return [_flat(v) for v in value]
    if not isinstance(value, dict):
        raise WireFormatError("an object was expected")
    return _flat(value)


def _flat(item: Mapping[str, Any]) -> Record:
    """JSON scalars as the text the other formats carry; nested values are not read."""
    return {
        key: value if isinstance(value, str) else json.dumps(value)
        for key, value in item.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }


def _xml(text: str, shape: Shape) -> Decoded:
    # Imported for the first XML reply (fmt=2), not with the module.
    from xml.etree.ElementTree import ParseError

    from defusedxml.ElementTree import fromstring as parse_xml

    try:
        root = parse_xml(text, forbid_dtd=True)
    except ParseError as exc:  # a SyntaxError, which the core would not read as a bad reply
        raise WireFormatError(f"not XML: {exc}") from None
    fields = _children(root)
    if "error_code" in fields:
        return _failure(fields["error_code"], fields.get("error"), fields.get("id"))
    if shape.many:
        return [_children(item) for item in root]
    if not len(root):  # <result>OK</result>, <balance>15.00</balance>
        value = (root.text or "").strip()
        return OK if value == OK and root.tag == "result" else {root.tag: value}
    return fields


def _children(element: Element) -> Record:
    return {child.tag: (child.text or "").strip() for child in element if not len(child)}


def _csv(text: str, shape: Shape) -> Decoded:
    stripped = text.strip()
    error = _CSV_ERROR.fullmatch(stripped)
    if error:
        return _failure(error["code"], None, error["id"] if error["id"] not in ("", "0") else None)
    if not shape.fields:
        raise WireFormatError("this reply's comma-separated fields are not documented")
    import csv  # for the first CSV reply (fmt=1), not with the module

    try:
        reader = csv.reader(io.StringIO(stripped))
        rows = [dict(zip(shape.fields, row, strict=False)) for row in reader]
    except csv.Error as exc:  # not a ValueError, which the core would not read as a bad reply
        raise WireFormatError(f"not comma-separated values: {exc}") from None
    return _one_or_many(rows, shape)


def _text(text: str, shape: Shape) -> Decoded:
    stripped = text.strip("\r\n")
    error = _TEXT_ERROR.fullmatch(stripped)
    if error:
        return _failure(error["code"], error["said"], error["id"])
    lines = [line for line in stripped.splitlines() if line.strip()]
    if shape.line is None:
        return _one_or_many([_pairs(record, shape) for record in _records_of(lines, shape)], shape)
    rows = []
    for line in lines:
        match = shape.line.fullmatch(line.strip())
        if match is None:
            raise WireFormatError(f"unexpected text {line!r}")
        rows.append({k: v for k, v in match.groupdict().items() if v is not None})
    return _one_or_many(rows, shape)


def _records_of(lines: list[str], shape: Shape) -> list[str]:
    """`key = value` records, one per line; a line that starts with no key continues the
    value before it (a message text with a line break)."""
    keys = tuple({**{f: f for f in shape.fields}, **shape.labels}) if shape.fields else ()
    starts = re.compile(rf"(?:{'|'.join(map(re.escape, keys)) if keys else '[A-Za-z_]+'}) =")
    records: list[str] = []
    for line in lines:
        if records and not starts.match(line):
            records[-1] += "\n" + line
        else:
            records.append(line)
    return records


@functools.cache
def _pair_splitter(keys: tuple[str, ...]) -> re.Pattern[str]:
    """Splits `a = 1, b = x, y` at the commas that start a known key, so values may hold ", "."""
    key = "|".join(map(re.escape, keys)) if keys else r"[A-Za-z_][A-Za-z0-9_]*"
    return re.compile(rf", (?=(?:{key}) =(?: |$))")


_PAIR = re.compile(r"(?P<key>[^=]+?) =(?: (?P<value>.*))?", re.DOTALL)


def _pairs(line: str, shape: Shape) -> Record:
    labels = {**{f: f for f in shape.fields}, **shape.labels}
    record: Record = {}
    for pair in _pair_splitter(tuple(labels) if shape.fields else ()).split(line):
        match = _PAIR.fullmatch(pair)
        if match is None:
            raise WireFormatError(f"unexpected text {pair!r}")
        record[labels.get(match["key"], match["key"])] = match["value"] or ""
    return record


def _one_or_many(rows: list[Record], shape: Shape) -> Decoded:
    if shape.many:
        return rows
    if len(rows) != 1:
        raise WireFormatError(f"one record was expected, got {len(rows)}")
    return rows[0]


def _failure(code: Any, said: Any, message_id: Any) -> Failure:
    if not isinstance(code, int | str) or not str(code).lstrip("-").isdigit():
        raise WireFormatError(f"error_code should be an integer, got {code!r}")
    return Failure(
        abs(int(code)),
        said if isinstance(said, str) else "",
        None if message_id in (None, "") else str(message_id),
    )


_DECODERS: dict[Format, Callable[[str, Shape], Decoded]] = {
    Format.TEXT: _text,
    Format.CSV: _csv,
    Format.XML: _xml,
    Format.JSON: _json,
}


MONEY = r"-?[0-9]+(?:\.[0-9]+)?"
DONE_SHAPE = Shape()
"""A bare OK."""
CREATED_SHAPE = Shape(("id",), line=re.compile(r"ID = (?P<id>[0-9]+)"))
ROWS_SHAPE = Shape(many=True, empty_on=frozenset({3}), positional=False)
"""Records whose fields SMSC does not document: read at fmt 0, 2 and 3, not at fmt 1."""
ROW_SHAPE = Shape(positional=False)
