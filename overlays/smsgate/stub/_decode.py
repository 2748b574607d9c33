"""How a stub reads a request the way its vendor does: one mechanism, each vendor declaring facts.

Real clients of one vendor send the same arguments in many forms: in the query string, in a
form body, as multipart, as JSON; PHP arrays whose keys arrive in any order; a compressed body;
text in a charset other than UTF-8. The vendor reads them all alike, so a stub must too, or it
fails a client that the vendor serves (the rule in the README's stub section). A stub declares
what its vendor reads in one `RequestForms` record, and `decode` turns any request into one
`Decoded` value: the query and the body, each a tree of strings (lists and dicts for PHP
arrays), or the JSON body as sent. Typing those strings by the spec is `SpecValidator.coerce`.

The functions here do no I/O but `decode`'s one read of the body, so that they are tested
on bytes alone.
"""

from __future__ import annotations

import bz2
import json
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

__all__ = [
    "FORM",
    "JSON",
    "MULTIPART",
    "Decoded",
    "RequestForms",
    "Undecodable",
    "decode",
    "decode_bytes",
    "decode_php_form",
]

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
MULTIPART = "multipart/form-data"
MAX_INFLATED = 16 * 1024 * 1024
"""The most a compressed body may inflate to: a stub is no target for a compression bomb."""

_DECOMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    "bzip2": lambda raw: _bounded(bz2.BZ2Decompressor(), raw),
    "gzip": lambda raw: _bounded(zlib.decompressobj(16 + zlib.MAX_WBITS), raw),
    "deflate": lambda raw: _bounded(zlib.decompressobj(), raw),
}
_DECOMPRESSORS["x-gzip"] = _DECOMPRESSORS["gzip"]
_DECOMPRESSORS["bz2"] = _DECOMPRESSORS["bzip2"]


class Undecodable(ValueError):
    """A request the vendor could not read (bad JSON, bytes not in the charset, a body that
    does not inflate). Each stub answers it in its vendor's shape."""


@dataclass(frozen=True)
class RequestForms:
    """What one vendor reads out of a request: facts about the vendor, nothing else."""

    bodies: frozenset[str] = frozenset({FORM, JSON, MULTIPART})
    """The body media types the vendor reads; another one is read as having no body."""
    php_arrays: bool = True
    """`a[1]=y&a[0]=x` reads as the list ["x", "y"] and `o[k]=v` as {"k": "v"}, as PHP does."""
    charset: str = "utf-8"
    """The charset of query and form text when neither the request nor `charset_param` names one."""
    charsets: tuple[str, ...] = ("utf-8",)
    """The charsets the vendor knows; another one named falls back to `charset`."""
    charset_param: str | None = None
    """A parameter that names the charset of the request's own text (SMSC's `charset`)."""
    undecodable_text: str = "refuse"
    """"refuse": bytes outside the charset make the request Undecodable; "replace": they read
    as U+FFFD, as a vendor that decodes leniently does."""
    compression_param: str | None = None
    """A query parameter that names the body's compression (Selzy's `request_compression`)."""
    compressions: frozenset[str] = frozenset()
    """The compressions the vendor inflates, from that parameter or a Content-Encoding header."""
    json_media_types: frozenset[str] = frozenset({JSON})
    """Media types read as JSON (a vendor that sniffs `text/json`, say)."""


@dataclass
class Decoded:
    """One request's arguments as the vendor reads them."""

    query: dict[str, Any]
    body: Any = None
    """A dict for a form or multipart body, any JSON value for JSON, None for no body."""
    media_type: str | None = None
    """The body's media type as read (FORM, JSON or MULTIPART), None when there is none."""
    files: dict[str, bytes] = field(default_factory=dict)
    """Multipart parts that came as files, by field name (their value in `body` is a marker)."""

    @property
    def arguments(self) -> dict[str, Any]:
        """Query and body arguments in one mapping, the body's winning, as a vendor that reads
        `$_REQUEST` does. A JSON body that is not an object adds nothing."""
        body = self.body if isinstance(self.body, dict) else {}
        return {**self.query, **body}


async def decode(request: Request, forms: RequestForms) -> Decoded:
    """The request's arguments as the vendor reads them; Undecodable when it could not."""
    return decode_bytes(
        request.url.query,
        request.headers.get("content-type", ""),
        request.headers.get("content-encoding", ""),
        await request.body(),
        forms,
    )


def decode_bytes(
    query: str, content_type: str, content_encoding: str, body: bytes, forms: RequestForms
) -> Decoded:
    """`decode` on a request's raw parts, for a caller that has read them already."""
    query_pairs = _pairs(query.encode("latin-1", "replace"))
    media, header_charset = _media_type(content_type)
    body = _inflate(body, content_encoding, query_pairs, forms)
    is_json = media in forms.json_media_types
    body_pairs = _pairs(body) if media == FORM and FORM in forms.bodies and body else []
    charset = _charset(header_charset, [*query_pairs, *body_pairs], forms)
    decoded = Decoded(_tree(_texts(query_pairs, charset, forms), forms))
    if not body:  # no body, whatever its label: clients send Content-Type on bodiless GETs
        return decoded
    if is_json and JSON in forms.bodies:
        decoded.body, decoded.media_type = _json(body, charset), JSON
    elif media == FORM and FORM in forms.bodies:
        decoded.body = _tree(_texts(body_pairs, charset, forms), forms)
        decoded.media_type = FORM
    elif media == MULTIPART and MULTIPART in forms.bodies:
        parts, decoded.files = _multipart(content_type, body)
        # The charset parameter may come as a part of its own (PHP's curl sends every
        # argument so): it names the charset of the other parts, as in a form body.
        raw = [(name.encode(), value) for name, value, _ in parts]
        charset = _charset(header_charset, [*query_pairs, *raw], forms)
        fields = [(name, _text(value, own or charset, forms)) for name, value, own in parts]
        decoded.body, decoded.media_type = _tree(fields, forms), MULTIPART
    return decoded


def decode_php_form(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """A form read the way PHP reads it: `a[1]=y&a[0]=x&o[k]=v` becomes
    {"a": ["x", "y"], "o": {"k": "v"}}.

    The inverse of the generated clients' `encode_php_form`. A container whose keys are
    exactly 0..n-1, in any order, is a list in key order; `a[]=x` appends; a key without
    brackets keeps its last value.
    """
    tree: dict[str, Any] = {}
    for key, value in pairs:
        match = _BRACKETED.fullmatch(key)
        if match is None or not match[2]:
            tree[key] = value
            continue
        path = [match[1], *re.findall(r"\[([^\[\]]*)\]", match[2])]
        node = tree
        for step in path[:-1]:
            step = step or str(len(node))
            child = node.get(step)
            if not isinstance(child, dict):
                child = node[step] = {}
            node = child
        last = path[-1]
        node[last if last else str(len(node))] = value
    return {key: _listify(value) for key, value in tree.items()}


_BRACKETED = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])*)")


def _listify(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    items = {key: _listify(value) for key, value in node.items()}
    if items and all(key.isascii() and key.isdigit() for key in items):  # not "²"
        ordered = sorted(items, key=int)
        if ordered == [str(i) for i in range(len(items))]:
            return [items[key] for key in ordered]
    return items


def _pairs(raw: bytes) -> list[tuple[bytes, bytes]]:
    """`a=b&c=d` as byte pairs, percent-decoded, not yet read in any charset."""
    text = raw.decode("latin-1")
    pairs = parse_qsl(text, keep_blank_values=True, encoding="latin-1")
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs]


def _media_type(content_type: str) -> tuple[str, str | None]:
    kind, _, rest = content_type.partition(";")
    charset = re.search(r"charset=\"?([\w.:-]+)", rest, re.IGNORECASE)
    return kind.strip().lower(), charset[1].lower() if charset else None


def _charset(header: str | None, pairs: Iterable[tuple[bytes, bytes]], forms: RequestForms) -> str:
    named = header
    if forms.charset_param:
        wanted = forms.charset_param.encode()
        for key, value in pairs:
            if key == wanted:
                named = value.decode("latin-1").lower()
    return named if named in forms.charsets else forms.charset


def _text(raw: bytes, charset: str, forms: RequestForms) -> str:
    try:
        return raw.decode(charset, "strict" if forms.undecodable_text == "refuse" else "replace")
    except UnicodeDecodeError:
        raise Undecodable(f"the request is not {charset} text") from None


def _texts(
    pairs: Iterable[tuple[bytes, bytes]], charset: str, forms: RequestForms
) -> list[tuple[str, str]]:
    return [(_text(k, charset, forms), _text(v, charset, forms)) for k, v in pairs]


def _tree(pairs: list[tuple[str, str]], forms: RequestForms) -> dict[str, Any]:
    return decode_php_form(pairs) if forms.php_arrays else dict(pairs)


def _json(body: bytes, charset: str) -> Any:
    try:
        return json.loads(body.decode(charset if charset != "utf-8" else "utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        raise Undecodable("the body is not JSON") from None


def _inflate(
    body: bytes, content_encoding: str, query: list[tuple[bytes, bytes]], forms: RequestForms
) -> bytes:
    """The body as sent before compression, by the query parameter or Content-Encoding."""
    named = content_encoding.strip().lower()
    if forms.compression_param:
        wanted = forms.compression_param.encode()
        for key, value in query:
            if key == wanted:
                named = value.decode("latin-1").lower()
    if not named or named == "identity" or not body:
        return body
    if named not in forms.compressions or named not in _DECOMPRESSORS:
        raise Undecodable(f"the body's compression {named!r} is not supported")
    try:
        return _DECOMPRESSORS[named](body)
    except Undecodable:
        raise
    except (OSError, EOFError, ValueError, zlib.error):
        raise Undecodable(f"the body is not {named} data") from None


def _bounded(decompressor: Any, raw: bytes) -> bytes:
    out = decompressor.decompress(raw, MAX_INFLATED + 1)
    if len(out) > MAX_INFLATED:
        raise Undecodable(f"the body inflates past {MAX_INFLATED} bytes")
    if not decompressor.eof:
        raise Undecodable("the compressed body is cut short")
    return bytes(out)


def _multipart(
    content_type: str, body: bytes
) -> tuple[list[tuple[str, bytes, str | None]], dict[str, bytes]]:
    """The parts of a multipart body, each as (name, bytes, its own charset if it names one);
    parts that came as files are also returned by name, their value a marker."""
    header = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1", "replace")
    message = BytesParser(policy=HTTP).parsebytes(header + body)
    if not message.is_multipart():
        raise Undecodable("the multipart body has no parts")
    parts: list[tuple[str, bytes, str | None]] = []
    files: dict[str, bytes] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition") or "")
        payload = part.get_payload(decode=True)
        payload = payload if isinstance(payload, bytes) else b""
        if part.get_filename() is not None:
            files[name] = payload
            parts.append((name, b"(binary)", "ascii"))
        else:
            parts.append((name, payload, part.get_content_charset()))
    return parts, files
