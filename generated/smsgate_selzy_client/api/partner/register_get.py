# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.field_map import FieldMap
from ...models.flag import Flag
from ...models.format_ import Format
from ...models.lang import Lang
from ...models.register_reply import RegisterReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    email: str,
    need_confirm: Flag | Unset = UNSET,
    password: str | Unset = UNSET,
    notify: Flag | Unset = UNSET,
    extra: FieldMap | Unset = UNSET,
    timezone: str | Unset = UNSET,
    login: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    api_mode: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["email"] = email

    json_need_confirm: int | Unset = UNSET
    if not isinstance(need_confirm, Unset):
        json_need_confirm = need_confirm

    _params["need_confirm"] = json_need_confirm

    _params["password"] = password

    json_notify: int | Unset = UNSET
    if not isinstance(notify, Unset):
        json_notify = notify

    _params["notify"] = json_notify

    json_extra: dict[str, Any] | Unset = UNSET
    if not isinstance(extra, Unset):
        json_extra = extra.to_dict()
    if not isinstance(json_extra, Unset):
        _params.update(json_extra)

    _params["timezone"] = timezone

    _params["login"] = login

    _params["country_code"] = country_code

    _params["currency_code"] = currency_code

    _params["ip"] = ip

    _params["api_mode"] = api_mode

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/register".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | RegisterReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorReply | RegisterReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = RegisterReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | RegisterReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    email: str,
    need_confirm: Flag | Unset = UNSET,
    password: str | Unset = UNSET,
    notify: Flag | Unset = UNSET,
    extra: FieldMap | Unset = UNSET,
    timezone: str | Unset = UNSET,
    login: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    api_mode: str | Unset = UNSET,
) -> Response[ErrorReply | RegisterReply]:
    """Register a user (GET)

     `register` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        email (str):
        need_confirm (Flag | Unset): A boolean as `0` or `1`.
        password (str | Unset):
        notify (Flag | Unset): A boolean as `0` or `1`.
        extra (FieldMap | Unset): A map sent with bracketed keys:
            `fields[email]=...&fields[Name]=...`.
        timezone (str | Unset):
        login (str | Unset):
        country_code (str | Unset):
        currency_code (str | Unset):
        ip (str | Unset):
        api_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | RegisterReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        email=email,
        need_confirm=need_confirm,
        password=password,
        notify=notify,
        extra=extra,
        timezone=timezone,
        login=login,
        country_code=country_code,
        currency_code=currency_code,
        ip=ip,
        api_mode=api_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    email: str,
    need_confirm: Flag | Unset = UNSET,
    password: str | Unset = UNSET,
    notify: Flag | Unset = UNSET,
    extra: FieldMap | Unset = UNSET,
    timezone: str | Unset = UNSET,
    login: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    api_mode: str | Unset = UNSET,
) -> ErrorReply | RegisterReply | None:
    """Register a user (GET)

     `register` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        email (str):
        need_confirm (Flag | Unset): A boolean as `0` or `1`.
        password (str | Unset):
        notify (Flag | Unset): A boolean as `0` or `1`.
        extra (FieldMap | Unset): A map sent with bracketed keys:
            `fields[email]=...&fields[Name]=...`.
        timezone (str | Unset):
        login (str | Unset):
        country_code (str | Unset):
        currency_code (str | Unset):
        ip (str | Unset):
        api_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | RegisterReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        email=email,
        need_confirm=need_confirm,
        password=password,
        notify=notify,
        extra=extra,
        timezone=timezone,
        login=login,
        country_code=country_code,
        currency_code=currency_code,
        ip=ip,
        api_mode=api_mode,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    email: str,
    need_confirm: Flag | Unset = UNSET,
    password: str | Unset = UNSET,
    notify: Flag | Unset = UNSET,
    extra: FieldMap | Unset = UNSET,
    timezone: str | Unset = UNSET,
    login: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    api_mode: str | Unset = UNSET,
) -> Response[ErrorReply | RegisterReply]:
    """Register a user (GET)

     `register` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        email (str):
        need_confirm (Flag | Unset): A boolean as `0` or `1`.
        password (str | Unset):
        notify (Flag | Unset): A boolean as `0` or `1`.
        extra (FieldMap | Unset): A map sent with bracketed keys:
            `fields[email]=...&fields[Name]=...`.
        timezone (str | Unset):
        login (str | Unset):
        country_code (str | Unset):
        currency_code (str | Unset):
        ip (str | Unset):
        api_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | RegisterReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        email=email,
        need_confirm=need_confirm,
        password=password,
        notify=notify,
        extra=extra,
        timezone=timezone,
        login=login,
        country_code=country_code,
        currency_code=currency_code,
        ip=ip,
        api_mode=api_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    email: str,
    need_confirm: Flag | Unset = UNSET,
    password: str | Unset = UNSET,
    notify: Flag | Unset = UNSET,
    extra: FieldMap | Unset = UNSET,
    timezone: str | Unset = UNSET,
    login: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    currency_code: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    api_mode: str | Unset = UNSET,
) -> ErrorReply | RegisterReply | None:
    """Register a user (GET)

     `register` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        email (str):
        need_confirm (Flag | Unset): A boolean as `0` or `1`.
        password (str | Unset):
        notify (Flag | Unset): A boolean as `0` or `1`.
        extra (FieldMap | Unset): A map sent with bracketed keys:
            `fields[email]=...&fields[Name]=...`.
        timezone (str | Unset):
        login (str | Unset):
        country_code (str | Unset):
        currency_code (str | Unset):
        ip (str | Unset):
        api_mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | RegisterReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            email=email,
            need_confirm=need_confirm,
            password=password,
            notify=notify,
            extra=extra,
            timezone=timezone,
            login=login,
            country_code=country_code,
            currency_code=currency_code,
            ip=ip,
            api_mode=api_mode,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "register_get"
build_request = _get_kwargs
parse_response = _parse_response
