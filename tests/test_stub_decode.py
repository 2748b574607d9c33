"""The stub core's one request-reading mechanism, on bytes alone."""

from __future__ import annotations

import bz2
import gzip

import pytest
from smsgate.stub import RequestForms, SpecValidator, Undecodable
from smsgate.stub._core import load_spec
from smsgate.stub._decode import (
    FORM,
    JSON,
    MAX_INFLATED,
    MULTIPART,
    decode_bytes,
    decode_php_form,
)

UTF8 = RequestForms()
SMSC_LIKE = RequestForms(
    charset="windows-1251",
    charsets=("windows-1251", "utf-8", "koi8-r"),
    charset_param="charset",
    undecodable_text="replace",
    php_arrays=False,
)
SELZY_LIKE = RequestForms(
    compression_param="request_compression", compressions=frozenset({"bzip2", "gzip"})
)


def test_php_arrays_in_any_key_order() -> None:
    body = b"field_names[1]=phone&field_names[0]=email&data[1][0]=b&data[0][0]=a&o[k]=v"
    decoded = decode_bytes("", FORM, "", body, UTF8)
    assert decoded.body == {
        "field_names": ["email", "phone"],
        "data": [["a"], ["b"]],
        "o": {"k": "v"},
    }
    assert decoded.media_type == FORM


def test_gaps_in_indexes_stay_a_mapping() -> None:
    decoded = decode_bytes("a[0]=x&a[2]=y", "", "", b"", UTF8)
    assert decoded.query == {"a": {"0": "x", "2": "y"}}


def test_keys_of_other_digits_stay_a_mapping() -> None:
    """ "²" is a digit to str.isdigit but not to int(): such keys are names, as PHP reads them."""
    assert decode_php_form([("a[²]", "x"), ("a[1]", "y")]) == {"a": {"²": "x", "1": "y"}}


def test_appended_items_and_the_body_winning_over_the_query() -> None:
    decoded = decode_bytes("list[]=1&list[]=2&name=q", FORM, "", b"name=b", UTF8)
    assert decoded.query["list"] == ["1", "2"]
    assert decoded.arguments == {"list": ["1", "2"], "name": "b"}


def test_charset_named_by_a_parameter_reads_query_and_body() -> None:
    text = "Привет".encode("koi8-r")
    query = "charset=koi8-r&mes=" + "".join(f"%{b:02X}" for b in text)
    assert decode_bytes(query, "", "", b"", SMSC_LIKE).query["mes"] == "Привет"
    body = b"mes=" + "".join(f"%{b:02X}" for b in "Привет".encode("cp1251")).encode()
    assert decode_bytes("", FORM, "", body, SMSC_LIKE).body["mes"] == "Привет"  # the default


def test_bytes_outside_the_charset_refused_or_replaced_as_the_vendor_does() -> None:
    with pytest.raises(Undecodable, match="utf-8"):
        decode_bytes("", FORM, "", b"a=%FF", UTF8)
    assert decode_bytes("charset=utf-8", FORM, "", b"a=%FF", SMSC_LIKE).body["a"] == "\ufffd"


def test_json_bodies_and_bad_json() -> None:
    decoded = decode_bytes("token=t", "application/json; charset=utf-8", "", b'{"a": [1]}', UTF8)
    assert (decoded.body, decoded.media_type, decoded.query) == ({"a": [1]}, JSON, {"token": "t"})
    with pytest.raises(Undecodable, match="JSON"):
        decode_bytes("", JSON, "", b"{", UTF8)


def test_compressed_bodies_by_parameter_or_header() -> None:
    form = b"list_ids=1&phone=%2B79001234567"
    decoded = decode_bytes("request_compression=bzip2", FORM, "", bz2.compress(form), SELZY_LIKE)
    assert decoded.body == {"list_ids": "1", "phone": "+79001234567"}
    decoded = decode_bytes("", FORM, "gzip", gzip.compress(form), SELZY_LIKE)
    assert decoded.body["list_ids"] == "1"
    with pytest.raises(Undecodable, match="not supported"):
        decode_bytes("", FORM, "gzip", gzip.compress(form), UTF8)
    with pytest.raises(Undecodable, match="bzip2"):
        decode_bytes("request_compression=bzip2", FORM, "", form, SELZY_LIKE)


def test_a_compression_bomb_is_refused() -> None:
    bomb = bz2.compress(b"a" * (MAX_INFLATED + 10))
    with pytest.raises(Undecodable, match="inflates"):
        decode_bytes("request_compression=bzip2", FORM, "", bomb, SELZY_LIKE)


def test_multipart_fields_and_files() -> None:
    boundary = "XyZ"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="phones"\r\n\r\n79001234567\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        f"Content-Type: text/plain\r\n\r\nhello\r\n--{boundary}--\r\n"
    ).encode()
    decoded = decode_bytes("", f"{MULTIPART}; boundary={boundary}", "", body, UTF8)
    assert decoded.body == {"phones": "79001234567", "file": "(binary)"}
    assert decoded.files == {"file": b"hello"}


def test_a_charset_part_names_the_charset_of_the_other_parts() -> None:
    """PHP's curl sends every argument of a multipart POST as a part, `charset` among them."""
    boundary = "XyZ"
    text = "Привет".encode()
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="mes"\r\n\r\n'.encode()
        + text
        + f'\r\n--{boundary}\r\nContent-Disposition: form-data; name="charset"\r\n\r\n'
        f"utf-8\r\n--{boundary}--\r\n".encode()
    )
    decoded = decode_bytes("", f"{MULTIPART}; boundary={boundary}", "", body, SMSC_LIKE)
    assert decoded.body == {"mes": "Привет", "charset": "utf-8"}
    without = body.replace(b"utf-8", b"koi8-x")  # a charset SMSC does not know: its default
    assert decode_bytes("", f"{MULTIPART}; boundary={boundary}", "", without, SMSC_LIKE).body[
        "mes"
    ] == text.decode("windows-1251")


def test_a_media_type_the_vendor_does_not_read_is_no_body() -> None:
    forms = RequestForms(bodies=frozenset({FORM}))
    decoded = decode_bytes("a=1", JSON, "", b'{"b": 2}', forms)
    assert (decoded.body, decoded.media_type, decoded.arguments) == (None, None, {"a": "1"})


def test_an_empty_body_is_no_body_whatever_its_label() -> None:
    """uBill's PHP SDK, laravel-usms and the axios clients send `Content-Type:
    application/json` on bodiless GETs; that is no body, not bad JSON."""
    decoded = decode_bytes("key=k", JSON, "", b"", UTF8)
    assert (decoded.body, decoded.media_type, decoded.arguments) == (None, None, {"key": "k"})


UNION_SPEC = {
    "openapi": "3.1.0",
    "paths": {
        "/send": {
            "get": {
                "operationId": "send",
                "parameters": [
                    {
                        "name": "flag",
                        "in": "query",
                        "schema": {"$ref": "#/components/schemas/Flag"},
                    },
                    {"name": "id", "in": "query", "schema": {"$ref": "#/components/schemas/Id"}},
                ],
            }
        }
    },
    "components": {
        "schemas": {
            "Flag": {"oneOf": [{"type": "boolean"}, {"type": "integer", "enum": [0, 1]}]},
            "Id": {"oneOf": [{"type": "string", "pattern": "^[0-9]+$"}, {"type": "integer"}]},
        }
    },
}


@pytest.mark.parametrize(
    ("given", "typed"), [("true", True), ("false", False), ("1", 1), ("0", 0), ("yes", "yes")]
)
def test_a_string_is_typed_by_the_first_member_of_a_union_it_reads_as(
    given: str, typed: object
) -> None:
    """uBill's query flags are `true`/`false` or PHP's `1`/`0`, a oneOf: coerce and the
    parameter check read them by its members (a bare `coerce` sees no `type` there)."""
    validator = SpecValidator(UNION_SPEC)
    coerced = validator.coerce("send", {"flag": given})["flag"]
    assert coerced == typed and type(coerced) is type(typed)
    problems = validator.parameters("send", "query", {"flag": given})
    assert bool(problems) == (given == "yes")


def test_a_union_with_a_string_member_keeps_the_string() -> None:
    """uBill's FlexibleId (a digit string or an integer) reads a query string as it is."""
    validator = SpecValidator(UNION_SPEC)
    assert validator.coerce("send", {"id": "5"}) == {"id": "5"}
    assert not validator.parameters("send", "query", {"id": "5"})


def test_parameters_take_strings_or_values_typed_already() -> None:
    """A stub that reads a parameter out of a JSON body, or types it with `coerce` first,
    checks it as it is; a query string is typed by the parameter's schema."""
    validator = SpecValidator(load_spec("smsby"))
    assert validator.parameters("checkSMS", "query", {"sms_id": "5"}) == {}
    assert validator.parameters("checkSMS", "query", {"sms_id": 5}) == {}
    assert "sms_id" in validator.parameters("checkSMS", "query", {"sms_id": "five"})
    assert "sms_id" in validator.parameters("checkSMS", "query", {"sms_id": [5]})
