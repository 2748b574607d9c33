"""SMSC's smaller scripts: message templates (templates.php), operator templates,
event notifications (ping.php), short links (tinyurls.php), numbers for inbound SMS
(receive_phones.php) and confirming a number by a call from it (wait_call.php)."""

from __future__ import annotations

from typing import Any

from smsgate_smsc_client import models
from smsgate_smsc_client.api.misc import (
    op_templates_add,
    op_templates_get,
    receive_phones_buy,
    receive_phones_chg,
    receive_phones_get,
    templates_add,
    templates_chg,
    templates_del,
    templates_get,
    tinyurls_get,
)
from smsgate_smsc_client.api.misc import ping as ping_script
from smsgate_smsc_client.api.misc import wait_call as wait_call_script

from .. import _limits
from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import CREATED_SHAPE, DONE_SHAPE, ROW_SHAPE, ROWS_SHAPE, Record

# What the methods set themselves (command flags, the text), which an option must not give.
_CHG = frozenset({"chg"})
_ADD = frozenset({"add", "msg"})


class Templates(SmscBase):
    """templates.php's and op_templates.php's operations."""

    @operation
    def add_template(
        self, name: str, text: str, *, format: str | None = None, sender: str | None = None
    ) -> Call[int]:
        body = models.TemplatesAddBody(
            add=1,
            name=_limits.text(name, "name"),
            msg=_limits.text(text, "text"),
            **_inputs.options(
                models.TemplatesAddBody, "templates_add", {"format": format, "sender": sender}
            ),
        )
        return self._call(templates_add, read.created_id, body=body, shape=CREATED_SHAPE)

    @operation
    def change_template(self, /, id: int, **fields: Any) -> Call[None]:
        """Change a template's `name`, `msg`, `format` or `sender`."""
        given = _inputs.options(models.TemplatesChgBody, "templates_chg", fields, taken=_CHG)
        body = models.TemplatesChgBody(chg=1, id=id, **given)
        return self._call(templates_chg, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def delete_template(self, id: int) -> Call[None]:
        body = models.TemplatesDelBody(del_=1, id=id)
        return self._call(templates_del, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def templates(self) -> Call[list[Record]]:
        body = models.TemplatesGetBody(get=1)
        return self._call(templates_get, read.records, body=body, shape=ROWS_SHAPE)

    @operation
    def add_operator_template(self, /, sender: str, text: str, **operators: Any) -> Call[int]:
        """Register a template with the operators flagged (`mts_srv`, `mega_trn`, ...)."""
        model = models.OpTemplatesAddBody
        given = _inputs.options(model, "op_templates_add", operators, taken=_ADD)
        body = model(add=1, sender=sender, msg=_limits.text(text, "text"), **given)
        return self._call(op_templates_add, read.created_id, body=body, shape=CREATED_SHAPE)

    @operation
    def operator_templates(self) -> Call[list[Record]]:
        body = models.OpTemplatesGetBody(get=1)
        return self._call(op_templates_get, read.records, body=body, shape=ROWS_SHAPE)


class SmallerScripts(SmscBase):
    """ping.php, tinyurls.php, receive_phones.php and wait_call.php."""

    @operation
    def ping(self, /, id: int, *, ok: bool = True, **macros: Any) -> Call[None]:
        """Send an event notification of a task group: its recovery (`ok`) or failure template,
        with the `name`, `host` and `info` macros."""
        given = _inputs.options(models.PingBody, "ping", macros)
        body = models.PingBody(id=id, ok=1 if ok else 0, **given)
        return self._call(ping_script, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def short_link(self, *, link: str | None = None, id: str | None = None) -> Call[Record]:
        """Data of a short link, by the original `link` or the short link's `id`."""
        if not link and not id:
            raise InvalidRequestError("give link or id")
        body = models.TinyurlsGetBody(get=1, link=_inputs.unset(link), id=_inputs.unset(id))
        return self._call(tinyurls_get, read.record, body=body, shape=ROW_SHAPE)

    @operation
    def inbound_numbers(self) -> Call[list[Record]]:
        """Numbers available for receiving SMS."""
        body = models.ReceivePhonesGetBody(get=1)
        return self._call(receive_phones_get, read.records, body=body, shape=ROWS_SHAPE)

    @operation
    def rent_inbound_number(self, phone: str, *, auto_renew: bool = True) -> Call[None]:
        body = models.ReceivePhonesBuyBody(
            buy=1, phone=_limits.text(phone, "phone"), noprolong=0 if auto_renew else 1
        )
        return self._call(receive_phones_buy, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def set_inbound_renewal(self, phone: str, *, auto_renew: bool) -> Call[None]:
        body = models.ReceivePhonesChgBody(
            chg=1, phone=_limits.text(phone, "phone"), noprolong=0 if auto_renew else 1
        )
        return self._call(receive_phones_chg, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def wait_call(self, phone: str) -> Call[Record]:
        """Confirm a number by a call from it: the reply says which number to call."""
        body = models.WaitCallBody(phone=_limits.text(phone, "phone"))
        return self._call(wait_call_script, read.record, body=body, shape=ROW_SHAPE)
