"""Selzy's single sends: one text to any number of phones now (sendSms, in calls of 150),
the status of each SMS (checkSms), and the send-then-poll flow."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from smsgate_selzy_client import models
from smsgate_selzy_client.api.sms import check_sms, send_sms

from .. import _limits
from .._calls import Call, ReadBy
from .._facade import Sleep, Steps, operation
from ..errors import SmsgateError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SelzyFacade
from ._results import SmsBatch, SmsChunk, SmsState, SmsStatus

_SEND_SMS = ReadBy(send_sms, decode.exact_numbers)


class SmsOperations(SelzyFacade):
    @operation
    def send_sms(
        self, phones: str | int | Iterable[str | int], text: str, *, sender: str
    ) -> Steps[SmsBatch]:
        """Send one text to any number of phones, in calls of 150 (Selzy's limit).

        A number given twice is sent once; every number is checked by the gateway's rule
        (smsgate.phones, with the facade's `default_region`) before anything is sent. Each
        chunk gets its result or its error; a chunk is never retried once it may have reached
        Selzy. Raises the error itself only when every chunk failed (nothing was sent)."""
        return (yield from self._send_sms(phones, text, sender))

    def _send_sms(
        self, phones: str | int | Iterable[str | int], text: str, sender: str
    ) -> Steps[SmsBatch]:
        to = self._recipients(phones)
        checked = _limits.text(text, "text", max_chars=inputs.TEXT_LIMIT)
        name = inputs.sender(sender)
        chunks: list[SmsChunk] = []
        for _, part in inputs.chunks(to, inputs.SMS_BATCH):
            body = models.SendSmsRequest(phone=",".join(part), sender=name, text=checked)
            # Read inside the call: a reply that does not parse is an OutcomeUnknownError.
            read = functools.partial(decode.sms_chunk, phones=tuple(part))
            try:
                chunks.append((yield from self._call(_SEND_SMS, read, send=True, body=body)))
            except SmsgateError as error:
                chunks.append(SmsChunk(tuple(part), error=error))
        if all(c.error is not None for c in chunks):
            raise chunks[0].error  # type: ignore[misc]
        return SmsBatch(tuple(chunks))

    def _check_sms(self, sms_id: str) -> Call[SmsState]:
        """The delivery status of one SMS from send_sms."""
        return self._sms_state(inputs.sms_id(sms_id))

    check_sms = operation(_check_sms)

    def _sms_state(self, sms_id: str) -> Call[SmsState]:
        def convert(result: Any, warnings: tuple[str, ...]) -> SmsState:
            status = decode.open_enum(SmsStatus, result.status, "status")
            return SmsState(sms_id, status, warnings=warnings)

        body = models.CheckSmsRequest(sms_id=sms_id)
        return self._call(check_sms, decode.of_result(convert), body=body)

    @operation
    def send_sms_and_wait(
        self, phones: str | int | Iterable[str | int], text: str, *, sender: str
    ) -> Steps[tuple[SmsBatch, tuple[SmsState, ...]]]:
        """The documented flow: sendSms, then checkSms each SMS with growing waits until every
        one is final or `poll_timeout` passes. Returns the send and the last states."""
        batch = yield from self._send_sms(phones, text, sender)
        states: dict[str, SmsState] = {}
        pauses = self._poll_waits()
        while True:
            for sent in batch.sent:
                if sent.sms_id not in states or not states[sent.sms_id].is_final:
                    states[sent.sms_id] = yield from self._sms_state(sent.sms_id)
            pause = next(pauses, None)
            if all(s.is_final for s in states.values()) or pause is None:
                return batch, tuple(states[s.sms_id] for s in batch.sent)
            yield Sleep(pause)
