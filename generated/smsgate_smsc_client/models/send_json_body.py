# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charset import Charset, check_charset
from ..models.format_ import Format, check_format
from ..models.send_json_body_bin import SendJsonBodyBin, check_send_json_body_bin
from ..models.send_json_body_cost import SendJsonBodyCost, check_send_json_body_cost
from ..models.send_json_body_translit import (
    SendJsonBodyTranslit,
    check_send_json_body_translit,
)
from ..models.toggle import Toggle, check_toggle
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendJsonBody")


@_attrs_define
class SendJsonBody:
    """
    Attributes:
        phones (str): Numbers separated by `,` or `;` (international, `+` optional); `G<group id>` sends to a contact
            group; e-mail addresses with `mail=1`; a Telegram nickname or `#ID` for Telegram.
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        mes (str | Unset): Text, at most 1000 characters; 160 Latin / 70 Cyrillic characters per SMS, 153 / 67 per part
            of a long one. Not used with `hlr=1` or `ping=1`; `code` with `call=1` makes SMSC generate and speak a code.
        id (str | Unset): The client's message id: an integer 1..2147483647 or up to 40 characters of `A-Za-z0-9.-_`. A
            label for status lookups (which key on id + phone), **not** an idempotency key: SMSC does not deduplicate by it.
            `0`, which SMSC's own libraries send on every send, means no id: SMSC assigns one, as when `id` is absent.
        sender (str | Unset): A registered sender name (11 Latin characters or 15 digits); empty or `.` disables the
            default sender.
        translit (SendJsonBodyTranslit | Unset): 0 none, 1 translit, 2 `mpaHc/Ium` style.
        tinyurl (Toggle | Unset):
        time (str | Unset): Delivery time: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2` (an hour window), `0<unix ts>` or
            `+<minutes>`; a bad format is error 5.
        tz (int | Unset): The zone of `time`, in hours relative to Moscow.
        period (float | Unset): Spread a mass send over this many hours (with `freq`).
        freq (int | Unset): Minutes between batches of a spread send.
        flash (Toggle | Unset):
        bin_ (SendJsonBodyBin | Unset): 1 binary (UDH first), 2 binary as hex.
        push (Toggle | Unset):
        hlr (Toggle | Unset):
        ping (Toggle | Unset):
        mms (Toggle | Unset):
        mail (Toggle | Unset):
        soc (Toggle | Unset):
        viber (Toggle | Unset):
        tg (Toggle | Unset):
        bot (str | Unset): Telegram bot `@name_bot` (*unconfirmed*).
        whatsapp (Toggle | Unset):
        call (Toggle | Unset):
        voice (str | Unset): Voice: `m` (default), `m2`-`m4`, `w`-`w4`, optional language suffix (`w,en`).
        param (str | Unset): Call settings `<wait s>,<redial interval s>,<attempts>`.
        fileurl (str | Unset): A file to fetch and attach (MMS, call, e-mail).
        subj (str | Unset): Subject (MMS, e-mail).
        valid (str | Unset): Validity: hours 1..24 or `hh:mm`.
        maxsms (int | Unset): At most this many parts; a longer text is cut.
        imgcode (str | Unset): A captcha answer for the anti-spam check (with `userip`).
        userip (str | Unset): The end user's IP, for the per-IP daily limit.
        err (Toggle | Unset):
        op (Toggle | Unset):
        pp (str | Unset): A partner id for this request only.
        smsreq (int | Unset): Ask to re-confirm numbers not confirmed for this many days (*unconfirmed*).
        nl (Toggle | Unset):
        cost (SendJsonBodyCost | Unset): 0 send; 2 send and add the cost to the reply; 3 also the new balance. (1, the
            estimate, is `getPrice`.)
    """

    phones: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    mes: str | Unset = UNSET
    id: str | Unset = UNSET
    sender: str | Unset = UNSET
    translit: SendJsonBodyTranslit | Unset = UNSET
    tinyurl: Toggle | Unset = UNSET
    time: str | Unset = UNSET
    tz: int | Unset = UNSET
    period: float | Unset = UNSET
    freq: int | Unset = UNSET
    flash: Toggle | Unset = UNSET
    bin_: SendJsonBodyBin | Unset = UNSET
    push: Toggle | Unset = UNSET
    hlr: Toggle | Unset = UNSET
    ping: Toggle | Unset = UNSET
    mms: Toggle | Unset = UNSET
    mail: Toggle | Unset = UNSET
    soc: Toggle | Unset = UNSET
    viber: Toggle | Unset = UNSET
    tg: Toggle | Unset = UNSET
    bot: str | Unset = UNSET
    whatsapp: Toggle | Unset = UNSET
    call: Toggle | Unset = UNSET
    voice: str | Unset = UNSET
    param: str | Unset = UNSET
    fileurl: str | Unset = UNSET
    subj: str | Unset = UNSET
    valid: str | Unset = UNSET
    maxsms: int | Unset = UNSET
    imgcode: str | Unset = UNSET
    userip: str | Unset = UNSET
    err: Toggle | Unset = UNSET
    op: Toggle | Unset = UNSET
    pp: str | Unset = UNSET
    smsreq: int | Unset = UNSET
    nl: Toggle | Unset = UNSET
    cost: SendJsonBodyCost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phones = self.phones

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        mes = self.mes

        id = self.id

        sender = self.sender

        translit: int | Unset = UNSET
        if not isinstance(self.translit, Unset):
            translit = self.translit

        tinyurl: int | Unset = UNSET
        if not isinstance(self.tinyurl, Unset):
            tinyurl = self.tinyurl

        time = self.time

        tz = self.tz

        period = self.period

        freq = self.freq

        flash: int | Unset = UNSET
        if not isinstance(self.flash, Unset):
            flash = self.flash

        bin_: int | Unset = UNSET
        if not isinstance(self.bin_, Unset):
            bin_ = self.bin_

        push: int | Unset = UNSET
        if not isinstance(self.push, Unset):
            push = self.push

        hlr: int | Unset = UNSET
        if not isinstance(self.hlr, Unset):
            hlr = self.hlr

        ping: int | Unset = UNSET
        if not isinstance(self.ping, Unset):
            ping = self.ping

        mms: int | Unset = UNSET
        if not isinstance(self.mms, Unset):
            mms = self.mms

        mail: int | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = self.mail

        soc: int | Unset = UNSET
        if not isinstance(self.soc, Unset):
            soc = self.soc

        viber: int | Unset = UNSET
        if not isinstance(self.viber, Unset):
            viber = self.viber

        tg: int | Unset = UNSET
        if not isinstance(self.tg, Unset):
            tg = self.tg

        bot = self.bot

        whatsapp: int | Unset = UNSET
        if not isinstance(self.whatsapp, Unset):
            whatsapp = self.whatsapp

        call: int | Unset = UNSET
        if not isinstance(self.call, Unset):
            call = self.call

        voice = self.voice

        param = self.param

        fileurl = self.fileurl

        subj = self.subj

        valid = self.valid

        maxsms = self.maxsms

        imgcode = self.imgcode

        userip = self.userip

        err: int | Unset = UNSET
        if not isinstance(self.err, Unset):
            err = self.err

        op: int | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op

        pp = self.pp

        smsreq = self.smsreq

        nl: int | Unset = UNSET
        if not isinstance(self.nl, Unset):
            nl = self.nl

        cost: int | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phones": phones,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if mes is not UNSET:
            field_dict["mes"] = mes
        if id is not UNSET:
            field_dict["id"] = id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if translit is not UNSET:
            field_dict["translit"] = translit
        if tinyurl is not UNSET:
            field_dict["tinyurl"] = tinyurl
        if time is not UNSET:
            field_dict["time"] = time
        if tz is not UNSET:
            field_dict["tz"] = tz
        if period is not UNSET:
            field_dict["period"] = period
        if freq is not UNSET:
            field_dict["freq"] = freq
        if flash is not UNSET:
            field_dict["flash"] = flash
        if bin_ is not UNSET:
            field_dict["bin"] = bin_
        if push is not UNSET:
            field_dict["push"] = push
        if hlr is not UNSET:
            field_dict["hlr"] = hlr
        if ping is not UNSET:
            field_dict["ping"] = ping
        if mms is not UNSET:
            field_dict["mms"] = mms
        if mail is not UNSET:
            field_dict["mail"] = mail
        if soc is not UNSET:
            field_dict["soc"] = soc
        if viber is not UNSET:
            field_dict["viber"] = viber
        if tg is not UNSET:
            field_dict["tg"] = tg
        if bot is not UNSET:
            field_dict["bot"] = bot
        if whatsapp is not UNSET:
            field_dict["whatsapp"] = whatsapp
        if call is not UNSET:
            field_dict["call"] = call
        if voice is not UNSET:
            field_dict["voice"] = voice
        if param is not UNSET:
            field_dict["param"] = param
        if fileurl is not UNSET:
            field_dict["fileurl"] = fileurl
        if subj is not UNSET:
            field_dict["subj"] = subj
        if valid is not UNSET:
            field_dict["valid"] = valid
        if maxsms is not UNSET:
            field_dict["maxsms"] = maxsms
        if imgcode is not UNSET:
            field_dict["imgcode"] = imgcode
        if userip is not UNSET:
            field_dict["userip"] = userip
        if err is not UNSET:
            field_dict["err"] = err
        if op is not UNSET:
            field_dict["op"] = op
        if pp is not UNSET:
            field_dict["pp"] = pp
        if smsreq is not UNSET:
            field_dict["smsreq"] = smsreq
        if nl is not UNSET:
            field_dict["nl"] = nl
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phones = d.pop("phones")

        _fmt = d.pop("fmt", UNSET)
        fmt: Format | Unset
        if isinstance(_fmt, Unset):
            fmt = UNSET
        else:
            fmt = check_format(_fmt)

        _charset = d.pop("charset", UNSET)
        charset: Charset | Unset
        if isinstance(_charset, Unset):
            charset = UNSET
        else:
            charset = check_charset(_charset)

        mes = d.pop("mes", UNSET)

        id = d.pop("id", UNSET)

        sender = d.pop("sender", UNSET)

        _translit = d.pop("translit", UNSET)
        translit: SendJsonBodyTranslit | Unset
        if isinstance(_translit, Unset):
            translit = UNSET
        else:
            translit = check_send_json_body_translit(_translit)

        _tinyurl = d.pop("tinyurl", UNSET)
        tinyurl: Toggle | Unset
        if isinstance(_tinyurl, Unset):
            tinyurl = UNSET
        else:
            tinyurl = check_toggle(_tinyurl)

        time = d.pop("time", UNSET)

        tz = d.pop("tz", UNSET)

        period = d.pop("period", UNSET)

        freq = d.pop("freq", UNSET)

        _flash = d.pop("flash", UNSET)
        flash: Toggle | Unset
        if isinstance(_flash, Unset):
            flash = UNSET
        else:
            flash = check_toggle(_flash)

        _bin_ = d.pop("bin", UNSET)
        bin_: SendJsonBodyBin | Unset
        if isinstance(_bin_, Unset):
            bin_ = UNSET
        else:
            bin_ = check_send_json_body_bin(_bin_)

        _push = d.pop("push", UNSET)
        push: Toggle | Unset
        if isinstance(_push, Unset):
            push = UNSET
        else:
            push = check_toggle(_push)

        _hlr = d.pop("hlr", UNSET)
        hlr: Toggle | Unset
        if isinstance(_hlr, Unset):
            hlr = UNSET
        else:
            hlr = check_toggle(_hlr)

        _ping = d.pop("ping", UNSET)
        ping: Toggle | Unset
        if isinstance(_ping, Unset):
            ping = UNSET
        else:
            ping = check_toggle(_ping)

        _mms = d.pop("mms", UNSET)
        mms: Toggle | Unset
        if isinstance(_mms, Unset):
            mms = UNSET
        else:
            mms = check_toggle(_mms)

        _mail = d.pop("mail", UNSET)
        mail: Toggle | Unset
        if isinstance(_mail, Unset):
            mail = UNSET
        else:
            mail = check_toggle(_mail)

        _soc = d.pop("soc", UNSET)
        soc: Toggle | Unset
        if isinstance(_soc, Unset):
            soc = UNSET
        else:
            soc = check_toggle(_soc)

        _viber = d.pop("viber", UNSET)
        viber: Toggle | Unset
        if isinstance(_viber, Unset):
            viber = UNSET
        else:
            viber = check_toggle(_viber)

        _tg = d.pop("tg", UNSET)
        tg: Toggle | Unset
        if isinstance(_tg, Unset):
            tg = UNSET
        else:
            tg = check_toggle(_tg)

        bot = d.pop("bot", UNSET)

        _whatsapp = d.pop("whatsapp", UNSET)
        whatsapp: Toggle | Unset
        if isinstance(_whatsapp, Unset):
            whatsapp = UNSET
        else:
            whatsapp = check_toggle(_whatsapp)

        _call = d.pop("call", UNSET)
        call: Toggle | Unset
        if isinstance(_call, Unset):
            call = UNSET
        else:
            call = check_toggle(_call)

        voice = d.pop("voice", UNSET)

        param = d.pop("param", UNSET)

        fileurl = d.pop("fileurl", UNSET)

        subj = d.pop("subj", UNSET)

        valid = d.pop("valid", UNSET)

        maxsms = d.pop("maxsms", UNSET)

        imgcode = d.pop("imgcode", UNSET)

        userip = d.pop("userip", UNSET)

        _err = d.pop("err", UNSET)
        err: Toggle | Unset
        if isinstance(_err, Unset):
            err = UNSET
        else:
            err = check_toggle(_err)

        _op = d.pop("op", UNSET)
        op: Toggle | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = check_toggle(_op)

        pp = d.pop("pp", UNSET)

        smsreq = d.pop("smsreq", UNSET)

        _nl = d.pop("nl", UNSET)
        nl: Toggle | Unset
        if isinstance(_nl, Unset):
            nl = UNSET
        else:
            nl = check_toggle(_nl)

        _cost = d.pop("cost", UNSET)
        cost: SendJsonBodyCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = check_send_json_body_cost(_cost)

        send_json_body = cls(
            phones=phones,
            fmt=fmt,
            charset=charset,
            mes=mes,
            id=id,
            sender=sender,
            translit=translit,
            tinyurl=tinyurl,
            time=time,
            tz=tz,
            period=period,
            freq=freq,
            flash=flash,
            bin_=bin_,
            push=push,
            hlr=hlr,
            ping=ping,
            mms=mms,
            mail=mail,
            soc=soc,
            viber=viber,
            tg=tg,
            bot=bot,
            whatsapp=whatsapp,
            call=call,
            voice=voice,
            param=param,
            fileurl=fileurl,
            subj=subj,
            valid=valid,
            maxsms=maxsms,
            imgcode=imgcode,
            userip=userip,
            err=err,
            op=op,
            pp=pp,
            smsreq=smsreq,
            nl=nl,
            cost=cost,
        )

        send_json_body.additional_properties = d
        return send_json_body

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
