"""Selzy's user fields and tags (getFields, createField, updateField, deleteField, getTags,
deleteTag) and one contact's field values (getContactFieldValues)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from smsgate_selzy_client import models
from smsgate_selzy_client.api.fields import (
    create_field,
    delete_field,
    delete_tag,
    get_contact_field_values,
    get_fields,
    get_tags,
    update_field,
)

from .. import _limits, _wire
from .._calls import Call
from .._facade import operation
from . import _decode as decode
from . import _inputs as inputs
from ._base import SelzyFacade, given
from ._results import Ack, Created, Field, Listing, Tag


def _field(item: Any) -> Field:
    return Field(
        _wire.integer(item.id, "id"),
        _wire.text(item.name, "name"),
        decode.opt_text(item.public_name, "public_name"),
        decode.opt_text(item.type_, "type"),
    )


def _tag(item: Any) -> Tag:
    return Tag(_wire.integer(item.id, "id"), _wire.text(item.name, "name"))


def _field_values(reply: Any) -> dict[int, str | None]:
    values = reply.result.field_values.additional_properties
    return {_wire.integer(k, "field id"): v for k, v in values.items()}


class FieldOperations(SelzyFacade):
    @operation
    def fields(self) -> Call[Listing[Field]]:
        return self._call(get_fields, decode.listing_of(_field))

    @operation
    def create_field(
        self,
        name: str,
        kind: Literal["string", "text", "number", "date", "bool"] = "string",
        *,
        public_name: str | None = None,
    ) -> Call[Created]:
        body = models.CreateFieldRequest(
            name=_limits.text(name, "name"), type_=kind, public_name=given(public_name)
        )
        return self._call(create_field, decode.of_result(decode.created), body=body)

    @operation
    def update_field(
        self, field_id: int, name: str, *, public_name: str | None = None
    ) -> Call[Created]:
        body = models.UpdateFieldRequest(
            id=_limits.integer(field_id, "field_id"),
            name=_limits.text(name, "name"),
            public_name=given(public_name),
        )
        return self._call(update_field, decode.of_result(decode.created), body=body)

    @operation
    def delete_field(self, field_id: int) -> Call[Ack]:
        body = models.DeleteFieldRequest(id=_limits.integer(field_id, "field_id"))
        return self._call(delete_field, decode.of_result(decode.ack), body=body)

    @operation
    def tags(self) -> Call[Listing[Tag]]:
        return self._call(get_tags, decode.listing_of(_tag))

    @operation
    def delete_tag(self, tag_id: int) -> Call[Ack]:
        body = models.DeleteTagRequest(id=_limits.integer(tag_id, "tag_id"))
        return self._call(delete_tag, decode.of_result(decode.ack), body=body)

    @operation
    def field_values(self, email: str, field_ids: Iterable[int]) -> Call[dict[int, str | None]]:
        body = models.GetContactFieldValuesRequest(
            email=_limits.text(email, "email"), field_ids=inputs.id_list(field_ids, "field id")
        )
        return self._call(get_contact_field_values, _field_values, body=body)
