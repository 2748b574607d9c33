"""The SMS.by stub's SMS operations: bulk, quick, OTP and template sends, statuses, delivery
lists and mailings to lists."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from typing import Any

from ...segments import count_segments
from ._records import (
    BulkJob,
    BulkMessage,
    ListMailing,
    Refusal,
    Sms,
    Template,
    minsk,
    money,
    not_found,
)
from ._state import Account


class SmsOperations(Account):
    def send_bulk(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        viber = args["operation"] == "sendBulkViber"
        mailings: list[tuple[dict[str, Any], list[tuple[str, str, int]], float | None, int]] = []
        cost = Decimal(0)
        for mailing in args["messages"]:
            listed = mailing["delivery_list"]
            if mailing["message_type"] == "bulk":  # the spec told the two shapes apart
                pairs = [(phone, mailing["text"]) for phone in listed]
            else:
                pairs = [(p["phone"], p["text"]) for p in listed]
            sender = (
                self._viber_sender(mailing["alphaname_id"])
                if viber
                else self._approved_alphaname(mailing["alphaname_id"])
            )
            send_at = self._schedule(mailing.get("schedule_time"), "%Y-%m-%dT%H:%M:%S")
            counted = [(phone, text, 1 if viber else self._parts(text)) for phone, text in pairs]
            cost += self.price * sum(parts for _, _, parts in counted)
            mailings.append((mailing, counted, send_at, sender))
        self._charge(cost, viber=viber)
        job = BulkJob(
            str(uuid.UUID(int=self.random.getrandbits(128), version=1)), args["callback_url"], []
        )
        for mailing, counted, send_at, sender in mailings:
            deliveries = [self._new_sms(*delivery, send_at) for delivery in counted]
            message = BulkMessage(
                self._next(),
                mailing["name"],
                sender,
                self.clock.now(),
                deliveries,
                self.price * sum(d.parts for d in deliveries),
            )
            job.messages.append(message)
        self.jobs[job.uuid] = job
        job.reported = json.dumps(self._job_status(job), sort_keys=True)
        return {"uuid": job.uuid, "success": "OK"}

    def bulk_status(self, args: dict[str, Any]) -> Any:
        job = self.jobs.get(args["uuid"])
        if job is None:
            raise not_found()
        return self._job_status(job)

    def _sent(self, sms: Sms, *, cost: bool = False) -> dict[str, Any]:
        reply: dict[str, Any] = {
            "sms_id": self._id(sms.id),
            "status": sms.status,
            "parts": sms.parts,
        }
        if cost:
            reply["cost"] = money(self.price * sms.parts)
        return reply

    def send_quick(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        self._approved_alphaname(args.get("alphaname_id", 0))  # the system sender when left out
        if args.get("forwarding_message") == 1:
            self._viber_sender(args.get("vibername_id", -1))
        sms = self._single(args["phone"], args["message"])
        return self._sent(sms, cost=args.get("show_cost") == 1)

    def send_otp(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        return self._sent(self._single(args["phone"], args["message"]))

    def create_message(self, args: dict[str, Any]) -> Any:
        text = args["message"]
        for template in self.templates.values():
            if template.text == text:
                existing = self._id(template.id)
                raise Refusal(f"The same message exists with ID={template.id}", message_id=existing)
        sender = self._approved_alphaname(args.get("alphaname_id", 0))
        send_at = self._schedule(args.get("time"), "%Y-%m-%d %H:%M")
        template = Template(
            self._next(),
            text,
            str(args.get("name", "")),
            sender,
            self.clock.now(),
            send_at,
            self._parts(text),
        )
        self.templates[template.id] = template
        reply = {
            "status": "ok",
            "parts": template.parts,
            "len": len(text),
            "message_id": self._id(template.id),
            "alphaname": "system" if sender == 0 else self.alphanames[sender][0],
            "time": int(send_at or 0),
        }
        return [reply] if self.wire == "old" else reply

    def _deliveries_of(self, message_id: Any) -> list[Sms]:
        """A template's SMS, or a bulk mailing's (smsgate presumes getSmsDeliveryList lists
        both; the docs name only templates)."""
        for job in self.jobs.values():
            for message in job.messages:
                if str(message.message_id) == str(message_id):
                    return message.deliveries
        return [self.sms[ident] for ident in self._template(message_id).sms]

    def _template(self, value: Any) -> Template:
        try:
            template = self.templates.get(int(value))
        except (TypeError, ValueError):
            template = None
        if template is None:
            raise not_found()
        return template

    def message_status(self, args: dict[str, Any]) -> Any:
        template = self._template(args["message_id"])
        return {
            "status": "moderated" if template.moderated else "new",
            "parts": template.parts,
            "alphaname": "SYSTEM"
            if template.alphaname_id == 0
            else self.alphanames[template.alphaname_id][0],
        }

    def send_template(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        template = self._template(args["message_id"])
        if not template.moderated:
            raise Refusal("message is not moderated")
        self._charge(self.price * template.parts)
        sms = self._new_sms(args["phone"], template.text, template.parts, template.send_at)
        sms.message_id = template.id
        template.sms.append(sms.id)
        return {"sms_id": self._id(sms.id), "status": sms.status}

    def check_sms(self, args: dict[str, Any]) -> Any:
        sms = self.sms.get(args["sms_id"])
        if sms is None:
            raise not_found()
        sent = int(sms.sent_at or 0)
        delivered = int(sms.delivered_at or 0) if sms.status == "DELIVERED" else 0
        if self.wire == "old":  # only the moments reached
            reached = {"sent": sent, "delivered": delivered}
            return {"sms_id": self._id(sms.id), **{k: v for k, v in reached.items() if v}}
        reply: dict[str, Any] = {"sms_id": sms.id, "sent": sent, "delivered": delivered}
        return reply if self.wire == "live" else {**reply, "status": sms.status}

    @staticmethod
    def _page(items: list[Any], args: dict[str, Any]) -> list[Any]:
        if "limit_offset" in args and "limit_rows" not in args:
            raise Refusal("limit_rows is required with limit_offset")
        offset = args.get("limit_offset", 0)
        rows = args.get("limit_rows")
        return items[offset : None if rows is None else offset + rows]

    def messages_list(self, args: dict[str, Any]) -> Any:
        items = [
            {
                "message_id": t.id,
                "message": t.text,
                "parts": t.parts,
                "d_create": minsk(t.created),
                "status": "moderated" if t.moderated else "new",
            }
            for t in self.templates.values()
        ]
        return {"result": self._page(items, args)}

    def delivery_list(self, args: dict[str, Any]) -> Any:
        items = []
        for sms in self._deliveries_of(args["message_id"]):
            item: dict[str, Any] = {"phone": int(sms.phone), "status": sms.status.lower()}
            if sms.sent_at is not None:
                item["d_sent"] = minsk(sms.sent_at)
            items.append(item)
        return {"result": self._page(items, args)}

    def send_to_list(self, args: dict[str, Any]) -> Any:
        listed = self.lists.get(args["list_id"])
        if listed is None:
            raise not_found()
        sender = self._approved_alphaname(args["alphaname_id"])
        phones = [c["phone"] for c in listed[1] if c.get("phone")]
        parts = self._parts(args["message"])
        mailing = ListMailing(
            self._next(),
            args["name"],
            args["message"],
            args["list_id"],
            sender,
            self._schedule(args["d_schedule"], "%Y-%m-%d %H:%M") or self.clock.now(),
            phones,
            self.price * parts * len(phones),
            self.clock.now(),
        )
        self.list_mailings[mailing.id] = mailing
        return self._list_mailing(mailing)

    def _list_mailing(self, mailing: ListMailing) -> dict[str, Any]:
        return {
            "status": "OK",
            "message_id": mailing.id,
            "count_phones": len(mailing.phones),
            "cost": money(mailing.cost),
            "confirmed": int(mailing.confirmed),
        }

    def confirm_list_mailing(self, args: dict[str, Any]) -> Any:
        mailing = self.list_mailings.get(args["message_id"])
        if mailing is None:
            raise not_found()
        if args["confirm"] == 1 and not mailing.confirmed:
            self.sends_received += 1
            if mailing.cost > self.balance:
                raise Refusal("Insufficient funds to continue", 400)
            self.balance -= mailing.cost
            mailing.confirmed = True
            parts = count_segments(mailing.text).parts
            mailing.sms = [
                self._new_sms(p, mailing.text, parts, mailing.send_at) for p in mailing.phones
            ]
        return self._list_mailing(mailing)

    def mailings(self, args: dict[str, Any]) -> Any:
        data = []
        for job in self.jobs.values():
            for message in job.messages:
                data.append(
                    self._mailing_row(
                        message.message_id,
                        message.name,
                        "API",
                        message.deliveries,
                        message.cost,
                        message.created,
                        message.alphaname_id,
                    )
                )
        for mailing in self.list_mailings.values():
            data.append(
                self._mailing_row(
                    mailing.id,
                    mailing.name,
                    "WEB",
                    mailing.sms,
                    mailing.cost,
                    mailing.created,
                    mailing.alphaname_id,
                    mailing.send_at,
                    len(mailing.phones),
                )
            )
        kind = args.get("type")
        return {"status": "success", "data": [row for row in data if kind in (None, row["type"])]}

    def _mailing_row(
        self,
        ident: int,
        name: str,
        kind: str,
        sms: list[Sms],
        cost: Decimal,
        created: float,
        sender: int,
        scheduled: float | None = None,
        phones: int | None = None,
    ) -> dict[str, Any]:
        statuses = {s.status for s in sms}
        status = (
            "NEW" if not sms or "NEW" in statuses else "SENT" if "SENT" in statuses else "DELIVERED"
        )
        return {
            "id": ident,
            "name": name,
            "d_create": int(created),
            "d_schedule": int(scheduled or (sms[0].send_at if sms else created)),
            "type": kind,
            "parts": str(sum(s.parts for s in sms)),
            "count_phones": len(sms) if phones is None else phones,
            "status": status,
            "sms_delivered": str(sum(s.status == "DELIVERED" for s in sms)),
            "cost": money(cost),
            "alphaname": self.alphanames.get(sender, ("SMS.by", None))[0],
        }
