"""Selzy's list, contact, import and export, field and tag methods: each takes the arguments
as validated and typed by the spec and answers the `result` Selzy would."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ._model import EXPORT_FIELDS, Contact, Fault, phone_digits, utc
from ._state import SelzyState


class ContactMethods(SelzyState):
    # Lists.
    def get_lists(self, args: dict[str, Any]) -> Any:
        return [{"id": i, "title": t} for i, t in self.lists.items()]

    def create_list(self, args: dict[str, Any]) -> Any:
        if args["title"] in self.lists.values():
            raise Fault("invalid_arg", "List with this title already exists")
        list_id = self._new_id()
        self.lists[list_id] = args["title"]
        return {"id": list_id}

    def update_list(self, args: dict[str, Any]) -> Any:
        self.lists[self._list(args["list_id"])] = args["title"]
        return {}

    def delete_list(self, args: dict[str, Any]) -> Any:
        list_id = self._list(args["list_id"])
        del self.lists[list_id]
        for contact in self.contacts.values():
            contact.lists.pop(list_id, None)
        return []  # Selzy's PHP serializes the empty map as an array

    # Contacts.
    def subscribe(self, args: dict[str, Any]) -> Any:
        lists = self._list_ids(args["list_ids"])
        fields = dict(args["fields"])
        email, phone = fields.pop("email", None), fields.pop("phone", None)
        if not email and not phone:
            raise Fault("invalid_arg", "fields: email or phone is required")
        if args.get("double_optin", 0) in (0, 4) and email:
            raise Fault(
                "unspecified",
                f'These list ids="{args["list_ids"]}" has no confirmation letters',
            )
        contact, _ = self._upsert(email, phone)
        if args.get("overwrite", 0) == 1:
            contact.fields, contact.tags = {}, set()
        for name, value in fields.items():
            if args.get("overwrite", 0) or name not in contact.fields:
                contact.fields[name] = value
        contact.tags |= self._tag(args.get("tags") or "")
        for list_id in lists:
            contact.lists[list_id] = ("active", self.clock.now())
        if phone and not phone.startswith(("+7", "7", "+3", "3")):
            self._warnings.append("probably not a mobile phone")
        return {"person_id": contact.id}

    def _leave(self, args: dict[str, Any], status: str | None) -> Any:
        contact = self._contact_by(args["contact_type"], args["contact"])
        lists = self._list_ids(args.get("list_ids")) or list(contact.lists)
        for list_id in lists:
            if list_id not in contact.lists:
                raise Fault("unspecified", f'Contact "{args["contact"]}" not found')
            if status is None:
                del contact.lists[list_id]
            else:
                contact.lists[list_id] = (status, contact.lists[list_id][1])
        return {}

    def exclude(self, args: dict[str, Any]) -> Any:
        return self._leave(args, None)

    def unsubscribe(self, args: dict[str, Any]) -> Any:
        return self._leave(args, "unsubscribed")

    def import_contacts(self, args: dict[str, Any]) -> Any:
        names: list[str] = args["field_names"]
        if "email" not in names and "phone" not in names:
            raise Fault("invalid_arg", "field_names: email or phone is required")
        counts = dict.fromkeys(("inserted", "updated", "deleted", "new_emails", "invalid"), 0)
        log = []
        for index, row in enumerate(args["data"]):
            values = dict(zip(names, row, strict=False))
            email, phone = values.pop("email", None) or None, values.pop("phone", None) or None
            try:
                if not email and not phone:
                    raise Fault("invalid_arg", "no email or phone in the row")
                if values.pop("delete", "0") == "1":
                    contact = self._find(email, phone)
                    if contact is not None:
                        self._remove(contact)
                        counts["deleted"] += 1
                    continue
                contact, created = self._upsert(email, phone)
            except Fault as fault:
                counts["invalid"] += 1
                log.append({"index": index, "code": fault.code, "message": fault.text})
                continue
            counts["inserted" if created else "updated"] += 1
            self._import_row(contact, values, args)
            counts["new_emails"] += bool(contact.email and contact.email_status == "new")
        return {"total": len(args["data"]), **counts, "log": log}

    def _import_row(self, contact: Contact, values: dict[str, str], args: dict[str, Any]) -> None:
        tags = self._tag(values.pop("tags", ""))
        contact.tags = tags if args.get("overwrite_tags") == 1 else contact.tags | tags
        for kind in ("email", "phone"):
            status = values.pop(f"{kind}_status", None)
            if status:
                setattr(contact, f"{kind}_status", status)
            listed = values.pop(f"{kind}_list_ids", None)
            if listed:
                if args.get("overwrite_lists") == 1:
                    contact.lists = {}
                for list_id in listed.split(","):
                    if list_id.isdigit() and int(list_id) in self.lists:
                        contact.lists[int(list_id)] = ("active", self.clock.now())
        contact.fields.update(
            {k: v for k, v in values.items() if not k.startswith(("email_", "phone_"))}
        )

    def _exported(
        self, args: dict[str, Any], contacts: Iterable[Contact] | None = None
    ) -> tuple[list[str], Iterable[list[str | None]]]:
        """The field names, and the rows of the matching contacts (among `contacts`, by
        default all), each built only when read."""
        names = args.get("field_names") or list(EXPORT_FIELDS)
        list_id = args.get("list_id")
        if list_id is not None:
            self._list(list_id)

        def wanted(c: Contact) -> bool:
            return (
                (list_id is None or list_id in c.lists)
                and (not args.get("email") or c.email == args["email"].lower())
                and (not args.get("phone") or c.phone == phone_digits(args["phone"]))
                and (not args.get("tag") or args["tag"] in c.tags)
                and (not args.get("email_status") or c.email_status == args["email_status"])
                and (not args.get("phone_status") or c.phone_status == args["phone_status"])
            )

        def cell(c: Contact, name: str) -> str | None:
            if name == "id":
                return str(c.id)
            if name == "tags":
                return ",".join(sorted(c.tags))
            if name in ("email", "phone", "email_status", "phone_status"):
                value = getattr(c, name)
                return value if name != "phone" or value is None else f"+{value}"
            if name in ("email_list_ids", "phone_list_ids"):
                return ",".join(map(str, c.lists))
            return c.fields.get(name)

        chosen = self.contacts.values() if contacts is None else contacts
        rows = ([cell(c, n) for n in names] for c in chosen if wanted(c))
        return names, rows

    def export_async(self, args: dict[str, Any]) -> Any:
        names, rows = self._exported(args)
        return self._task("exportContacts", [names, *([v or "" for v in r] for r in rows)])

    def export_page(self, args: dict[str, Any]) -> Any:
        """One page of the legacy export. The contacts that match are fixed at the first page
        (offset 0) of an export and reused by its later pages, so that paging through a large
        base costs each page its own rows rather than a scan of all before it. A contact
        added meanwhile waits for the next export; one deleted meanwhile leaves its page
        short."""
        offset, limit = args.pop("offset", 0), args.pop("limit", 1000)
        query = json.dumps(args, sort_keys=True)
        if offset == 0 or self._export_snapshot[0] != query:
            _, matching = self._exported({**args, "field_names": ["id"]})
            self._export_snapshot = (query, [int(str(row[0])) for row in matching])
        ids = self._export_snapshot[1][offset : offset + limit]
        page = (self.contacts[i] for i in ids if i in self.contacts)
        names, rows = self._exported(args, page)
        return {"field_names": names, "data": list(rows)}

    def task_result(self, args: dict[str, Any]) -> Any:
        task = self.tasks.get(args["task_uuid"])
        if task is None:
            raise Fault("invalid_arg", "task_uuid: task not found")
        reply = {"task_uuid": task.uuid, "task_type": task.type}
        if task.polls_left > 0:
            task.polls_left -= 1
            return {
                **reply,
                "status": "new" if task.polls_left + 1 == self.task_polls else "processing",
            }
        return {
            **reply,
            "status": "completed",
            "file_to_download": f"{self._base}/files/{task.uuid}.csv",
        }

    def total_contacts(self, args: dict[str, Any]) -> Any:
        self._user(args["login"])
        return {"total": len(self.contacts)}

    def contact_count(self, args: dict[str, Any]) -> Any:
        list_id = self._list(args["list_id"])
        params = args.get("params") or {}
        tag = self.tags.get(params["tagId"]) if "tagId" in params else None
        kind, search = params.get("type"), params.get("search", "")
        count = sum(
            1
            for c in self.contacts.values()
            if list_id in c.lists
            and ("tagId" not in params or tag in c.tags)
            and (kind != "phone" or (c.phone and search in c.phone))
            and (kind != "address" or (c.email and search in c.email))
        )
        return {"count": str(count), "listId": list_id, "searchParams": params}

    def get_contact(self, args: dict[str, Any]) -> Any:
        contact = self._by_email.get(args["email"].lower())
        if contact is None:
            raise Fault("unspecified", "Contact not found")
        added = utc(contact.added_at)
        reply: dict[str, Any] = {
            "email": {
                "email": contact.email,
                "added_at": added,
                "status": contact.email_status,
                "availability": "available",
            }
        }
        if args.get("include_details") == 1:
            reply["email"].update(
                last_send_datetime=None,
                last_delivery_datetime=None,
                last_read_datetime=None,
                last_click_datetime=None,
                rating="0.0",
            )
        if args.get("include_lists") == 1:
            reply["lists"] = [
                {"id": i, "status": s, "added_at": utc(at)} for i, (s, at) in contact.lists.items()
            ]
        if args.get("include_fields") == 1:
            reply["fields"] = dict(contact.fields)
        return reply

    def in_lists(self, args: dict[str, Any]) -> Any:
        contact = self._by_email.get(args["email"].lower())
        ids = self._list_ids(args["list_ids"])
        member = [contact is not None and i in contact.lists for i in ids]
        return all(member) if args.get("condition") == "and" else any(member)

    # Fields and tags.
    def get_fields(self, args: dict[str, Any]) -> Any:
        return list(self.fields.values())

    def create_field(self, args: dict[str, Any]) -> Any:
        return {"id": self._add_field(args["name"], args["type"], args.get("public_name"))}

    def _field(self, field_id: int) -> dict[str, Any]:
        if field_id not in self.fields:
            raise Fault("invalid_arg", f"Field {field_id} not found")
        return self.fields[field_id]

    def update_field(self, args: dict[str, Any]) -> Any:
        found = self._field(args["id"])
        found.update({k: args[k] for k in ("name", "type", "public_name") if k in args})
        return {"id": args["id"]}

    def delete_field(self, args: dict[str, Any]) -> Any:
        del self.fields[self._field(args["id"])["id"]]
        return {}

    def get_tags(self, args: dict[str, Any]) -> Any:
        return [{"id": i, "name": n} for i, n in self.tags.items()]

    def delete_tag(self, args: dict[str, Any]) -> Any:
        name = self.tags.pop(args["id"], None)
        if name is None:
            raise Fault("invalid_arg", f"Tag {args['id']} not found")
        for contact in self.contacts.values():
            contact.tags.discard(name)
        return {}

    def field_values(self, args: dict[str, Any]) -> Any:
        contact = self._by_email.get(args["email"].lower())
        if contact is None:
            raise Fault("unspecified", "Contact not found")
        values = {}
        for field_id in args["field_ids"].split(","):
            known = self.fields.get(int(field_id))
            values[field_id] = contact.fields.get(known["name"]) if known else None
        return {"fieldValues": values}
