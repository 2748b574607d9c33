"""The files of numbers the `smsgate` command reads: recipients (`send --to-file`) and
contacts (`import-contacts`).

A recipients file has one number per line, or is CSV with the number first:

    # customers of the December sale
    phone,name
    +375 29 123-45-67,Anna
    "8 029 765-43-21",Boris

Blank lines and lines starting with `#` are skipped; a first row whose first cell has no digit
(`phone,name`) is a header. Every number is checked with smsgate.phones, the gateway's own rule
(`region` is the default region for national numbers), so that a bad line is found before
anything is sent, and every bad line at once: one `RecipientsError` names them all with their
line numbers, or, with `skip_invalid`, they are left out and `Recipients.skipped` names them.
A contacts file is CSV with a header row naming Selzy's fields; its phones are checked and
normalised the same way (`read_contacts`).
"""

from __future__ import annotations

import contextlib
import csv
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from .errors import InvalidRequestError
from .phones import to_e164

__all__ = [
    "BadLine",
    "ContactsTable",
    "Recipients",
    "RecipientsError",
    "parse_recipients",
    "read_contacts",
    "read_recipients",
]

STDIN = "-"
"""The file name that means standard input, as for most commands."""


@dataclass(frozen=True)
class BadLine:
    """A line of a recipients file that holds no valid number."""

    line: int
    """1-based, as editors count."""
    text: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class Recipients:
    numbers: tuple[str, ...]
    """E.164, in the file's order."""
    skipped: tuple[BadLine, ...] = ()


class RecipientsError(InvalidRequestError):
    """A recipients file that cannot be used as it is: missing, unreadable or with bad lines
    (`bad_lines`, every one of them)."""

    def __init__(self, message: str, bad_lines: Iterable[BadLine] = ()):
        super().__init__(message)
        self.bad_lines = tuple(bad_lines)


def _rows(lines: Iterable[str]) -> Iterable[tuple[int, list[str]]]:
    """(line number, CSV cells) of each line that is neither blank nor a comment."""
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text and not text.startswith("#"):
            yield number, next(csv.reader([text]))


def parse_recipients(
    lines: Iterable[str], *, name: str, region: str | None = None, skip_invalid: bool = False
) -> Recipients:
    """The numbers in `lines` (a file named `name` in messages), as the module docstring says."""
    numbers: list[str] = []
    bad: list[BadLine] = []
    for index, (line, cells) in enumerate(_rows(lines)):
        first = cells[0].strip() if cells else ""
        if index == 0 and not any(c.isdigit() for c in first):
            continue  # a header row: `phone,name`
        try:
            numbers.append(to_e164(first, region))
        except InvalidRequestError as error:
            bad.append(BadLine(line, first, error.message))
    if bad and not skip_invalid:
        raise RecipientsError(_bad_lines_message(name, bad, "lines"), bad)
    if not numbers:
        raise RecipientsError(f"{name}: no numbers", bad)
    return Recipients(tuple(numbers), tuple(bad))


@contextlib.contextmanager
def _opened(path: str) -> Iterator[tuple[TextIO, str]]:
    """The file at `path` (`-`: standard input) and its name for messages; a file that
    cannot be read is a RecipientsError, not a traceback."""
    if path == STDIN:
        yield sys.stdin, "standard input"
        return
    try:
        with open(path, encoding="utf-8", newline="") as listing:
            yield listing, path
    except OSError as error:
        raise RecipientsError(f"cannot read {path}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise RecipientsError(f"{path} is not UTF-8 text") from None


def read_recipients(
    path: str, *, region: str | None = None, skip_invalid: bool = False
) -> Recipients:
    """The numbers in the file at `path` (`-`: standard input)."""
    with _opened(path) as (lines, name):
        return parse_recipients(lines, name=name, region=region, skip_invalid=skip_invalid)


@dataclass(frozen=True)
class ContactsTable:
    """A contacts CSV: the header's field names, and the rows with the file line of each."""

    names: list[str]
    rows: list[list[str]]
    lines: list[int]
    skipped: tuple[BadLine, ...] = ()


def read_contacts(
    path: str, *, region: str | None = None, skip_invalid: bool = False
) -> ContactsTable:
    """The contacts CSV at `path` (`-`: standard input), a header row naming the fields first,
    with each `phone` as E.164 (Selzy stores what it is given: `89120000001` would become
    the invalid `+89120000001`). A row whose phone is invalid, or whose cells do not match the
    header, is a bad line, refused or skipped as for recipients."""
    with _opened(path) as (listing, name):
        reader = csv.reader(listing)
        header = next(reader, None)
        if not header:
            raise RecipientsError(f"{name}: no header row naming the fields")
        phone = header.index("phone") if "phone" in header else None
        rows: list[list[str]] = []
        lines: list[int] = []
        bad: list[BadLine] = []
        line = reader.line_num
        for row in reader:
            first_line, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                reason = f"{len(row)} cells, the header names {len(header)} fields"
                bad.append(BadLine(first_line, ",".join(row), reason))
                continue
            if phone is not None and row[phone].strip():
                try:
                    row[phone] = to_e164(row[phone], region)
                except InvalidRequestError as error:
                    bad.append(BadLine(first_line, row[phone], error.message))
                    continue
            rows.append(row)
            lines.append(first_line)
    if bad and not skip_invalid:
        raise RecipientsError(_bad_lines_message(name, bad, "rows"), bad)
    if not rows:
        raise RecipientsError(f"{name}: no rows below the header", bad)
    return ContactsTable(header, rows, lines, tuple(bad))


def _bad_lines_message(name: str, bad: Sequence[BadLine], what: str) -> str:
    listing = "\n".join(f"  {b}" for b in bad)
    return f"{name}: {len(bad)} invalid {what} (--skip-invalid skips them):\n{listing}"
