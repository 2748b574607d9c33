"""FlashCall (SMS.by's docs, section 5.6): verification by the last digits of the caller's
number."""

from __future__ import annotations

from smsgate_smsby_client import models
from smsgate_smsby_client.api.flashcall import confirm_flash_call, flash_call

from .. import _wire
from .._calls import Call, WireFormatError
from .._facade import operation
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._results import FlashCall, FlashCallResult

__all__ = ["FlashCalls"]


class FlashCalls(SmsByBase):
    @operation
    def flash_call(
        self,
        phone: str | int,
        *,
        code: int | None = None,
        attempts: int | None = None,
        valid_seconds: int | None = None,
    ) -> Call[FlashCall]:
        """Call `phone` from a number ending in the code; SMS.by picks the code if not given."""
        body = models.FlashCallRequest(
            phone=self._phone(phone),
            code=inputs.optional_ident(code, "code"),
            attempt=inputs.optional_ident(attempts, "attempts"),
            time_valid=inputs.optional_ident(valid_seconds, "valid_seconds"),
        )
        return self._call(flash_call, decode.flash_call, send=True, body=body)

    @operation
    def confirm_flash_call(self, call: FlashCall, code: int | str) -> Call[FlashCallResult]:
        """Check the code the user typed; `confirmed` is False for a wrong one."""
        try:
            typed = _wire.integer(code, "code")
        except WireFormatError as exc:
            raise InvalidRequestError(str(exc)) from None
        body = models.FlashCallConfirmRequest(code=typed, phone=call.phone, fclid=call.fclid)
        return self._call(confirm_flash_call, decode.flash_result, body=body)
