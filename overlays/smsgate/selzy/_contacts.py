"""Selzy's contacts: subscribe, exclude and unsubscribe one contact, import in bulk, export
(the legacy paged export and the async one, with its task), counts and look-ups."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from smsgate_selzy_client import models
from smsgate_selzy_client.api.contacts import (
    async_export_contacts,
    exclude,
    export_contacts,
    get_contact,
    get_contact_count,
    get_total_contacts_count,
    import_contacts,
    is_contact_in_lists,
    subscribe,
    unsubscribe,
)

from .. import _limits, _pager, _wire
from .._calls import Call, WireFormatError
from .._facade import Steps, Stream, operation, stream
from ..errors import InvalidRequestError, SmsgateError
from . import _decode as decode
from . import _inputs as inputs
from ._base import SelzyFacade, field_map, flag, given
from ._results import (
    Ack,
    ContactInfo,
    ContactStatus,
    Created,
    ImportChunk,
    ImportReport,
    ImportRow,
    Task,
    TaskStatus,
)


def _contact_info(result: Any, warnings: tuple[str, ...]) -> ContactInfo:
    lists = decode.unset(result.lists) or []
    values = decode.unset(result.fields)
    status = decode.unset(result.email.status)
    return ContactInfo(
        email=_wire.text(result.email.email, "email"),
        status=None if status is None else decode.open_enum(ContactStatus, status, "status"),
        availability=decode.opt_text(result.email.availability, "availability"),
        added_at=decode.moment(result.email.added_at, "added_at"),
        lists=tuple(
            (_wire.integer(i.id, "list id"), decode.opt_text(i.status, "status")) for i in lists
        ),
        fields={} if values is None else dict(values.additional_properties),
        warnings=warnings,
    )


def _true_or_false(reply: Any) -> bool:
    if not isinstance(reply.result, bool):
        raise WireFormatError(f"expected true or false, got {reply.result!r}")
    return reply.result


class ContactOperations(SelzyFacade):
    @operation
    def subscribe(
        self,
        list_ids: int | Iterable[int],
        fields: Mapping[str, str],
        *,
        tags: Iterable[str] = (),
        double_optin: Literal[0, 3, 4] = 3,
        overwrite: Literal[0, 1, 2] = 0,
    ) -> Call[Created]:
        """Add one contact to lists. `fields` must hold `email` or `phone`. The default
        `double_optin=3` records consent you already have (no confirmation email), which is
        what SMS-only contacts need; 0 and 4 mail an invitation first."""
        if not isinstance(fields, Mapping) or not ({"email", "phone"} & set(fields)):
            raise InvalidRequestError("fields must hold an email or a phone")
        values = {str(k): str(v) for k, v in fields.items()}
        if "phone" in values:
            values["phone"] = self._recipient(values["phone"])
        body = models.SubscribeRequest(
            list_ids=inputs.id_list(list_ids, "list id"),
            fields=field_map(values),
            tags=given(",".join(tags) or None),
            double_optin=double_optin,
            overwrite=overwrite,
        )

        def person(result: Any, warnings: tuple[str, ...]) -> Created:
            return Created(_wire.integer(result.person_id, "person_id"), warnings=warnings)

        return self._call(subscribe, decode.of_result(person), body=body)

    def _contact(self, contact: str) -> tuple[Literal["email", "phone"], str]:
        """An email as it is, or a phone by the facade's rule."""
        if isinstance(contact, str) and "@" in contact:
            return "email", contact
        return "phone", self._recipient(contact)

    @operation
    def exclude(self, contact: str, list_ids: int | Iterable[int] | None = None) -> Call[Ack]:
        """Take an email or phone out of lists (all if None) without unsubscribing it."""
        kind, value = self._contact(contact)
        lists = None if list_ids is None else inputs.id_list(list_ids, "list id")
        body = models.ExcludeRequest(contact_type=kind, contact=value, list_ids=given(lists))
        return self._call(exclude, decode.of_result(decode.ack), body=body)

    @operation
    def unsubscribe(self, contact: str, list_ids: int | Iterable[int] | None = None) -> Call[Ack]:
        """Mark an email or phone unsubscribed in lists (all it is in if None)."""
        kind, value = self._contact(contact)
        lists = None if list_ids is None else inputs.id_list(list_ids, "list id")
        body = models.UnsubscribeRequest(contact_type=kind, contact=value, list_ids=given(lists))
        return self._call(unsubscribe, decode.of_result(decode.ack), body=body)

    @operation
    def import_contacts(
        self,
        field_names: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        overwrite_tags: bool = False,
        overwrite_lists: bool = False,
    ) -> Steps[ImportReport]:
        """Create, update or delete contacts in calls of 500 rows (Selzy's limit).

        The report has one entry per chunk and one per row: accepted, rejected (in Selzy's log,
        with its code and message) or failed (its whole chunk failed; the chunk has the error).
        Raises the error itself only when every chunk failed, i.e. nothing was imported."""
        names = [_limits.text(n, "field name") for n in field_names]
        if "email" not in names and "phone" not in names:
            raise InvalidRequestError("field_names must include email or phone")
        table = [[str(cell) for cell in row] for row in rows]
        if not table:
            raise InvalidRequestError("give at least one row")
        if any(len(row) != len(names) for row in table):
            raise InvalidRequestError("every row needs one value per field name")
        chunks: list[ImportChunk] = []
        outcomes: list[ImportRow] = []
        for start, part in inputs.chunks(table, inputs.IMPORT_BATCH):
            body = models.ImportContactsRequest(
                field_names=names,
                data=list(part),
                overwrite_tags=flag(overwrite_tags),
                overwrite_lists=flag(overwrite_lists),
            )
            # Read inside the call, so that a reply that does not parse is a DecodeError.
            read = functools.partial(decode.import_chunk, start=start, size=len(part))
            try:
                chunk, rows_done = yield from self._call(import_contacts, read, body=body)
            except SmsgateError as error:
                chunks.append(ImportChunk(start, len(part), error=error))
                outcomes += [
                    ImportRow(start + i, "failed", getattr(error, "code", None), error.message)
                    for i in range(len(part))
                ]
                continue
            chunks.append(chunk)
            outcomes += rows_done
        if all(c.error is not None for c in chunks):
            raise chunks[0].error  # type: ignore[misc]
        return ImportReport(tuple(chunks), tuple(outcomes))

    @stream
    def export_contacts(
        self,
        *,
        list_id: int | None = None,
        field_names: Sequence[str] | None = None,
        email: str | None = None,
        phone: str | None = None,
        tag: str | None = None,
        email_status: str | None = None,
        phone_status: str | None = None,
        page_size: int = inputs.EXPORT_PAGE,
    ) -> Stream[dict[str, str | None]]:
        """Every matching contact as {field name: value}, read lazily page by page with the
        legacy synchronous exportContacts (Selzy serving it is unconfirmed; `export_file`
        uses the async export)."""
        size = _limits.integer(page_size, "page_size", most=inputs.EXPORT_PAGE)
        names = inputs.field_names(field_names, "field")
        number = None if phone is None else self._recipient(phone)
        by_email = inputs.contact_status(email_status, "email_status")
        by_phone = inputs.contact_status(phone_status, "phone_status")

        def page(offset: int) -> Call[Sequence[dict[str, str | None]]]:
            body = models.ExportContactsRequest(
                list_id=given(list_id),
                field_names=given(names),
                email=given(email),
                phone=given(number),
                tag=given(tag),
                email_status=given(by_email),
                phone_status=given(by_phone),
                offset=offset,
                limit=size,
            )
            return self._call(export_contacts, decode.export_page, body=body)

        yield from _pager.pages(page, 0, _pager.by_offset(size))

    def _start_export(
        self,
        *,
        list_id: int | None = None,
        field_names: Sequence[str] | None = None,
        email: str | None = None,
        phone: str | None = None,
        tag: str | None = None,
        email_status: str | None = None,
        phone_status: str | None = None,
        notify_url: str | None = None,
    ) -> Call[Task]:
        """Start async/exportContacts; `wait_for_task` and `read_file` finish it."""
        body = models.AsyncExportContactsRequest(
            notify_url=given(notify_url),
            list_id=given(list_id),
            field_names=given(inputs.field_names(field_names, "field")),
            email=given(email),
            phone=given(None if phone is None else self._recipient(phone)),
            tag=given(tag),
            email_status=given(inputs.contact_status(email_status, "email_status")),
            phone_status=given(inputs.contact_status(phone_status, "phone_status")),
        )
        return self._call(async_export_contacts, decode.of_result(decode.task), body=body)

    start_export = operation(_start_export)

    @operation
    def task(self, task_uuid: str) -> Call[Task]:
        """The state of an async task (async/getTaskResult)."""
        return self._task_call(_limits.text(task_uuid, "task_uuid"))

    @operation
    def wait_for_task(self, task_uuid: str) -> Steps[Task]:
        """Wait until an async task is completed; returns it with its file URL."""
        return (yield from self._wait(Task(_limits.text(task_uuid, "task_uuid"), TaskStatus.NEW)))

    @stream
    def export_file(
        self,
        *,
        list_id: int | None = None,
        field_names: Sequence[str] | None = None,
        tag: str | None = None,
        email_status: str | None = None,
        phone_status: str | None = None,
    ) -> Stream[dict[str, str]]:
        """The async export in one go: start it, poll with backoff until done, then yield the
        file's rows as {column: value}. The file is fetched whole, then read row by row."""
        started = yield from self._start_export(
            list_id=list_id,
            field_names=field_names,
            tag=tag,
            email_status=email_status,
            phone_status=phone_status,
        )
        task = yield from self._wait(started)
        yield from self._file_rows(task)

    @stream
    def read_file(self, task_uuid: str) -> Stream[dict[str, str]]:
        """The rows of a completed task's file (after `wait_for_task`)."""
        task = yield from self._wait(Task(_limits.text(task_uuid, "task_uuid"), TaskStatus.NEW))
        yield from self._file_rows(task)

    @operation
    def total_contacts(self, login: str) -> Call[int]:
        body = models.GetTotalContactsCountRequest(login=_limits.text(login, "login"))
        return self._call(
            get_total_contacts_count,
            lambda reply: _wire.integer(reply.result.total, "total"),
            body=body,
        )

    @operation
    def contact_count(
        self,
        list_id: int,
        *,
        tag_id: int | None = None,
        kind: Literal["address", "phone"] | None = None,
        search: str | None = None,
    ) -> Call[int]:
        """Contacts in a list, optionally with a tag, of a kind (address = email), matching."""
        filtered = not (tag_id is None and kind is None and search is None)
        params = models.ContactCountParams(
            tag_id=given(tag_id), type_=given(kind), search=given(search)
        )
        body = models.GetContactCountRequest(
            list_id=_limits.integer(list_id, "list_id"), params=given(params if filtered else None)
        )
        return self._call(
            get_contact_count, lambda reply: _wire.integer(reply.result.count, "count"), body=body
        )

    @operation
    def contact(
        self,
        email: str,
        *,
        include_lists: bool = False,
        include_fields: bool = False,
        include_details: bool = False,
    ) -> Call[ContactInfo]:
        body = models.GetContactRequest(
            email=_limits.text(email, "email"),
            include_lists=flag(include_lists),
            include_fields=flag(include_fields),
            include_details=flag(include_details),
        )
        return self._call(get_contact, decode.of_result(_contact_info), body=body)

    @operation
    def in_lists(
        self, email: str, list_ids: int | Iterable[int], *, condition: Literal["or", "and"] = "or"
    ) -> Call[bool]:
        body = models.IsContactInListsRequest(
            email=_limits.text(email, "email"),
            list_ids=inputs.id_list(list_ids, "list id"),
            condition=condition,
        )
        return self._call(is_contact_in_lists, _true_or_false, body=body)
