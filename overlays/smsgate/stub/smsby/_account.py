"""The SMS.by stub's other operations: account and invoices, alpha names, mailing lists,
two-factor codes, FlashCall and Viber."""

from __future__ import annotations

import hmac
import math
import string
import uuid
from typing import Any

from starlette.responses import Response

from ._records import CATEGORIES, Flash, PasswordObject, Refusal, minsk, money, not_found
from ._state import Account


class AccountOperations(Account):
    # Account.
    def read_balance(self, args: dict[str, Any]) -> Any:
        balance = {"balance": money(self.balance), "viber_balance": money(self.viber_balance)}
        return {"status": "OK", "currency": "BYN", "result": [balance]}

    def read_limit(self, args: dict[str, Any]) -> Any:
        return {"limit": int(self.balance / self.price) if self.price else 0}

    def read_bills(self, args: dict[str, Any]) -> Any:
        per_page, page = 15, args.get("page", 1)
        last = max(1, math.ceil(len(self.bills) / per_page))
        chunk = self.bills[(page - 1) * per_page : page * per_page]
        return {
            "status": "success",
            "data": {
                "total": len(self.bills),
                "per_page": per_page,
                "current_page": page,
                "last_page": last,
                "next_page_url": f"/api/v1/getBills?page={page + 1}" if page < last else None,
                "prev_page_url": f"/api/v1/getBills?page={page - 1}" if page > 1 else None,
                "from": (page - 1) * per_page + 1 if chunk else None,
                "to": (page - 1) * per_page + len(chunk) if chunk else None,
                "data": [{**bill, "info": "", "rent": "0"} for bill in chunk],
            },
        }

    def create_bill(self, args: dict[str, Any]) -> Any:
        if args["amount_type"] == "viber" and "type" not in args:
            raise Refusal("type is required for viber")
        ident = self._next()
        bill = {
            "id": ident,
            "user_id": 7,
            "d_create": str(int(self.clock.now())),
            "d_payment": 0,
            "amount": str(args["amount"]),
            "manager_id": 0,
            "comment": "",
            "type": args["amount_type"],
            "number": str(ident),
        }
        self.bills.append(bill)
        return {"status": "success", "data": {**bill, "info": 0, "rent": 0}}

    def download_bill(self, args: dict[str, Any]) -> Any:
        if not any(str(b["id"]) == args["bill_id"] for b in self.bills):
            raise not_found()
        content = f"%PDF-1.4\n% SMS.by invoice {args['bill_id']}\n".encode()
        return Response(content, media_type="application/octet-stream")

    def edit_password(self, args: dict[str, Any]) -> Any:
        if not hmac.compare_digest(args["password"].encode(), self.password.encode()):
            raise Refusal("The current password is wrong")
        if args["password_new"] != args["re_password_new"]:
            raise Refusal("The new passwords do not match")
        self.password = args["password_new"]
        return {"status": "success"}

    def edit_notification(self, args: dict[str, Any]) -> Any:
        self.notifications.update({k: v for k, v in args.items() if k != "operation"})
        return {"status": "success", "data": self.notifications}

    # Alpha names.
    def read_alphanames(self, args: dict[str, Any]) -> Any:
        return {
            str(k): name for k, (name, requested) in self.alphanames.items() if requested is None
        }

    def alphaname_id(self, args: dict[str, Any]) -> Any:
        for ident, (name, requested) in self.alphanames.items():
            if name == args["name"] and requested is None:
                return {"id": ident}
        raise not_found()

    def categories(self, args: dict[str, Any]) -> Any:
        return {"status": "OK", "result": [{"id": i, "name": n} for i, n in CATEGORIES]}

    def create_alphaname(self, args: dict[str, Any]) -> Any:
        if any(name == args["name"] for name, _ in self.alphanames.values()):
            raise Refusal("This alphaname already exists")
        ident = max(self.alphanames) + 1
        self.alphanames[ident] = (args["name"], self.clock.now())
        return {"status": "OK", "alphaname_id": ident}

    # Mailing lists.
    def create_list(self, args: dict[str, Any]) -> Any:
        ident = self._next()
        self.lists[ident] = (args["name"], [])
        return {"status": "OK", "result": {"list_id": ident}}

    def import_contacts(self, args: dict[str, Any]) -> Any:
        listed = self.lists.get(args["list_id"])
        if listed is None:
            raise not_found()
        names = args["field_names"]
        if not {"phone", "email"} & set(names):
            raise Refusal("field_names must contain phone or email")
        inserted = updated = 0
        log = []
        for index, row in enumerate(args["data"]):
            contact = dict(zip(names, row, strict=False))
            phone = contact.get("phone", "")
            if (phone and not (phone.isdigit() and 9 <= len(phone) <= 15)) or not (
                phone or contact.get("email")
            ):
                log.append({"index": index, "error_message": "invalid phone or email"})
                continue
            key = "phone" if phone else "email"
            match = next((c for c in listed[1] if c.get(key) == contact[key]), None)
            if match is None:
                listed[1].append(contact)
                inserted += 1
            else:
                match.update(contact)
                updated += 1
        result = {"inserted": inserted, "updated": updated, "invalid": len(log), "log": log}
        return {"status": "OK", "result": result}

    def read_lists(self, args: dict[str, Any]) -> Any:
        return {
            "status": "OK",
            "result": [{"list_id": k, "name": n} for k, (n, _) in self.lists.items()],
        }

    # Two-factor codes.
    def _password_object(self, args: dict[str, Any]) -> PasswordObject:
        found = self.password_objects.get(args["id"])
        if found is None:
            raise not_found()
        return found

    def _shown(self, item: PasswordObject) -> dict[str, Any]:
        return {
            "id": item.id,
            "type_id": item.type_id,
            "len": item.length,
            "d_create": minsk(item.created),
        }

    def create_password_object(self, args: dict[str, Any]) -> Any:
        item = PasswordObject(self._next(), args["type_id"], args["len"], self.clock.now())
        self.password_objects[item.id] = item
        return {"result": {"password_object_id": item.id}}

    def read_password_objects(self, args: dict[str, Any]) -> Any:
        return {"result": [self._shown(item) for item in self.password_objects.values()]}

    def read_password_object(self, args: dict[str, Any]) -> Any:
        return {"result": self._shown(self._password_object(args))}

    def edit_password_object(self, args: dict[str, Any]) -> Any:
        item = self._password_object(args)
        item.type_id, item.length = args["type_id"], args["len"]
        return {"result": "1"}

    def delete_password_object(self, args: dict[str, Any]) -> Any:
        del self.password_objects[self._password_object(args).id]
        return {"result": "1"}

    def send_code(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        item = self.password_objects.get(args["password_object_id"])
        if item is None:
            raise not_found()
        self._approved_alphaname(args.get("alphaname_id", 0))
        alphabet = {
            "letters": string.ascii_letters,
            "numbers": string.digits,
            "both": string.ascii_letters + string.digits,
        }[item.type_id]
        code = "".join(self.random.choice(alphabet) for _ in range(item.length))
        text = args["message"].replace("%CODE%", code)
        sms = self._single(args["phone"], text)
        reply = {
            "status": "ok",
            "parts": sms.parts,
            "len": len(text),
            "sms_id": self._id(sms.id),
            "code": code,
        }
        return [reply] if self.wire == "old" else reply

    # FlashCall.
    def flash_call(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        self._charge(self.price)
        code = str(args.get("code", self.random.randrange(1000, 10000)))
        valid = args.get("time_valid", 90)
        flash = Flash(
            uuid.UUID(int=self.random.getrandbits(128)).hex,
            args["phone"],
            code,
            args.get("attempt", 3),
            self.clock.now() + valid,
        )
        self.flashes[flash.fclid] = flash
        data = {
            "code": code,
            "phone": flash.phone,
            "time_valid": str(valid),
            "fclid": flash.fclid,
            "attempt": flash.attempts,
        }
        return {"status": "success", "data": data}

    def confirm_flash_call(self, args: dict[str, Any]) -> Any:
        flash = self.flashes.get(args["fclid"])
        if flash is None or flash.phone != args["phone"]:
            return {"status": "error", "message": "Call not found"}
        if flash.activated is not None:
            return {"status": "error", "message": "Code already confirmed"}
        if self.clock.now() > flash.valid_until:
            return {"status": "error", "message": "Code expired"}
        if flash.attempts < 1:
            return {"status": "error", "message": "No attempts left"}
        if str(args["code"]) != flash.code:
            flash.attempts -= 1
            return {"status": "error", "message": "Wrong code"}
        flash.activated = self.clock.now()
        data = {
            "fclid": flash.fclid,
            "phone": flash.phone,
            "activated_at": minsk(flash.activated),
            "valid": 1,
            "quantity": 1,
        }
        return {"status": "success", "message": "Code confirmed", "data": data}

    # Viber.
    def send_viber(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        self._viber_sender(args["vibername_id"])
        if args.get("type_message") in ("IMAGE", "BUTTON") and "image" not in args:
            raise Refusal("image is required for IMAGE and BUTTON messages")
        sms = self._single(args["phone"], args["message"], viber=True)
        self.viber_messages[sms.id] = {"viber_id": sms.id, "phone": sms.phone, "message": sms.text}
        return {"status": "OK", "result": {"viber_id": sms.id}}

    def send_viber_to_list(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        listed = self.lists.get(args["list_id"])
        if listed is None:
            raise not_found()
        self._viber_sender(args["vibername_id"])
        ident = self._next()
        self.viber_messages[ident] = {
            "viber_id": ident,
            "list_id": args["list_id"],
            "message": args["message"],
        }
        return {"status": "OK", "result": {"viber_id": ident}}

    def read_viber_messages(self, args: dict[str, Any]) -> Any:
        return {"status": "OK", "result": list(self.viber_messages.values())}

    def read_vibernames(self, args: dict[str, Any]) -> Any:
        return {str(k): name for k, name in self.vibernames.items()}

    def create_viber_message(self, args: dict[str, Any]) -> Any:
        self._viber_sender(args["vibername_id"])
        ident = self._next()
        self.viber_messages[ident] = {"viber_message_id": ident, "message": args["message"]}
        return {"status": "OK", "viber_message_id": ident}

    def send_viber_message(self, args: dict[str, Any]) -> Any:
        self.sends_received += 1
        created = self.viber_messages.get(args["viber_message_id"])
        if created is None or "viber_message_id" not in created:
            raise not_found()
        sms = self._single(args["phone"], created["message"], viber=True)
        return {"status": "OK", "viber_id": sms.id}
