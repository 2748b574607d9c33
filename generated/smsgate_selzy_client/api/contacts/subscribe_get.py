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
from ...models.format_ import Format
from ...models.lang import Lang
from ...models.subscribe_get_double_optin import (
    SubscribeGetDoubleOptin,
)
from ...models.subscribe_get_overwrite import (
    SubscribeGetOverwrite,
)
from ...models.subscribe_reply import SubscribeReply
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    list_ids: str,
    fields: FieldMap,
    tags: str | Unset = UNSET,
    double_optin: SubscribeGetDoubleOptin | Unset = 0,
    overwrite: SubscribeGetOverwrite | Unset = 0,
    request_ip: str | Unset = UNSET,
    request_time: str | Unset = UNSET,
    confirm_ip: str | Unset = UNSET,
    confirm_time: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["list_ids"] = list_ids

    json_fields = fields.to_dict()
    _params.update(json_fields)

    _params["tags"] = tags

    json_double_optin: int | Unset = UNSET
    if not isinstance(double_optin, Unset):
        json_double_optin = double_optin

    _params["double_optin"] = json_double_optin

    json_overwrite: int | Unset = UNSET
    if not isinstance(overwrite, Unset):
        json_overwrite = overwrite

    _params["overwrite"] = json_overwrite

    _params["request_ip"] = request_ip

    _params["request_time"] = request_time

    _params["confirm_ip"] = confirm_ip

    _params["confirm_time"] = confirm_time

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/subscribe".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | SubscribeReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorReply | SubscribeReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubscribeReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | SubscribeReply]:
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
    list_ids: str,
    fields: FieldMap,
    tags: str | Unset = UNSET,
    double_optin: SubscribeGetDoubleOptin | Unset = 0,
    overwrite: SubscribeGetOverwrite | Unset = 0,
    request_ip: str | Unset = UNSET,
    request_time: str | Unset = UNSET,
    confirm_ip: str | Unset = UNSET,
    confirm_time: str | Unset = UNSET,
) -> Response[ErrorReply | SubscribeReply]:
    """Subscribe a contact to lists (GET)

     `subscribe` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_ids (str): Comma-separated integer ids, e.g. `134,135`.
        fields (FieldMap): A map sent with bracketed keys: `fields[email]=...&fields[Name]=...`.
        tags (str | Unset):
        double_optin (SubscribeGetDoubleOptin | Unset):  Default: 0.
        overwrite (SubscribeGetOverwrite | Unset):  Default: 0.
        request_ip (str | Unset):
        request_time (str | Unset):
        confirm_ip (str | Unset):
        confirm_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | SubscribeReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        list_ids=list_ids,
        fields=fields,
        tags=tags,
        double_optin=double_optin,
        overwrite=overwrite,
        request_ip=request_ip,
        request_time=request_time,
        confirm_ip=confirm_ip,
        confirm_time=confirm_time,
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
    list_ids: str,
    fields: FieldMap,
    tags: str | Unset = UNSET,
    double_optin: SubscribeGetDoubleOptin | Unset = 0,
    overwrite: SubscribeGetOverwrite | Unset = 0,
    request_ip: str | Unset = UNSET,
    request_time: str | Unset = UNSET,
    confirm_ip: str | Unset = UNSET,
    confirm_time: str | Unset = UNSET,
) -> ErrorReply | SubscribeReply | None:
    """Subscribe a contact to lists (GET)

     `subscribe` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_ids (str): Comma-separated integer ids, e.g. `134,135`.
        fields (FieldMap): A map sent with bracketed keys: `fields[email]=...&fields[Name]=...`.
        tags (str | Unset):
        double_optin (SubscribeGetDoubleOptin | Unset):  Default: 0.
        overwrite (SubscribeGetOverwrite | Unset):  Default: 0.
        request_ip (str | Unset):
        request_time (str | Unset):
        confirm_ip (str | Unset):
        confirm_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | SubscribeReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        list_ids=list_ids,
        fields=fields,
        tags=tags,
        double_optin=double_optin,
        overwrite=overwrite,
        request_ip=request_ip,
        request_time=request_time,
        confirm_ip=confirm_ip,
        confirm_time=confirm_time,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    list_ids: str,
    fields: FieldMap,
    tags: str | Unset = UNSET,
    double_optin: SubscribeGetDoubleOptin | Unset = 0,
    overwrite: SubscribeGetOverwrite | Unset = 0,
    request_ip: str | Unset = UNSET,
    request_time: str | Unset = UNSET,
    confirm_ip: str | Unset = UNSET,
    confirm_time: str | Unset = UNSET,
) -> Response[ErrorReply | SubscribeReply]:
    """Subscribe a contact to lists (GET)

     `subscribe` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_ids (str): Comma-separated integer ids, e.g. `134,135`.
        fields (FieldMap): A map sent with bracketed keys: `fields[email]=...&fields[Name]=...`.
        tags (str | Unset):
        double_optin (SubscribeGetDoubleOptin | Unset):  Default: 0.
        overwrite (SubscribeGetOverwrite | Unset):  Default: 0.
        request_ip (str | Unset):
        request_time (str | Unset):
        confirm_ip (str | Unset):
        confirm_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | SubscribeReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        list_ids=list_ids,
        fields=fields,
        tags=tags,
        double_optin=double_optin,
        overwrite=overwrite,
        request_ip=request_ip,
        request_time=request_time,
        confirm_ip=confirm_ip,
        confirm_time=confirm_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    list_ids: str,
    fields: FieldMap,
    tags: str | Unset = UNSET,
    double_optin: SubscribeGetDoubleOptin | Unset = 0,
    overwrite: SubscribeGetOverwrite | Unset = 0,
    request_ip: str | Unset = UNSET,
    request_time: str | Unset = UNSET,
    confirm_ip: str | Unset = UNSET,
    confirm_time: str | Unset = UNSET,
) -> ErrorReply | SubscribeReply | None:
    """Subscribe a contact to lists (GET)

     `subscribe` with every argument in the query string, the key included (`api_key`): it then shows in
    URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_ids (str): Comma-separated integer ids, e.g. `134,135`.
        fields (FieldMap): A map sent with bracketed keys: `fields[email]=...&fields[Name]=...`.
        tags (str | Unset):
        double_optin (SubscribeGetDoubleOptin | Unset):  Default: 0.
        overwrite (SubscribeGetOverwrite | Unset):  Default: 0.
        request_ip (str | Unset):
        request_time (str | Unset):
        confirm_ip (str | Unset):
        confirm_time (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | SubscribeReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            list_ids=list_ids,
            fields=fields,
            tags=tags,
            double_optin=double_optin,
            overwrite=overwrite,
            request_ip=request_ip,
            request_time=request_time,
            confirm_ip=confirm_ip,
            confirm_time=confirm_time,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "subscribe_get"
build_request = _get_kwargs
parse_response = _parse_response
