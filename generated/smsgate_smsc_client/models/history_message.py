# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_error_code import DeliveryErrorCode, check_delivery_error_code
from ..models.status_code import StatusCode, check_status_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryMessage")


@_attrs_define
class HistoryMessage:
    """One sent message; keys beyond the first six are *unconfirmed*.

    Attributes:
        status (StatusCode): Message status. -3, 1, 2, 3, 4 and 20-25 are final (a delivered SMS with a short link
            may still move to 4); -2, -1 and 0 are not.

            | code | meaning |
            |---|---|
            | -3 | message not found |
            | -2 | stopped |
            | -1 | waiting to be sent |
            | 0 | transferred to the operator |
            | 1 | delivered |
            | 2 | read (e-mail) |
            | 3 | expired |
            | 4 | link clicked |
            | 20 | impossible to deliver |
            | 22 | wrong number |
            | 23 | prohibited |
            | 24 | insufficient funds |
            | 25 | unavailable number |
        last_date (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
        last_timestamp (int | Unset):
        err (DeliveryErrorCode | Unset): The delivery error (`err`) of a status; the table comes from third-party
            clients that
            quote SMSC's "error codes in the status" page.

            | code | meaning |
            |---|---|
            | 0 | no error |
            | 1 | subscriber does not exist |
            | 2 | (e-mail) mailbox full |
            | 3 | (e-mail) mail server not found |
            | 4 | (e-mail) mailbox blocked |
            | 6 | subscriber not in network |
            | 11 | no SMS service |
            | 12 | error in the handset |
            | 13 | subscriber blocked |
            | 21 | service not supported by the handset |
            | 200 | virtual send (test mode) |
            | 219 | SIM card replaced |
            | 220 | operator queue overflow |
            | 237 | did not answer (call) |
            | 238 | no template |
            | 239 | forbidden sender IP |
            | 240 | busy (call) |
            | 241 | conversion error, not all parts sent |
            | 242 | answering machine (call) |
            | 243 | no contract |
            | 244 | mailing prohibited |
            | 245 | status not received |
            | 246 | time restriction |
            | 247 | message limit exceeded |
            | 248 | no route |
            | 249 | wrong number format |
            | 250 | number forbidden by settings |
            | 251 | per-number daily limit exceeded |
            | 252 | number forbidden |
            | 253 | spam filter |
            | 254 | unregistered sender ID |
            | 255 | rejected by the operator |
        send_date (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
        send_timestamp (int | Unset):
        phone (str | Unset):
        cost (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        sender_id (str | Unset):
        status_name (str | Unset):
        message (str | Unset):
        id (int | str | Unset): An id; a number in SMSC's JSON, a string when the client gave a string id.
        int_id (int | Unset): The global id that `prev_id` pages by.
        sms_cnt (int | Unset):
        type_ (int | Unset):
    """

    status: StatusCode
    last_date: str | Unset = UNSET
    last_timestamp: int | Unset = UNSET
    err: DeliveryErrorCode | Unset = UNSET
    send_date: str | Unset = UNSET
    send_timestamp: int | Unset = UNSET
    phone: str | Unset = UNSET
    cost: float | str | Unset = UNSET
    sender_id: str | Unset = UNSET
    status_name: str | Unset = UNSET
    message: str | Unset = UNSET
    id: int | str | Unset = UNSET
    int_id: int | Unset = UNSET
    sms_cnt: int | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int = self.status

        last_date = self.last_date

        last_timestamp = self.last_timestamp

        err: int | Unset = UNSET
        if not isinstance(self.err, Unset):
            err = self.err

        send_date = self.send_date

        send_timestamp = self.send_timestamp

        phone = self.phone

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        sender_id = self.sender_id

        status_name = self.status_name

        message = self.message

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        int_id = self.int_id

        sms_cnt = self.sms_cnt

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if last_date is not UNSET:
            field_dict["last_date"] = last_date
        if last_timestamp is not UNSET:
            field_dict["last_timestamp"] = last_timestamp
        if err is not UNSET:
            field_dict["err"] = err
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if send_timestamp is not UNSET:
            field_dict["send_timestamp"] = send_timestamp
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if message is not UNSET:
            field_dict["message"] = message
        if id is not UNSET:
            field_dict["id"] = id
        if int_id is not UNSET:
            field_dict["int_id"] = int_id
        if sms_cnt is not UNSET:
            field_dict["sms_cnt"] = sms_cnt
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = check_status_code(d.pop("status"))

        last_date = d.pop("last_date", UNSET)

        last_timestamp = d.pop("last_timestamp", UNSET)

        _err = d.pop("err", UNSET)
        err: DeliveryErrorCode | Unset
        if isinstance(_err, Unset):
            err = UNSET
        else:
            err = check_delivery_error_code(_err)

        send_date = d.pop("send_date", UNSET)

        send_timestamp = d.pop("send_timestamp", UNSET)

        phone = d.pop("phone", UNSET)

        cost = cast(float | str | Unset, d.pop("cost", UNSET))

        sender_id = d.pop("sender_id", UNSET)

        status_name = d.pop("status_name", UNSET)

        message = d.pop("message", UNSET)

        id = cast(int | str | Unset, d.pop("id", UNSET))

        int_id = d.pop("int_id", UNSET)

        sms_cnt = d.pop("sms_cnt", UNSET)

        type_ = d.pop("type", UNSET)

        history_message = cls(
            status=status,
            last_date=last_date,
            last_timestamp=last_timestamp,
            err=err,
            send_date=send_date,
            send_timestamp=send_timestamp,
            phone=phone,
            cost=cost,
            sender_id=sender_id,
            status_name=status_name,
            message=message,
            id=id,
            int_id=int_id,
            sms_cnt=sms_cnt,
            type_=type_,
        )

        history_message.additional_properties = d
        return history_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
