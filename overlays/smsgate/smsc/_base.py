"""The base every SMSC operation group builds on: the client's set-up (credentials, reply
format, backup hosts), what every request carries (`_prepare`: the reply format and charset,
the check that the format can be read, and the reply decoded by it), how error replies become
typed errors (`_check`), and SMSC's targets (numbers by the gateway's rule, or groups)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any, Unpack

import httpx

from .._calls import Call, Endpoint, ReadBy
from .._facade import ClientOptions, Facade, GatewaySettings
from .._redact import masked
from ..errors import InvalidRequestError, RateLimitError
from . import _errors
from ._decode import Failure, Shape, decode
from ._results import Charset, Format

__all__ = ["HOSTS", "SmscBase", "SmscSettings"]

HOSTS = tuple(f"https://{h}smsc.ru" for h in ("", "www2.", "www3.", "www4.", "www5."))
"""The main host and the backups the official libraries fall back to."""
_GROUP = re.compile(r"G[0-9]+")
_LIST = re.compile(r"[,;]")


class SmscSettings(GatewaySettings, total=False):
    """What `connect("smsc", **settings)` takes: Smsc's own constructor arguments beside the
    settings every vendor has (each also from SMSGATE_SMSC_<NAME> or the config file)."""

    login: str
    password: str
    apikey: str
    md5: bool
    fmt: Format | int
    charset: Charset
    backup_urls: Sequence[str]


class SmscBase(Facade):
    """SMSC's client set-up and request hooks, written once for the sync and the async client."""

    vendor = "smsc"
    default_base_url = HOSTS[0]

    def __init__(
        self,
        login: str | None = None,
        password: str | None = None,
        *,
        apikey: str | None = None,
        md5: bool = False,
        fmt: Format | int = Format.JSON,
        charset: Charset = "utf-8",
        backup_urls: Sequence[str] | None = None,
        **options: Unpack[ClientOptions],
    ):
        """Authenticate with `login` + `password` (`md5=True` sends the password's lowercase MD5
        hex instead of the password), or with `apikey`. Credentials go in the POST body, never
        in a URL. `fmt` and `charset` choose SMSC's reply format and encoding (fmt=3 and utf-8
        unless you have a reason). Reads fall back to SMSC's backup hosts (www2..www5) when
        the main host cannot be reached; give `backup_urls` to name others, e.g. for a custom
        `base_url`."""
        if apikey:
            if login or password:
                raise InvalidRequestError("give either login and password, or apikey")
            self._credentials = {"apikey": apikey}
        elif login and password:
            psw = hashlib.md5(password.encode()).hexdigest() if md5 else password
            self._credentials = {"login": login, "psw": psw}
        else:
            raise InvalidRequestError("SMSC needs login and password, or apikey")
        try:
            self._fmt = Format(fmt)
        except ValueError:
            raise InvalidRequestError(f"fmt should be 0, 1, 2 or 3, got {fmt!r}") from None
        if charset not in ("utf-8", "windows-1251", "koi8-r"):
            raise InvalidRequestError(
                f"charset should be utf-8, windows-1251 or koi8-r, got {charset!r}"
            )
        self._charset = charset
        secrets = [v for k, v in self._credentials.items() if k != "login"]
        super().__init__(secrets=[*secrets, password or ""], **options)
        if backup_urls is not None:
            backups = [httpx.URL(u.rstrip("/") + "/") for u in backup_urls]
        elif str(self._base_url) == HOSTS[0] + "/":
            backups = [httpx.URL(h + "/") for h in HOSTS[1:]]
        else:
            backups = []
        self._hosts = (self._base_url, *backups)

    def _credentials_repr(self) -> str:
        if "apikey" in self._credentials:
            return f"apikey={masked(self._credentials['apikey'])}"
        return f"login={self._credentials['login']!r}, psw={masked(self._credentials['psw'])}"

    def _authorize(self, request: dict[str, Any]) -> None:
        request["data"] = {**request.get("data", {}), **self._credentials}

    def _base_urls(self) -> Sequence[httpx.URL]:
        return self._hosts

    def _check(self, call: Call[Any], response: httpx.Response, parsed: Any) -> None:
        if not isinstance(parsed, Failure):
            return
        script = _errors.script_of(call.operation)
        meaning = _errors.meaning(script, parsed.code)
        said = f"{parsed.said} ({meaning})" if parsed.said and parsed.said != meaning else meaning
        cls = _errors.error_class(script, parsed.code)
        error = self._exchange.api_error(cls, said, call, response, code=parsed.code)
        assert isinstance(error, _errors.SmscApiError)
        error.text = meaning
        error.message_id = _errors.send_message_id(script, parsed.code, parsed.message_id)
        if isinstance(error, RateLimitError):
            error.retry_after = _errors.RATE_LIMIT_WAIT
        raise error

    def _prepare(
        self, endpoint: Endpoint, arguments: dict[str, Any]
    ) -> tuple[Endpoint, dict[str, Any]]:
        """Every command asks for the client's reply format and charset, and is read by that
        format (the generated parser reads one media type and ignores Content-Type, and SMSC
        labels all of them JSON); a command whose reply that format cannot carry is refused
        before any request. `shape` (what the command answers) is the operation's argument."""
        arguments = dict(arguments)
        shape: Shape = arguments.pop("shape")
        fmt, charset = self._fmt, self._charset
        if fmt is Format.CSV and not shape.positional:
            raise InvalidRequestError(
                f"{endpoint.OPERATION_NAME} has no documented comma-separated layout;"
                " use fmt 0, 2 or 3"
            )
        if fmt is Format.CSV and shape.free_text:
            raise InvalidRequestError(
                f"{endpoint.OPERATION_NAME} lists free text, which SMSC's comma-separated"
                " format (fmt=1) leaves unquoted and so unreadable; use fmt 0, 2 or 3"
            )
        body = arguments["body"]
        body.fmt, body.charset = int(fmt), charset
        read = ReadBy(endpoint, lambda reply, _: decode(reply.content, fmt, charset, shape))
        return read, arguments

    def _targets(self, phones: str | int | Iterable[str | int]) -> str:
        """send.php's `phones`: numbers by the gateway's rule (smsgate.phones, with the
        client's default_region), checked before any request, or `G<group id>` for a contact
        group as SMSC documents it, one by one or in a `,`/`;`-separated string; each once, in
        the order given."""
        given = [phones] if isinstance(phones, str | int) else list(phones)
        many: list[str | int] = []
        for item in given:  # a string may list several: "79991234567,G5;79997654321"
            many += [t.strip() for t in _LIST.split(item)] if isinstance(item, str) else [item]
        if not many:
            raise InvalidRequestError("give at least one phone number (or G<group id>)")

        def target(item: str | int) -> str:
            if isinstance(item, str) and _GROUP.fullmatch(item):
                return item
            return self._recipients(item)[0]

        return ",".join(dict.fromkeys(target(item) for item in many))
