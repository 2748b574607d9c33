# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.format_ import Format
from ...models.get_campaigns_reply import GetCampaignsReply
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["from"] = from_

    _params["to"] = to

    _params["limit"] = limit

    _params["offset"] = offset

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/getCampaigns".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | GetCampaignsReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorReply | GetCampaignsReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = GetCampaignsReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | GetCampaignsReply]:
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[ErrorReply | GetCampaignsReply]:
    """List campaigns (GET)

     `getCampaigns` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        from_ (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        to (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | GetCampaignsReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
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
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> ErrorReply | GetCampaignsReply | None:
    """List campaigns (GET)

     `getCampaigns` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        from_ (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        to (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | GetCampaignsReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> Response[ErrorReply | GetCampaignsReply]:
    """List campaigns (GET)

     `getCampaigns` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        from_ (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        to (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | GetCampaignsReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        from_=from_,
        to=to,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = 0,
) -> ErrorReply | GetCampaignsReply | None:
    """List campaigns (GET)

     `getCampaigns` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        from_ (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        to (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        limit (int | Unset):
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | GetCampaignsReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            from_=from_,
            to=to,
            limit=limit,
            offset=offset,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "get_campaigns_get"
build_request = _get_kwargs
parse_response = _parse_response
