"""The SMSC stub's commands: what each one does to the stub's state and what it answers,
before the format. `SmscStub` (the package's `__init__`) reads and routes the requests."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from ...segments import count_segments
from ...smsc import MOSCOW
from .._core import Clock
from ._model import (
    CONTACT_FIELDS,
    DELIVERED,
    HISTORY_FIELDS,
    MAIL,
    NOT_FOUND,
    OK_REPLY,
    OPERATORS,
    PART_PRICE,
    PHONE,
    STATUS_NAMES,
    TARIFFS,
    TRANSFERRED,
    UNDELIVERABLE,
    WAITING,
    Book,
    Message,
    Refusal,
    Reply,
    created,
    digits,
    money,
    smsc_date,
    wire_id,
)


class SmscOperations:
    """One method per operation of specs/smsc.yaml (`_op_<operationId>`), each taking the
    request's values as the spec types them and answering a `Reply` or raising `Refusal`."""

    clock: Clock
    login: str
    balance: Decimal
    currency: str
    messages: dict[tuple[str, str], Message]
    _moving: list[Message]
    _ids: Iterator[int]
    books: dict[str, Book]
    senders: dict[str, dict[str, Any]]
    jobs: dict[int, dict[str, Any]]
    answers: list[dict[str, Any]]
    users: dict[str, dict[str, Any]]
    documents: dict[int, dict[str, Any]]
    templates: dict[int, dict[str, Any]]
    op_templates: dict[int, dict[str, Any]]
    inbound_numbers: dict[str, bool]
    sender_codes: dict[str, str]
    short_links: dict[str, dict[str, Any]]

    @staticmethod
    def _error_of(message: Message) -> int:
        return 1 if message.status == UNDELIVERABLE else 0

    def _next_id(self) -> int:
        return next(self._ids)

    def _add_sender(self, name: str, comment: str, *, activated: bool) -> int:
        sender_id = self._next_id()
        self.senders[name] = {
            "id": sender_id,
            "cmt": comment,
            "created": self.clock.now(),
            "activated": activated,
        }
        return sender_id

    # send.php
    def _message_id(self, values: Mapping[str, Any]) -> str:
        """The client's id, or a new one when it gave none: no `id`, an empty one, or `0`,
        which SMSC's own libraries send on every send to mean "no id"."""
        given = values.get("id")
        if isinstance(given, str) and given.strip("0"):
            return given
        return str(self._next_id())

    def _send_time(self, values: Mapping[str, Any]) -> float:
        """When a send should go out, from `time` in any documented form (Moscow time, shifted
        by `tz` hours); a form that does not read is error 5."""
        text = str(values.get("time") or "")
        now = self.clock.now()
        shift = 3600 * int(values.get("tz") or 0)
        if not text:
            return now
        if text.startswith("+") and digits(text[1:]):
            return now + 60 * int(text[1:])
        if text.startswith("0") and digits(text) and len(text) > 10:
            return float(int(text[1:]))
        window = re.fullmatch(r"([0-9]{1,2})-([0-9]{1,2})", text)
        if window:
            first, last = int(window[1]), int(window[2])
            local = datetime.fromtimestamp(now + shift, MOSCOW)
            if first <= local.hour < last or first > 23 or last > 24:
                return now
            start = local.replace(hour=first, minute=0, second=0, microsecond=0)
            return start.timestamp() - shift + (86400 if first <= local.hour else 0)
        for pattern in ("%d%m%y%H%M", "%d.%m.%y %H:%M"):
            try:
                when = datetime.strptime(text, pattern).replace(tzinfo=MOSCOW)
            except ValueError:
                continue
            return when.timestamp() - shift
        raise Refusal(5)

    def _recipients(self, phones: str, message_id: str) -> list[str]:
        numbers: list[str] = []
        for item in filter(None, re.split(r"[,;]", phones)):
            if item.startswith("G") and digits(item[1:]):
                group = int(item[1:])
                book = self.books["phones"]
                if group not in book.groups:
                    raise Refusal(7, message_id)
                for contact in book.contacts.values():
                    if str(group) in contact["group"].split(","):
                        numbers.extend(contact["phone"].split(","))
            elif PHONE.fullmatch(item) or MAIL.fullmatch(item):
                numbers.append(item.removeprefix("+"))
            else:
                raise Refusal(7, message_id)
        if not numbers:
            raise Refusal(7, message_id)
        return list(dict.fromkeys(numbers))

    def _deliver(
        self, values: Mapping[str, Any], pairs: list[tuple[str, str]], message_id: str
    ) -> dict[str, Any]:
        sender = values.get("sender", "SMSC")
        if sender not in ("", ".") and not self.senders.get(sender, {}).get("activated"):
            raise Refusal(6, message_id)
        send_at = self._send_time(values)
        parts = {text: count_segments(text).parts for _, text in pairs}
        cost = sum((PART_PRICE * parts[text] for _, text in pairs), Decimal(0))
        if cost > self.balance:
            raise Refusal(3, message_id)
        self.balance -= cost
        if values.get("tinyurl") == 1:
            for _, text in pairs:
                for link in re.findall(r"https?://\S+", text):
                    short = self.short_links.setdefault(
                        link, {"id": f"{len(self.short_links) + 1:x}", "link": link}
                    )
                    short.setdefault("clicks", 0)
        now = self.clock.now()
        for phone, text in pairs:
            fate = UNDELIVERABLE if phone.endswith("000") else DELIVERED
            status = WAITING if send_at > now else TRANSFERRED
            message = Message(
                self._next_id(),
                message_id,
                phone,
                text,
                str(sender),
                parts[text],
                PART_PRICE * parts[text],
                now,
                send_at,
                now,
                status,
                fate,
                type=7 if values.get("call") == 1 else 0,
            )
            if status == TRANSFERRED:
                message.send_at = now
            self.messages[(message_id, phone)] = message
            self._moving.append(message)
        reply: dict[str, Any] = {
            "id": wire_id(message_id),
            "cnt": sum(parts[text] for _, text in pairs),
        }
        if values.get("cost") in (2, 3):
            reply["cost"] = money(cost)
        if values.get("cost") == 3:
            reply["balance"] = money(self.balance)
        if values.get("call") == 1 and values.get("mes") == "code":
            reply["code"] = f"{random.randrange(1000, 10000)}"
        return reply

    def _send_reply(self, data: dict[str, Any]) -> Reply:
        def line(row: dict[str, Any]) -> str:
            text = f"OK - {row['cnt']} SMS, ID - {row['id']}"
            for key in ("cost", "balance", "code"):
                if key in row:
                    text += f", {key.upper()} - {row[key]}"
            return text

        return Reply(data, ("id", "cnt", "cost", "balance"), line=line)

    def _op_send(self, values: dict[str, Any]) -> Reply:
        message_id = self._message_id(values)
        numbers = self._recipients(str(values["phones"]), message_id)
        text = values.get("mes")
        if not text and not (values.get("hlr") or values.get("ping")):
            raise Refusal(1)
        return self._send_reply(
            self._deliver(values, [(n, str(text or "")) for n in numbers], message_id)
        )

    _op_sendJson = _op_send

    def _op_sendList(self, values: dict[str, Any]) -> Reply:
        message_id = self._message_id(values)
        pairs: list[tuple[str, str]] = []
        for row in str(values["list"]).splitlines():
            phones, sep, text = row.partition(":")
            if not sep or not text:
                raise Refusal(1)
            pairs += [(n, text.replace("\\n", "\n")) for n in self._recipients(phones, message_id)]
        if not pairs:
            raise Refusal(1)
        return self._send_reply(self._deliver(values, pairs, message_id))

    def _op_getPrice(self, values: dict[str, Any]) -> Reply:
        numbers = self._recipients(str(values["phones"]), "0")
        parts = count_segments(str(values.get("mes", ""))).parts * len(numbers)
        data = {"cost": money(PART_PRICE * parts), "cnt": parts}
        return Reply(data, ("cost", "cnt"), line=lambda r: f"{r['cost']} ({r['cnt']} SMS)")

    # status.php
    def _status_record(self, message: Message | None, detail: int) -> dict[str, Any]:
        if message is None:
            return {"status": NOT_FOUND, "last_timestamp": 0, "flag": 0, "err": 0}
        record: dict[str, Any] = {
            "status": message.status,
            "last_date": smsc_date(message.changed_at),
            "last_timestamp": int(message.changed_at),
            "flag": message.type,
            "err": self._error_of(message),
        }
        if detail >= 1:
            record.update(
                send_date=smsc_date(message.sent_at),
                send_timestamp=int(message.sent_at),
                phone=message.phone,
                cost=money(message.cost),
                sender_id=message.sender,
                status_name=STATUS_NAMES.get(message.status, ""),
                message=message.text,
                comment="",
                type=message.type,
                sms_cnt=message.parts,
            )
        if detail >= 2:
            country, operator, region, mcc, mnc = OPERATORS.get(
                message.phone[:2], ("", "", "", "", "")
            )
            record.update(
                country=country,
                operator=operator,
                operator_orig=operator,
                region=region,
                mccmnc=mcc + mnc,
            )
        return record

    def _op_getStatus(self, values: dict[str, Any]) -> Reply:
        ids, phones = str(values["id"]).split(","), str(values["phone"]).split(",")
        detail = int(values.get("all", 0))
        many = len(ids) > 1
        if many:
            ids, phones = [i for i in ids if i], [p for p in phones if p]
        if len(ids) != len(phones):
            raise Refusal(1)
        found = [
            self.messages.get((i, p.removeprefix("+"))) for i, p in zip(ids, phones, strict=True)
        ]
        # all=1 adds the message's details, after `err`: at fmt=0 with the send date, at
        # fmt=1 with its time. all=2 puts country, operator and region right after `err`,
        # where SMSC's own libraries read them (fields 4-6 at fmt=1), before those details.
        details = ("phone", "cost", "sender_id", "status_name", "message", "comment", "type")
        where = ("country", "operator", "region") if detail >= 2 else ()
        text_tail = (*where, "send_date", *details) if detail >= 1 else ()
        tail = (*where, "send_timestamp", *details) if detail >= 1 else ()
        labels = {"status": "Status", "last_date": "check_time"}
        if not many:
            if found[0] is None:
                raise Refusal(3)
            return Reply(
                self._status_record(found[0], detail),
                ("status", "last_timestamp", "err", *tail),
                labels=labels,
                text_fields=("status", "last_date", "err", *text_tail),
                xml_root="sms",
            )
        rows = [
            {**self._status_record(m, detail), "id": wire_id(i), "phone": p}
            for m, i, p in zip(found, ids, phones, strict=True)
        ]
        # Each line of a list also names its message: the id and phone at all=0, the id
        # alone at all=1/2, whose details carry the phone (smsc_api.php).
        named = ("id", "phone") if detail == 0 else ("id",)
        return Reply(
            rows,
            ("status", "last_timestamp", "err", *named, *tail),
            labels=labels,
            text_fields=("status", "last_date", "err", *named, *text_tail),
            xml_item="sms",
        )

    def _op_deleteMessage(self, values: dict[str, Any]) -> Reply:
        key = (str(values["id"]), str(values["phone"]).removeprefix("+"))
        if self.messages.pop(key, None) is None:
            raise Refusal(5)
        return OK_REPLY

    def _op_getBalance(self, values: dict[str, Any]) -> Reply:
        data = {"balance": money(self.balance)}
        if values.get("cur") == 1:
            data["currency"] = self.currency
            return Reply(
                data, ("balance", "currency"), line=lambda r: f"{r['balance']},{r['currency']}"
            )
        return Reply(data, ("balance",), line=lambda r: r["balance"], xml_root="balance")

    # phones.php and mails.php
    def _book_command(self, book: Book, command: str, values: dict[str, Any]) -> Reply:
        address = book.address

        def contact_of(value: Any) -> dict[str, str]:
            for contact in book.contacts.values():
                if str(value) in contact[address].split(","):
                    return contact
            raise Refusal(3)

        def group_of(value: Any) -> dict[str, Any]:
            if not isinstance(value, int) or value not in book.groups:
                raise Refusal(3) if isinstance(value, int) else Refusal(1)
            return book.groups[value]

        person = {
            "name": "name",
            "grp": "group",
            "fnm": "first_name",
            "lnm": "last_name",
            "mnm": "middle_name",
            "bd": "birthday",
            "myid": "id",
            "cmt": "comments",
            "tags": "tags",
            "pho": "phone_other",
        }
        if command == "Add":
            int_id = self._next_id()
            addresses = ",".join(filter(None, re.split(r"[\s,;]+", str(values[address]))))
            contact = {
                "int_id": str(int_id),
                address: addresses,
                **{v: "" for v in person.values()},
            }
            contact.update({person[k]: str(values[k]) for k in person if k in values})
            book.contacts[int_id] = contact
            return created(int_id)
        if command == "Chg":
            contact = contact_of(values[address])
            contact.update({person[k]: str(values[k]) for k in person if k in values})
            new = values.get(f"new_{address}")
            if new:
                contact[address] = ",".join(filter(None, re.split(r"[\s,;]+", str(new))))
            return OK_REPLY
        if command == "Del":
            del book.contacts[int(contact_of(values[address])["int_id"])]
            return OK_REPLY
        if command == "Get":
            rows = sorted(book.contacts.values(), key=lambda c: int(c["int_id"]))
            after = values.get("after_id")
            if after is not None:
                rows = [c for c in rows if int(c["int_id"]) > after]
            if "grp" in values:
                wanted = set(str(values["grp"]).split(","))
                rows = [c for c in rows if wanted & set(c["group"].split(","))]
            for key, columns in (
                ("fio", ("first_name", "last_name", "middle_name", "name")),
                ("search", ("name", address)),
            ):
                if key in values:
                    needle = str(values[key]).lower()
                    rows = [c for c in rows if any(needle in c[col].lower() for col in columns)]
            fields = tuple(f.format(address=address) for f in CONTACT_FIELDS)
            return Reply(rows[: values.get("cnt", 1000)], fields, xml_item="contact")
        if command == "AddGroup":
            name, number = str(values["name"]), values.get("num")
            if not name.strip() or (
                number is not None and any(g.get("number") == number for g in book.groups.values())
            ):
                raise Refusal(5)
            group_id = self._next_id()
            book.groups[group_id] = {
                "id": group_id,
                "name": name,
                **({"number": number} if number else {}),
            }
            return created(group_id)
        if command == "ChgGroup":
            group = group_of(values["grp"])
            if not str(values["name"]).strip():
                raise Refusal(1)
            group["name"] = str(values["name"])
            return OK_REPLY
        if command == "DelGroup":
            group_of(values["grp"])
            del book.groups[values["grp"]]
            return OK_REPLY
        if command == "GetGroup":
            return Reply(list(book.groups.values()), ("id", "name", "number"), xml_item="group")
        if command == "MoveGroup":
            group_of(values["grp"])
            contact = contact_of(values[address])
            groups = [g for g in contact["group"].split(",") if g]
            mode, grp = values["move_group"], str(values["grp"])
            groups = (
                [grp]
                if mode == 1
                else [*groups, grp]
                if mode == 2
                else [g for g in groups if g != grp]
            )
            contact["group"] = ",".join(dict.fromkeys(groups))
            return OK_REPLY
        if command == "AddBlack":
            entry_id = self._next_id()
            book.black[entry_id] = {
                "id": entry_id,
                address: str(values[address]),
                "type": values.get("type", 0),
                "cmt": str(values.get("cmt", "")),
            }
            return created(entry_id)
        if command == "GetBlack":
            entries = sorted(book.black.values(), key=lambda e: -e["id"])
            before = values.get("prev_id")
            if before is not None:
                entries = [e for e in entries if e["id"] < before]
            return Reply(
                entries[: values.get("cnt", 1000)], ("id", address, "type", "cmt"), xml_item="black"
            )
        # DelBlack
        for entry_id, entry in list(book.black.items()):
            if entry[address] == str(values[address]):
                del book.black[entry_id]
                return OK_REPLY
        raise Refusal(3)

    # senders.php
    def _sender_rows(self, everything: bool) -> Reply:
        rows = [
            {"sender": name} for name, s in self.senders.items() if everything or s["activated"]
        ]
        return Reply(rows, ("sender",), xml_item="sender")

    def _op_sendersGet(self, values: dict[str, Any]) -> Reply:
        return self._sender_rows(values.get("all") == 1)

    def _op_getSenders(self, values: dict[str, Any]) -> Reply:
        return self._sender_rows(False)

    def _op_sendersAdd(self, values: dict[str, Any]) -> Reply:
        name = str(values["sender"])
        if name in self.senders:
            raise Refusal(5)
        sender_id = self._add_sender(name, str(values["cmt"]), activated=False)
        return created(sender_id, "sender")

    def _sender_named(self, values: Mapping[str, Any]) -> str:
        for name, sender in self.senders.items():
            if name == values.get("sender") or sender["id"] == values.get("id"):
                return name
        raise Refusal(3)

    def _op_sendersChg(self, values: dict[str, Any]) -> Reply:
        name = self._sender_named(values)
        if "cmt" in values:
            self.senders[name]["cmt"] = str(values["cmt"])
        return OK_REPLY

    def _op_sendersDel(self, values: dict[str, Any]) -> Reply:
        del self.senders[self._sender_named(values)]
        return OK_REPLY

    def _op_sendersSendCode(self, values: dict[str, Any]) -> Reply:
        self.sender_codes[str(values["sender"])] = f"{random.randrange(100000, 1000000)}"
        return OK_REPLY

    def _op_sendersCheckCode(self, values: dict[str, Any]) -> Reply:
        if self.sender_codes.get(str(values["sender"])) != str(values["code"]):
            raise Refusal(3)
        self._add_sender(str(values["sender"]), "", activated=True)
        return OK_REPLY

    # get.php
    def _op_getMessages(self, values: dict[str, Any]) -> Reply:
        rows = sorted(self.messages.values(), key=lambda m: -m.int_id)
        before = values.get("prev_id")
        if before is not None:
            rows = [m for m in rows if m.int_id < before]
        if "phone" in values:
            wanted = {p.removeprefix("+") for p in str(values["phone"]).split(",")}
            rows = [m for m in rows if m.phone in wanted]
        data = [
            {
                "int_id": m.int_id,
                "id": wire_id(m.id),
                "phone": m.phone,
                "status": m.status,
                "err": self._error_of(m),
                "last_date": smsc_date(m.changed_at),
                "last_timestamp": int(m.changed_at),
                "send_date": smsc_date(m.sent_at),
                "send_timestamp": int(m.sent_at),
                "cost": money(m.cost),
                "sender_id": m.sender,
                "status_name": STATUS_NAMES.get(m.status, ""),
                "sms_cnt": m.parts,
                "type": m.type,
                "message": m.text,
            }
            for m in rows[: values.get("cnt", 1000)]
        ]
        return Reply(data, HISTORY_FIELDS, xml_item="sms")

    def _op_getAnswers(self, values: dict[str, Any]) -> Reply:
        after = values.get("after_id", 0)
        rows = [a for a in self.answers if a["id"] > after]
        if "to_phone" in values:
            rows = [a for a in rows if a["to_phone"] == str(values["to_phone"])]
        fields = ("id", "phone", "to_phone", "sent", "message")
        return Reply(rows[: values.get("cnt", 1000)], fields, xml_item="answer")

    def _stat_rows(self) -> list[dict[str, Any]]:
        spent = sum((m.cost for m in self.messages.values()), Decimal(0))
        return [
            {
                "login": self.login,
                "cnt": len(self.messages),
                "debit": money(spent),
                "credit": "0.00",
                "currency": self.currency,
            }
        ]

    def _op_getStat(self, values: dict[str, Any]) -> Reply:
        return Reply(
            self._stat_rows(), ("login", "cnt", "debit", "credit", "currency"), xml_item="stat"
        )

    def _op_getPriceList(self, values: dict[str, Any]) -> Reply:
        return Reply(TARIFFS, ("zone", "name", "api", "mass"), xml_item="tariff")

    def _op_infoGetOperator(self, values: dict[str, Any]) -> Reply:
        phone = str(values["phone"]).removeprefix("+")
        known = OPERATORS.get(phone[:2])
        if known is None:
            raise Refusal(3)
        keys = ("phone", "country", "operator", "region", "mcc", "mnc")
        return Reply(dict(zip(keys, (phone, *known), strict=True)), keys)

    # jobs.php
    def _op_jobsAdd(self, values: dict[str, Any]) -> Reply:
        job_id = self._next_id()
        numbers = (
            self._recipients(str(values.get("phones", "")), str(job_id))
            if "phones" in values
            else []
        )
        start = self._send_time(values)
        self.jobs[job_id] = {
            "id": job_id,
            "name": str(values["name"]),
            "status": WAITING,
            "start": start,
            "cnt": len(numbers),
        }
        data: dict[str, Any] = {"id": job_id}
        if values.get("cost") == 1:
            data["cost"] = money(
                PART_PRICE * count_segments(str(values.get("mes", ""))).parts * len(numbers)
            )

        def line(row: dict[str, Any]) -> str:
            return f"OK, ID - {row['id']}" + (f", COST - {row['cost']}" if "cost" in row else "")

        return Reply(data, ("id", "cost"), line=line)

    def _job_of(self, values: Mapping[str, Any]) -> dict[str, Any]:
        job = self.jobs.get(values["id"])
        if job is None:
            raise Refusal(3)
        return job

    def _op_jobsDel(self, values: dict[str, Any]) -> Reply:
        del self.jobs[self._job_of(values)["id"]]
        return OK_REPLY

    def _op_jobsCancel(self, values: dict[str, Any]) -> Reply:
        job = self._job_of(values)
        if job["status"] != WAITING:
            raise Refusal(3)
        job["status"] = 2
        return OK_REPLY

    def _job_rows(self, jobs: Iterable[dict[str, Any]]) -> Reply:
        rows = [
            {
                "id": j["id"],
                "name": j["name"],
                "status": j["status"],
                "start_date": smsc_date(j["start"]),
                "cnt": j["cnt"],
            }
            for j in jobs
        ]
        return Reply(rows, ("id", "name", "status", "start_date", "cnt"), xml_item="job")

    def _op_jobsGet(self, values: dict[str, Any]) -> Reply:
        return self._job_rows([self._job_of(values)])

    def _op_jobsGetAll(self, values: dict[str, Any]) -> Reply:
        return self._job_rows(self.jobs.values())

    # users.php and documents.php
    def _op_usersAdd(self, values: dict[str, Any]) -> Reply:
        user = str(values["user"])
        if user in self.users:
            raise Refusal(5)
        self.users[user] = {"user": user, "balance": Decimal(0)}
        return OK_REPLY

    def _user_of(self, values: Mapping[str, Any]) -> dict[str, Any]:
        user = self.users.get(str(values.get("user")))
        if user is None:
            raise Refusal(3)
        return user

    def _op_usersChg(self, values: dict[str, Any]) -> Reply:
        user = self._user_of(values)
        if values.get("new_login"):
            self.users[str(values["new_login"])] = self.users.pop(user["user"])
            user["user"] = str(values["new_login"])
        return OK_REPLY

    def _op_usersPay(self, values: dict[str, Any]) -> Reply:
        user = self._user_of(values)
        amount = Decimal(str(values["sum"]))
        if amount > self.balance:
            raise Refusal(3)
        self.balance -= amount
        user["balance"] += amount
        return OK_REPLY

    def _op_usersGetStat(self, values: dict[str, Any]) -> Reply:
        return self._op_getStat(values)

    def _op_usersGetStatAll(self, values: dict[str, Any]) -> Reply:
        rows = [{"login": u["user"], "balance": money(u["balance"])} for u in self.users.values()]
        return Reply(rows, ("login", "balance"), xml_item="user")

    def _op_documentsAddAccount(self, values: dict[str, Any]) -> Reply:
        doc_id = self._next_id()
        self.documents[doc_id] = {
            "id": doc_id,
            "sum": money(Decimal(str(values["sum"]))),
            "date": smsc_date(self.clock.now()),
        }
        return created(doc_id)

    def _document(self, values: Mapping[str, Any]) -> Reply:
        doc = self.documents.get(values["id"])
        if doc is None:
            raise Refusal(3)
        return Reply(doc, tuple(doc))

    _op_documentsGetAccount = _document
    _op_documentsGetAct = _document

    # templates.php, op_templates.php and the smaller scripts
    def _op_templatesAdd(self, values: dict[str, Any]) -> Reply:
        return self._store(self.templates, values, ("name", "msg", "format", "sender"))

    def _op_opTemplatesAdd(self, values: dict[str, Any]) -> Reply:
        return self._store(self.op_templates, values, ("sender", "msg"))

    def _store(
        self, table: dict[int, dict[str, Any]], values: Mapping[str, Any], keys: tuple[str, ...]
    ) -> Reply:
        record_id = self._next_id()
        table[record_id] = {"id": record_id, **{k: str(values.get(k, "")) for k in keys}}
        return created(record_id)

    def _op_templatesChg(self, values: dict[str, Any]) -> Reply:
        template = self.templates.get(values["id"])
        if template is None:
            raise Refusal(3)
        template.update(
            {k: str(values[k]) for k in ("name", "msg", "format", "sender") if k in values}
        )
        return OK_REPLY

    def _op_templatesDel(self, values: dict[str, Any]) -> Reply:
        if self.templates.pop(values["id"], None) is None:
            raise Refusal(3)
        return OK_REPLY

    def _op_templatesGet(self, values: dict[str, Any]) -> Reply:
        return Reply(
            list(self.templates.values()),
            ("id", "name", "msg", "format", "sender"),
            xml_item="template",
        )

    def _op_opTemplatesGet(self, values: dict[str, Any]) -> Reply:
        return Reply(list(self.op_templates.values()), ("id", "sender", "msg"), xml_item="template")

    def _op_ping(self, values: dict[str, Any]) -> Reply:
        return OK_REPLY

    def _op_tinyurlsGet(self, values: dict[str, Any]) -> Reply:
        if not values.get("link") and not values.get("id"):
            raise Refusal(1)
        for short in self.short_links.values():
            if short["id"] == values.get("id") or short["link"] == values.get("link"):
                return Reply(short, tuple(short))
        raise Refusal(3)

    def _op_receivePhonesGet(self, values: dict[str, Any]) -> Reply:
        rows = [{"phone": p, "rented": int(r)} for p, r in self.inbound_numbers.items()]
        return Reply(rows, ("phone", "rented"), xml_item="phone")

    def _op_receivePhonesBuy(self, values: dict[str, Any]) -> Reply:
        phone = str(values["phone"]).removeprefix("+")
        if self.inbound_numbers.get(phone) is not False:
            raise Refusal(3)
        self.inbound_numbers[phone] = True
        return OK_REPLY

    def _op_receivePhonesChg(self, values: dict[str, Any]) -> Reply:
        if not self.inbound_numbers.get(str(values["phone"]).removeprefix("+")):
            raise Refusal(3)
        return OK_REPLY

    def inbound(self, phone: str, text: str, to_phone: str = "79990000001") -> int:
        """An SMS that a subscriber sent to one of your numbers, for get_answers."""
        answer_id = self._next_id()
        sent = smsc_date(self.clock.now())
        self.answers.append(
            {"id": answer_id, "phone": phone, "to_phone": to_phone, "sent": sent, "message": text}
        )
        return answer_id

    def _op_waitCall(self, values: dict[str, Any]) -> Reply:
        data = {"phone": "79990000001", "all_phones": "79990000001", "wait": 300}
        return Reply(data, ("phone", "all_phones", "wait"))
