"""A command's reply as SMSC writes it: in the `fmt` (0 text, 1 comma-separated, 2 XML, 3 JSON)
and `charset` asked for, errors with HTTP 200, change and delete commands a bare `OK`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal
from xml.sax.saxutils import escape

from starlette.responses import Response

from ._model import ERROR_TEXT, Refusal, Reply

Wire = Literal["spec", "live"]


def response(text: str, charset: str, media: str, wire: Wire) -> Response:
    """The reply in `charset`, labelled as the spec documents it, or (`wire="live"`) as live
    SMSC labels every reply: `application/json`, whatever the format (recorded)."""
    if wire == "live":
        media = "application/json"
    body = text.encode(charset, "replace")
    return Response(body, headers={"content-type": f"{media}; charset={charset}"})


def render_error(refusal: Refusal, fmt: int, charset: str, wire: Wire) -> Response:
    text, code, message_id = ERROR_TEXT.get(refusal.code, "error"), refusal.code, refusal.message_id
    if fmt == 3:
        data: dict[str, Any] = {"error": text, "error_code": code}
        if message_id is not None:
            data["id"] = message_id
        return response(json.dumps(data), charset, "application/json", wire)
    if fmt == 2:
        tail = f"<id>{escape(str(message_id))}</id>" if message_id is not None else ""
        error = f"<error>{escape(text)}</error><error_code>{code}</error_code>"
        return response(
            xml_document(f"<result>{error}{tail}</result>", charset), charset, XML, wire
        )
    if fmt == 1:
        return response(f"{message_id or 0},-{code}", charset, TEXT, wire)
    suffix = f", ID - {message_id}" if message_id is not None else ""
    return response(f"ERROR = {code} ({text}){suffix}", charset, TEXT, wire)


def render(reply: Reply, fmt: int, charset: str, wire: Wire) -> Response:
    if reply.data is None:
        if fmt == 2:
            return response(xml_document("<result>OK</result>", charset), charset, XML, wire)
        return response("OK", charset, TEXT, wire)
    rows = reply.data if isinstance(reply.data, list) else [reply.data]
    if fmt == 3:
        return response(json.dumps(reply.data), charset, "application/json", wire)
    if fmt == 2:
        return response(xml_document(_xml(reply, rows), charset), charset, XML, wire)
    if fmt == 1:
        return response("\n".join(_csv_line(reply, row) for row in rows), charset, TEXT, wire)
    if reply.line is not None:
        text = "\n".join(reply.line(row) for row in rows)
    else:
        names = reply.text_fields or reply.fields
        text = "\n".join(
            ", ".join(
                f"{reply.labels.get(f, f)} = {text_of(row.get(f))}"
                for f in (names or tuple(row))
                if f in row
            )
            for row in rows
        )
    return response(text, charset, TEXT, wire)


TEXT, XML = "text/plain", "application/xml"


def _csv_line(reply: Reply, row: Mapping[str, Any]) -> str:
    """One fmt=1 record: the fields joined by commas as they are. SMSC quotes nothing (its own
    libraries split at every comma and rejoin a message text from its position on)."""
    values = [text_of(row.get(f)) for f in reply.fields or tuple(row)]
    while values and values[-1] == "" and reply.line is not None:
        values.pop()  # optional trailing fields (cost, balance) are left out
    return ",".join(values)


def _xml(reply: Reply, rows: list[dict[str, Any]]) -> str:
    if isinstance(reply.data, list):
        items = "".join(f"<{reply.xml_item}>{_xml_fields(r)}</{reply.xml_item}>" for r in rows)
        return f"<{reply.xml_root}>{items}</{reply.xml_root}>"
    if reply.xml_root == "balance":
        return f"<balance>{escape(str(rows[0]['balance']))}</balance>"
    return f"<{reply.xml_root}>{_xml_fields(rows[0])}</{reply.xml_root}>"


def text_of(value: Any) -> str:
    return "" if value is None else str(value)


def _xml_fields(row: Mapping[str, Any]) -> str:
    return "".join(f"<{k}>{escape(text_of(v))}</{k}>" for k, v in row.items())


def xml_document(body: str, charset: str) -> str:
    return f'<?xml version="1.0" encoding="{charset}"?>\n{body}'
