"""Two-factor codes (SMS.by's docs, section 5.5): code generators ("password objects") and the
SMS whose `%CODE%` SMS.by fills with a fresh code."""

from __future__ import annotations

from smsgate_smsby_client.api.twofactor import (
    create_password_object,
    delete_password_object,
    edit_password_object,
    get_password_object,
    get_password_objects,
    send_sms_message_with_code,
)

from .._calls import Call
from .._facade import operation
from ..errors import InvalidRequestError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SmsByBase
from ._results import CodeSent, CodeType, PasswordObject

__all__ = ["TwoFactor"]


class TwoFactor(SmsByBase):
    @operation
    def create_password_object(self, kind: CodeType | str, length: int) -> Call[int]:
        """A code generator; returns its id for `send_code`."""
        fields = inputs.password_fields(kind, length)
        return self._call(create_password_object, decode.password_object_id, **fields)

    @operation
    def password_objects(self) -> Call[list[PasswordObject]]:
        return self._call(get_password_objects, decode.password_objects)

    @operation
    def password_object(self, object_id: int) -> Call[PasswordObject]:
        ident = inputs.ident(object_id, "object_id")
        return self._call(get_password_object, decode.one_password_object, id=ident)

    @operation
    def edit_password_object(self, object_id: int, kind: CodeType | str, length: int) -> Call[bool]:
        ident = inputs.ident(object_id, "object_id")
        fields = inputs.password_fields(kind, length)
        return self._call(edit_password_object, decode.done, id=ident, **fields)

    @operation
    def delete_password_object(self, object_id: int) -> Call[bool]:
        ident = inputs.ident(object_id, "object_id")
        return self._call(delete_password_object, decode.done, id=ident)

    @operation
    def send_code(
        self,
        phone: str | int,
        text: str,
        *,
        password_object_id: int,
        alphaname_id: int | None = None,
    ) -> Call[CodeSent]:
        """An SMS whose `%CODE%` SMS.by fills with a fresh code, returned for you to check."""
        if not isinstance(text, str) or "%CODE%" not in text:
            raise InvalidRequestError("the text must contain %CODE%")
        return self._call(
            send_sms_message_with_code,
            decode.code_sent,
            send=True,
            message=text,
            password_object_id=inputs.ident(password_object_id, "password_object_id"),
            phone=self._phone(phone),
            alphaname_id=inputs.optional_ident(alphaname_id, "alphaname_id"),
        )
