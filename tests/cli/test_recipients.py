"""Recipients and contacts files (smsgate._recipients): what a line may hold, and how a bad
line is reported, with the line number an editor shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from smsgate._recipients import RecipientsError, parse_recipients, read_contacts, read_recipients
from smsgate.errors import InvalidRequestError


def numbers(text: str, region: str | None = None) -> tuple[str, ...]:
    return parse_recipients(text.splitlines(True), name="numbers.txt", region=region).numbers


def test_comments_blank_lines_and_a_header_row_are_skipped() -> None:
    text = "# December sale\nphone,name\n\n+375 29 123-45-67,Anna\n  # Boris left\n375291234568\n"
    assert numbers(text) == ("+375291234567", "+375291234568")


def test_the_number_is_the_first_csv_cell_quoted_or_not() -> None:
    assert numbers('"+375 29 123-45-67",Anna\n+375291234568 , "Boris, Jr"\n') == (
        "+375291234567",
        "+375291234568",
    )


def test_a_first_row_with_digits_is_a_number_not_a_header() -> None:
    with pytest.raises(RecipientsError) as raised:
        numbers("12ab,Anna\n+375291234567\n")
    assert [(b.line, b.text) for b in raised.value.bad_lines] == [(1, "12ab")]


def test_every_bad_line_is_named_in_one_error_with_its_line_number() -> None:
    text = "phone\n+375291234567\n12ab\n# note\n+375 29 000\n+375291234568\n"
    with pytest.raises(RecipientsError) as raised:
        numbers(text)
    error = raised.value
    assert isinstance(error, InvalidRequestError)
    assert [(b.line, b.text) for b in error.bad_lines] == [(3, "12ab"), (5, "+375 29 000")]
    assert "numbers.txt: 2 invalid lines" in str(error)
    assert "line 3: '12ab' is not a valid" in str(error) and "line 5:" in str(error)
    assert "--skip-invalid" in str(error)


def test_skip_invalid_keeps_the_good_lines_and_names_the_skipped() -> None:
    found = parse_recipients(
        ["+375291234567\n", "12ab\n", "+375291234568\n"], name="n", skip_invalid=True
    )
    assert found.numbers == ("+375291234567", "+375291234568")
    assert [b.line for b in found.skipped] == [2]


def test_national_numbers_need_the_region_the_gateway_would_use() -> None:
    with pytest.raises(RecipientsError, match="line 1: '8 029 123-45-67'"):
        numbers("8 029 123-45-67\n")
    assert numbers("8 029 123-45-67\n", region="BY") == ("+375291234567",)


def test_a_file_without_numbers_is_refused() -> None:
    with pytest.raises(RecipientsError, match="no numbers"):
        numbers("phone,name\n# nobody yet\n")


def test_a_missing_or_undecodable_file_is_a_recipients_error(tmp_path: Path) -> None:
    with pytest.raises(RecipientsError, match=r"cannot read .*missing\.txt: No such file"):
        read_recipients(str(tmp_path / "missing.txt"))
    (tmp_path / "latin1.txt").write_bytes("+375291234567,Jos\xe9\n".encode("latin-1"))
    with pytest.raises(RecipientsError, match="is not UTF-8 text"):
        read_recipients(str(tmp_path / "latin1.txt"))


def test_contacts_phones_become_e164_with_the_region(tmp_path: Path) -> None:
    table = tmp_path / "contacts.csv"
    table.write_text('email,phone,Name\na@example.com,89120000001,Ann\nb@example.com,,"B\nB"\n')
    found = read_contacts(str(table), region="RU")
    assert found.names == ["email", "phone", "Name"]
    assert found.rows == [
        ["a@example.com", "+79120000001", "Ann"],
        ["b@example.com", "", "B\nB"],
    ]
    assert found.lines == [2, 3]


def test_contacts_rows_with_bad_phones_or_cells_are_named_by_line(tmp_path: Path) -> None:
    table = tmp_path / "contacts.csv"
    table.write_text('phone,Name\n"+7 912\n000",Ann\n79120000001\n+79120000002,Bob\n12ab,Cy\n')
    with pytest.raises(RecipientsError) as raised:
        read_contacts(str(table))
    assert [b.line for b in raised.value.bad_lines] == [2, 4, 6]
    assert "1 cells, the header names 2 fields" in str(raised.value)
    skipped = read_contacts(str(table), skip_invalid=True)
    assert (skipped.rows, skipped.lines) == ([["+79120000002", "Bob"]], [5])
