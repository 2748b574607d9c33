"""Selzy's SMS, campaign, statistics and partner methods: each takes the arguments as
validated and typed by the spec and answers the `result` Selzy would."""

from __future__ import annotations

import uuid
from typing import Any

from ...segments import count_segments
from ._model import (
    CANCELLABLE,
    Account,
    Campaign,
    Fault,
    Message,
    Sms,
    parse_utc,
    phone_digits,
    utc,
)
from ._state import SelzyState


class MessageMethods(SelzyState):
    def create_message(self, args: dict[str, Any]) -> Any:
        self._sender(args["sender"])
        message = Message(
            self._new_id(),
            self._list(args["list_id"]),
            args["sender"],
            args["body"],
            self.clock.now(),
            args.get("tag"),
        )
        self.messages[message.id] = message
        return {"message_id": message.id}

    def create_campaign(self, args: dict[str, Any]) -> Any:
        message = self.messages.get(args["message_id"])
        if message is None:
            raise Fault("invalid_arg", "invalid message_id")
        now = self.clock.now()
        start = parse_utc(args["start_time"]) if args.get("start_time") else now
        if start > now + 100 * 86400:
            raise Fault("invalid_arg", "start_time: at most 100 days ahead")
        phones = [
            c.phone
            for c in self.contacts.values()
            if c.phone
            and c.phone_status == "active"
            and c.lists.get(message.list_id, ("",))[0] == "active"
            and (message.tag is None or message.tag in c.tags)
        ]
        if args.get("contacts"):
            chosen = {phone_digits(p.strip()) for p in args["contacts"].split(",")}
            phones = [p for p in phones if p in chosen]
        cost = len(phones) * count_segments(message.body).parts * self.price
        self._spend(cost)
        campaign = Campaign(self._new_id(), message, now, max(start, now), cost)
        for phone in phones:
            sms_id = f"{campaign.id}.{phone}"
            fate = "err_delivery_failed" if phone.endswith("000") else "ok_delivered"
            campaign.sms.append(
                Sms(
                    sms_id, phone, campaign.start_at, fate, text=message.body, sender=message.sender
                )
            )
        self.campaigns[campaign.id] = campaign
        return {"campaign_id": campaign.id, "status": campaign.status, "count": len(phones)}

    def send_sms(self, args: dict[str, Any]) -> Any:
        self._sender(args["sender"])
        phones = list(dict.fromkeys(phone_digits(p) for p in args["phone"].split(",")))
        if any(p.startswith("0") for p in phones):
            raise Fault("dest_invalid", "Recipient number is incorrect")
        parts = count_segments(args["text"]).parts
        self._spend(len(phones) * parts * self.price)
        batch, now, sent = self._new_id(), self.clock.now(), []
        for phone in phones:
            fate = "err_delivery_failed" if phone.endswith("000") else "ok_delivered"
            sms = Sms(
                f"{batch}.{phone}", phone, now, fate, text=args["text"], sender=args["sender"]
            )
            self.sms[sms.sms_id] = sms
            self._moving.append(sms)
            sent.append(
                {"sms_id": sms.sms_id, "price": round(parts * self.price, 4), "currency": "USD"}
            )
        return sent[0] if len(sent) == 1 else sent

    def check_sms(self, args: dict[str, Any]) -> Any:
        sms = self.sms.get(args["sms_id"])
        if sms is None:
            raise Fault("unspecified", "AK100313-05 [invalid sms id]")
        return {"status": sms.status}

    def cancel_campaign(self, args: dict[str, Any]) -> Any:
        campaign = self._campaign(args["campaign_id"])
        if campaign.status not in CANCELLABLE:
            raise Fault(
                "unspecified",
                f'SF161129-03 [Campaign in status "{campaign.status}" can\'t be cancelled]',
            )
        campaign.status = "canceled"
        self.account.balance = round(self.account.balance + campaign.cost, 4)
        for sms in campaign.sms:
            sms.status = "err_skip_letter"
        return []

    def delete_message(self, args: dict[str, Any]) -> Any:
        if self.messages.pop(args["message_id"], None) is None:
            raise Fault("invalid_arg", "invalid message_id")
        return {}

    def _messages(self, args: dict[str, Any]) -> list[Message]:
        since, until = parse_utc(args["date_from"]), parse_utc(args["date_to"])
        chosen = [m for m in self.messages.values() if since <= m.created <= until]
        offset = args.get("offset", 0)
        return chosen[offset : offset + args.get("limit", 50)]

    def _message_common(self, m: Message) -> dict[str, Any]:
        return {
            "id": m.id,
            "sub_user_login": None,
            "list_id": m.list_id,
            "created": utc(m.created),
            "service_type": "sms",
            "active_version_id": None,
            "message_format": "text",
        }

    def get_messages(self, args: dict[str, Any]) -> Any:
        return [
            {
                **self._message_common(m),
                "segment_id": None,
                "updated": utc(m.created),
                "lang_code": "en",
                "body": m.body,
                "sms_from": m.sender,
            }
            for m in self._messages(args)
        ]

    def list_messages(self, args: dict[str, Any]) -> Any:
        return [
            {
                "id": m.id,
                "login": self.account.login,
                "sub_user_login": None,
                "list_id": m.list_id,
                "segment_id": None,
                "lang_code": "en",
                "created": utc(m.created),
                "updated": utc(m.created),
                "service_type": "sms",
                "message_format": "text",
                "sender_email": "",
                "sender_name": "",
                "subject": "",
            }
            for m in self._messages(args)
        ]

    def get_message(self, args: dict[str, Any]) -> Any:
        found = [self.messages.get(int(i)) for i in args["id"].split(",")]
        if not all(found):
            raise Fault("invalid_arg", "invalid message id")
        return [
            {
                **self._message_common(m),
                "id": str(m.id),  # as in Selzy's example
                "list_id": str(m.list_id),
                "last_update": utc(m.created),
                "sender": m.sender,
                "body": m.body,
            }
            for m in found
            if m is not None
        ]

    # Statistics.
    def _delivery_rows(self, args: dict[str, Any]) -> list[list[str]]:
        campaign = self._campaign(args["campaign_id"])
        return [[f"+{s.phone}", s.status] for s in campaign.sms]

    def delivery_async(self, args: dict[str, Any]) -> Any:
        rows = self._delivery_rows(args)
        return self._task("getCampaignDeliveryStats", [["phone", "send_result"], *rows])

    def delivery_table(self, args: dict[str, Any]) -> Any:
        return {"fields": ["phone", "send_result"], "data": self._delivery_rows(args)}

    def common_stats(self, args: dict[str, Any]) -> Any:
        campaign = self._campaign(args["campaign_id"])
        sent = [s for s in campaign.sms if s.status != "not_sent"]
        delivered = [s for s in sent if s.status == "ok_delivered"]
        zeros = ("read_unique", "read_all", "clicked_unique", "clicked_all", "unsubscribed")
        return {
            "total": len(campaign.sms),
            "sent": len(sent),
            "delivered": len(delivered),
            **dict.fromkeys(zeros, 0),
            "spam": 0,
        }

    def campaign_status(self, args: dict[str, Any]) -> Any:
        campaign = self._campaign(args["campaign_id"])
        return {
            "status": campaign.status,
            "creation_time": utc(campaign.created),
            "start_time": utc(campaign.start_at),
        }

    def get_campaigns(self, args: dict[str, Any]) -> Any:
        since = parse_utc(args["from"]) if args.get("from") else float("-inf")
        until = parse_utc(args["to"]) if args.get("to") else float("inf")
        chosen = [c for c in self.campaigns.values() if since <= c.start_at <= until]
        offset = args.get("offset", 0)
        return [
            {
                "id": c.id,
                "start_time": utc(c.start_at),
                "status": c.status,
                "message_id": c.message.id,
                "list_id": c.message.list_id,
                "subject": "",
                "sender_name": "",
                "sender_email": "",
                "stats_url": f"{self._base}/campaigns/{c.id}",
            }
            for c in chosen[offset : offset + args.get("limit", 50)]
        ]

    # Partner methods.
    def validate_sender(self, args: dict[str, Any]) -> Any:
        self._user(args.get("login"))
        if args["email"].lower().endswith("@gmail.com"):
            raise Fault(
                "invalid_arg",
                f"SZ151225-04 [You cannot send mailings from: {args['email']} due to DMARC policy]",
            )
        return {"message": "Confirmation letter was sent"}

    def checked_emails(self, args: dict[str, Any]) -> Any:
        user = self._user(args["login"])
        return [{"email": user.email, "name": user.login, "is_checked": True}]

    def register(self, args: dict[str, Any]) -> Any:
        login = args.get("login") or args["email"].split("@")[0]
        if login in self.users or login == self.account.login:
            raise Fault("invalid_arg", f"Login {login!r} is taken")
        timezone = args.get("timezone", "UTC")
        if timezone not in ("UTC", "Europe/Moscow", "Europe/Kyiv", "Europe/Berlin"):
            self._warnings.append("Unknown timezone, UTC is used")
        self.users[login] = Account(login, args["email"], 0.0, registered=self.clock.now())
        return {"api_key": uuid.uuid4().hex, "user_id": self._new_id(), "login": login}

    def user_exists(self, args: dict[str, Any]) -> Any:
        accounts = [self.account, *self.users.values()]
        return {
            "login_exists": int(any(a.login == args.get("login") for a in accounts)),
            "email_exists": int(any(a.email == args.get("email") for a in accounts)),
        }

    def _info(self, user: Account) -> dict[str, Any]:
        return {
            "login": user.login,
            "email": user.email,
            "reg_time": utc(user.registered),
            "master": "",
            "balance": user.balance,
            "currency": user.currency,
            "tariff_id": user.tariff_id,
            "timezone": "UTC",
        }

    def user_info(self, args: dict[str, Any]) -> Any:
        return self._info(self._user(args.get("login")))

    def get_users(self, args: dict[str, Any]) -> Any:
        since = parse_utc(args["registered_after"]) if args.get("registered_after") else None
        until = parse_utc(args["registered_before"]) if args.get("registered_before") else None
        return [
            self._info(u)
            for u in self.users.values()
            if (since is None or u.registered >= since) and (until is None or u.registered <= until)
        ]

    def transfer_money(self, args: dict[str, Any]) -> Any:
        by_email = {a.email: a for a in (self.account, *self.users.values())}
        source, target = by_email.get(args["source_email"]), by_email.get(args["target_email"])
        if source is None or target is None:
            raise Fault("invalid_arg", "Both users must be linked to the reseller")
        amount = float(args["sum"])
        if amount > source.balance:
            raise Fault(
                "unspecified",
                f"Your account balance is only {source.balance:.2f} usd, "
                f"and you want to transfer {amount:.2f} usd",
            )
        before = (source.balance, target.balance)
        source.balance = round(source.balance - amount, 4)
        target.balance = round(target.balance + amount, 4)
        return {
            "source_old_balance": before[0],
            "source_new_balance": source.balance,
            "source_currency": source.currency,
            "target_old_balance": before[1],
            "target_new_balance": target.balance,
            "target_currency": target.currency,
        }

    def tariffs(self, args: dict[str, Any]) -> Any:
        self._user(args.get("login"))
        return [{"tariff_id": 1, "name": "Free"}, {"tariff_id": 7, "name": "SMS start"}]

    def change_tariff(self, args: dict[str, Any]) -> Any:
        user = self._user(args["login"])
        if args["tariff_id"] not in (1, 7):
            raise Fault(None, "Tariff not available")
        user.tariff_id = args["tariff_id"]
        now = self.clock.now()
        return {
            "tariff_id": user.tariff_id,
            "charged_sum": 0,
            "charged_bonus": 0,
            "start_time": utc(now),
            "end_time": utc(now + 30 * 86400),
        }

    def set_sender_domain(self, args: dict[str, Any]) -> Any:
        self._user(args["username"])
        if args["domain"] in self.domains:
            raise Fault(None, "OB20150818-02 [Domain already exists]")
        self.domains[args["domain"]] = f"v=DKIM1; k=rsa; p={uuid.uuid4().hex}"
        return {"dkim": self.domains[args["domain"]]}

    def sender_domains(self, args: dict[str, Any]) -> Any:
        self._user(args["username"])
        chosen = [d for d in self.domains if args.get("domain") in (None, d)]
        offset = args.get("offset", 0)
        page = chosen[offset : offset + args["limit"]] if "limit" in args else chosen[offset:]
        return {
            "status": "success",
            "domains": [{"Domain": d, "Status": "active", "key": self.domains[d]} for d in page],
        }
