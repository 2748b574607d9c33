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

T = TypeVar("T", bound="MessageStatus")


@_attrs_define
class MessageStatus:
    """
    Attributes:
        status (StatusCode | str): See `StatusCode`; some servers send it as a string.
        last_date (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
        last_timestamp (int | Unset):
        flag (int | Unset): Bits 0-3 message type, bit 5 paid from the second balance, bit 8 template, bits 9-10
            template type.
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
        id (int | str | Unset): An id; a number in SMSC's JSON, a string when the client gave a string id.
        phone (str | Unset):
        send_date (str | Unset): `DD.MM.YYYY hh:mm:ss`, Moscow time (*unconfirmed*: possibly the account's zone).
        send_timestamp (int | Unset):
        cost (float | str | Unset): An amount; a string in SMSC's JSON (`"0.4"`), a number in some replies.
        sender_id (str | Unset):
        status_name (str | Unset):
        message (str | Unset):
        comment (str | Unset):
        type_ (int | Unset): 0 SMS, 1 flash, 2 binary, 3 WAP-push, 4 HLR, 5 ping, 6 MMS, 7 call, 8 e-mail, 10 Viber, 12
            social; others possible.
        sms_cnt (int | Unset):
        country (str | Unset):
        operator (str | Unset):
        operator_orig (str | Unset):
        region (str | Unset):
        mccmnc (str | Unset):
        imsi (str | Unset):
        msc (str | Unset):
        mcc (str | Unset):
        mnc (str | Unset):
        cn (str | Unset):
        net (str | Unset):
        rcn (str | Unset):
        rnet (str | Unset):
    """

    status: StatusCode | str
    last_date: str | Unset = UNSET
    last_timestamp: int | Unset = UNSET
    flag: int | Unset = UNSET
    err: DeliveryErrorCode | Unset = UNSET
    id: int | str | Unset = UNSET
    phone: str | Unset = UNSET
    send_date: str | Unset = UNSET
    send_timestamp: int | Unset = UNSET
    cost: float | str | Unset = UNSET
    sender_id: str | Unset = UNSET
    status_name: str | Unset = UNSET
    message: str | Unset = UNSET
    comment: str | Unset = UNSET
    type_: int | Unset = UNSET
    sms_cnt: int | Unset = UNSET
    country: str | Unset = UNSET
    operator: str | Unset = UNSET
    operator_orig: str | Unset = UNSET
    region: str | Unset = UNSET
    mccmnc: str | Unset = UNSET
    imsi: str | Unset = UNSET
    msc: str | Unset = UNSET
    mcc: str | Unset = UNSET
    mnc: str | Unset = UNSET
    cn: str | Unset = UNSET
    net: str | Unset = UNSET
    rcn: str | Unset = UNSET
    rnet: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: int | str
        if isinstance(self.status, int):
            status = self.status
        else:
            status = self.status

        last_date = self.last_date

        last_timestamp = self.last_timestamp

        flag = self.flag

        err: int | Unset = UNSET
        if not isinstance(self.err, Unset):
            err = self.err

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        phone = self.phone

        send_date = self.send_date

        send_timestamp = self.send_timestamp

        cost: float | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        sender_id = self.sender_id

        status_name = self.status_name

        message = self.message

        comment = self.comment

        type_ = self.type_

        sms_cnt = self.sms_cnt

        country = self.country

        operator = self.operator

        operator_orig = self.operator_orig

        region = self.region

        mccmnc = self.mccmnc

        imsi = self.imsi

        msc = self.msc

        mcc = self.mcc

        mnc = self.mnc

        cn = self.cn

        net = self.net

        rcn = self.rcn

        rnet = self.rnet

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
        if flag is not UNSET:
            field_dict["flag"] = flag
        if err is not UNSET:
            field_dict["err"] = err
        if id is not UNSET:
            field_dict["id"] = id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if send_date is not UNSET:
            field_dict["send_date"] = send_date
        if send_timestamp is not UNSET:
            field_dict["send_timestamp"] = send_timestamp
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if message is not UNSET:
            field_dict["message"] = message
        if comment is not UNSET:
            field_dict["comment"] = comment
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sms_cnt is not UNSET:
            field_dict["sms_cnt"] = sms_cnt
        if country is not UNSET:
            field_dict["country"] = country
        if operator is not UNSET:
            field_dict["operator"] = operator
        if operator_orig is not UNSET:
            field_dict["operator_orig"] = operator_orig
        if region is not UNSET:
            field_dict["region"] = region
        if mccmnc is not UNSET:
            field_dict["mccmnc"] = mccmnc
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msc is not UNSET:
            field_dict["msc"] = msc
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if cn is not UNSET:
            field_dict["cn"] = cn
        if net is not UNSET:
            field_dict["net"] = net
        if rcn is not UNSET:
            field_dict["rcn"] = rcn
        if rnet is not UNSET:
            field_dict["rnet"] = rnet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_status(data: object) -> StatusCode | str:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                status_type_0 = check_status_code(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StatusCode | str, data)

        status = _parse_status(d.pop("status"))

        last_date = d.pop("last_date", UNSET)

        last_timestamp = d.pop("last_timestamp", UNSET)

        flag = d.pop("flag", UNSET)

        _err = d.pop("err", UNSET)
        err: DeliveryErrorCode | Unset
        if isinstance(_err, Unset):
            err = UNSET
        else:
            err = check_delivery_error_code(_err)

        id = cast(int | str | Unset, d.pop("id", UNSET))

        phone = d.pop("phone", UNSET)

        send_date = d.pop("send_date", UNSET)

        send_timestamp = d.pop("send_timestamp", UNSET)

        cost = cast(float | str | Unset, d.pop("cost", UNSET))

        sender_id = d.pop("sender_id", UNSET)

        status_name = d.pop("status_name", UNSET)

        message = d.pop("message", UNSET)

        comment = d.pop("comment", UNSET)

        type_ = d.pop("type", UNSET)

        sms_cnt = d.pop("sms_cnt", UNSET)

        country = d.pop("country", UNSET)

        operator = d.pop("operator", UNSET)

        operator_orig = d.pop("operator_orig", UNSET)

        region = d.pop("region", UNSET)

        mccmnc = d.pop("mccmnc", UNSET)

        imsi = d.pop("imsi", UNSET)

        msc = d.pop("msc", UNSET)

        mcc = d.pop("mcc", UNSET)

        mnc = d.pop("mnc", UNSET)

        cn = d.pop("cn", UNSET)

        net = d.pop("net", UNSET)

        rcn = d.pop("rcn", UNSET)

        rnet = d.pop("rnet", UNSET)

        message_status = cls(
            status=status,
            last_date=last_date,
            last_timestamp=last_timestamp,
            flag=flag,
            err=err,
            id=id,
            phone=phone,
            send_date=send_date,
            send_timestamp=send_timestamp,
            cost=cost,
            sender_id=sender_id,
            status_name=status_name,
            message=message,
            comment=comment,
            type_=type_,
            sms_cnt=sms_cnt,
            country=country,
            operator=operator,
            operator_orig=operator_orig,
            region=region,
            mccmnc=mccmnc,
            imsi=imsi,
            msc=msc,
            mcc=mcc,
            mnc=mnc,
            cn=cn,
            net=net,
            rcn=rcn,
            rnet=rnet,
        )

        message_status.additional_properties = d
        return message_status

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
