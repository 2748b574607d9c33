# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charset import Charset, check_charset
from ..models.format_ import Format, check_format
from ..models.jobs_add_body_bin import JobsAddBodyBin, check_jobs_add_body_bin
from ..models.jobs_add_body_cost import JobsAddBodyCost, check_jobs_add_body_cost
from ..models.jobs_add_body_rpt import JobsAddBodyRpt, check_jobs_add_body_rpt
from ..models.jobs_add_body_translit import (
    JobsAddBodyTranslit,
    check_jobs_add_body_translit,
)
from ..models.toggle import Toggle, check_toggle
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsAddBody")


@_attrs_define
class JobsAddBody:
    """
    Attributes:
        add (Literal[1]): The command flag; SMSC selects the command by it.
        name (str):
        fmt (Format | Unset): Reply format: `0` human-readable string (default), `1` comma-separated values,
            `2` XML, `3` JSON.
        charset (Charset | Unset): How SMSC decodes the parameters and encodes the reply; `windows-1251` by default.
        phones (str | Unset): Numbers separated by `,` or `;` (international, `+` optional); `G<group id>` sends to a
            contact group; e-mail addresses with `mail=1`; a Telegram nickname or `#ID` for Telegram.
        list_ (str | Unset): Personal messages, one per line: `<phones>:<message>`; a newline inside a message is
            written `\\n` (or use `nl=1`). A per-line sender form `<sender>[,<tz>]|<phones>:<message>` is *unconfirmed*.
        mes (str | Unset): Text, at most 1000 characters; 160 Latin / 70 Cyrillic characters per SMS, 153 / 67 per part
            of a long one. Not used with `hlr=1` or `ping=1`; `code` with `call=1` makes SMSC generate and speak a code.
        sender (str | Unset): A registered sender name (11 Latin characters or 15 digits); empty or `.` disables the
            default sender.
        translit (JobsAddBodyTranslit | Unset): 0 none, 1 translit, 2 `mpaHc/Ium` style.
        tinyurl (Toggle | Unset):
        time (str | Unset): Delivery time: `DDMMYYhhmm`, `DD.MM.YY hh:mm`, `h1-h2` (an hour window), `0<unix ts>` or
            `+<minutes>`; a bad format is error 5.
        tz (int | Unset): The zone of `time`, in hours relative to Moscow.
        period (float | Unset): Spread a mass send over this many hours (with `freq`).
        freq (int | Unset): Minutes between batches of a spread send.
        flash (Toggle | Unset):
        bin_ (JobsAddBodyBin | Unset): 1 binary (UDH first), 2 binary as hex.
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
        cost (JobsAddBodyCost | Unset): 1 adds the cost.
        rpt (JobsAddBodyRpt | Unset): Repeat: 0 manual, 1 hourly, 2 daily, 3 working days, 4 weekends, 5 weekly, 6
            monthly, 7 yearly.
        rptn (int | Unset):
        sender2 (str | Unset):
        mes2 (str | Unset):
        tpl (str | Unset):
    """

    add: Literal[1]
    name: str
    fmt: Format | Unset = UNSET
    charset: Charset | Unset = UNSET
    phones: str | Unset = UNSET
    list_: str | Unset = UNSET
    mes: str | Unset = UNSET
    sender: str | Unset = UNSET
    translit: JobsAddBodyTranslit | Unset = UNSET
    tinyurl: Toggle | Unset = UNSET
    time: str | Unset = UNSET
    tz: int | Unset = UNSET
    period: float | Unset = UNSET
    freq: int | Unset = UNSET
    flash: Toggle | Unset = UNSET
    bin_: JobsAddBodyBin | Unset = UNSET
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
    cost: JobsAddBodyCost | Unset = UNSET
    rpt: JobsAddBodyRpt | Unset = UNSET
    rptn: int | Unset = UNSET
    sender2: str | Unset = UNSET
    mes2: str | Unset = UNSET
    tpl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = self.add

        name = self.name

        fmt: int | Unset = UNSET
        if not isinstance(self.fmt, Unset):
            fmt = self.fmt

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset

        phones = self.phones

        list_ = self.list_

        mes = self.mes

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

        cost: int | Unset = UNSET
        if not isinstance(self.cost, Unset):
            cost = self.cost

        rpt: int | Unset = UNSET
        if not isinstance(self.rpt, Unset):
            rpt = self.rpt

        rptn = self.rptn

        sender2 = self.sender2

        mes2 = self.mes2

        tpl = self.tpl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
                "name": name,
            }
        )
        if fmt is not UNSET:
            field_dict["fmt"] = fmt
        if charset is not UNSET:
            field_dict["charset"] = charset
        if phones is not UNSET:
            field_dict["phones"] = phones
        if list_ is not UNSET:
            field_dict["list"] = list_
        if mes is not UNSET:
            field_dict["mes"] = mes
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
        if cost is not UNSET:
            field_dict["cost"] = cost
        if rpt is not UNSET:
            field_dict["rpt"] = rpt
        if rptn is not UNSET:
            field_dict["rptn"] = rptn
        if sender2 is not UNSET:
            field_dict["sender2"] = sender2
        if mes2 is not UNSET:
            field_dict["mes2"] = mes2
        if tpl is not UNSET:
            field_dict["tpl"] = tpl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        add = cast(Literal[1], d.pop("add"))
        if add != 1:
            raise ValueError(f"add must match const 1, got '{add}'")

        name = d.pop("name")

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

        phones = d.pop("phones", UNSET)

        list_ = d.pop("list", UNSET)

        mes = d.pop("mes", UNSET)

        sender = d.pop("sender", UNSET)

        _translit = d.pop("translit", UNSET)
        translit: JobsAddBodyTranslit | Unset
        if isinstance(_translit, Unset):
            translit = UNSET
        else:
            translit = check_jobs_add_body_translit(_translit)

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
        bin_: JobsAddBodyBin | Unset
        if isinstance(_bin_, Unset):
            bin_ = UNSET
        else:
            bin_ = check_jobs_add_body_bin(_bin_)

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

        _cost = d.pop("cost", UNSET)
        cost: JobsAddBodyCost | Unset
        if isinstance(_cost, Unset):
            cost = UNSET
        else:
            cost = check_jobs_add_body_cost(_cost)

        _rpt = d.pop("rpt", UNSET)
        rpt: JobsAddBodyRpt | Unset
        if isinstance(_rpt, Unset):
            rpt = UNSET
        else:
            rpt = check_jobs_add_body_rpt(_rpt)

        rptn = d.pop("rptn", UNSET)

        sender2 = d.pop("sender2", UNSET)

        mes2 = d.pop("mes2", UNSET)

        tpl = d.pop("tpl", UNSET)

        jobs_add_body = cls(
            add=add,
            name=name,
            fmt=fmt,
            charset=charset,
            phones=phones,
            list_=list_,
            mes=mes,
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
            cost=cost,
            rpt=rpt,
            rptn=rptn,
            sender2=sender2,
            mes2=mes2,
            tpl=tpl,
        )

        jobs_add_body.additional_properties = d
        return jobs_add_body

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
