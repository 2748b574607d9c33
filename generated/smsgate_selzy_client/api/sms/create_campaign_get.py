# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_campaign_get_timezone import (
    CreateCampaignGetTimezone,
)
from ...models.create_campaign_reply import CreateCampaignReply
from ...models.error_reply import ErrorReply
from ...models.flag import Flag
from ...models.format_ import Format
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    message_id: int,
    start_time: str | Unset = UNSET,
    timezone: CreateCampaignGetTimezone | Unset = UNSET,
    track_read: Flag | Unset = UNSET,
    track_links: Flag | Unset = UNSET,
    contacts: str | Unset = UNSET,
    contacts_url: str | Unset = UNSET,
    track_ga: Flag | Unset = UNSET,
    ga_medium: str | Unset = UNSET,
    ga_source: str | Unset = UNSET,
    ga_campaign: str | Unset = UNSET,
    ga_content: str | Unset = UNSET,
    ga_term: str | Unset = UNSET,
    payment_limit: float | Unset = UNSET,
    payment_currency: str | Unset = UNSET,
    defer: Flag | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["message_id"] = message_id

    _params["start_time"] = start_time

    json_timezone: str | Unset = UNSET
    if not isinstance(timezone, Unset):
        json_timezone = timezone

    _params["timezone"] = json_timezone

    json_track_read: int | Unset = UNSET
    if not isinstance(track_read, Unset):
        json_track_read = track_read

    _params["track_read"] = json_track_read

    json_track_links: int | Unset = UNSET
    if not isinstance(track_links, Unset):
        json_track_links = track_links

    _params["track_links"] = json_track_links

    _params["contacts"] = contacts

    _params["contacts_url"] = contacts_url

    json_track_ga: int | Unset = UNSET
    if not isinstance(track_ga, Unset):
        json_track_ga = track_ga

    _params["track_ga"] = json_track_ga

    _params["ga_medium"] = ga_medium

    _params["ga_source"] = ga_source

    _params["ga_campaign"] = ga_campaign

    _params["ga_content"] = ga_content

    _params["ga_term"] = ga_term

    _params["payment_limit"] = payment_limit

    _params["payment_currency"] = payment_currency

    json_defer: int | Unset = UNSET
    if not isinstance(defer, Unset):
        json_defer = defer

    _params["defer"] = json_defer

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/createCampaign".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCampaignReply | ErrorReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CreateCampaignReply | ErrorReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CreateCampaignReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateCampaignReply | ErrorReply]:
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
    message_id: int,
    start_time: str | Unset = UNSET,
    timezone: CreateCampaignGetTimezone | Unset = UNSET,
    track_read: Flag | Unset = UNSET,
    track_links: Flag | Unset = UNSET,
    contacts: str | Unset = UNSET,
    contacts_url: str | Unset = UNSET,
    track_ga: Flag | Unset = UNSET,
    ga_medium: str | Unset = UNSET,
    ga_source: str | Unset = UNSET,
    ga_campaign: str | Unset = UNSET,
    ga_content: str | Unset = UNSET,
    ga_term: str | Unset = UNSET,
    payment_limit: float | Unset = UNSET,
    payment_currency: str | Unset = UNSET,
    defer: Flag | Unset = UNSET,
) -> Response[CreateCampaignReply | ErrorReply]:
    """Send or schedule a message (GET)

     `createCampaign` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        message_id (int):
        start_time (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
        timezone (CreateCampaignGetTimezone | Unset):
        track_read (Flag | Unset): A boolean as `0` or `1`.
        track_links (Flag | Unset): A boolean as `0` or `1`.
        contacts (str | Unset):
        contacts_url (str | Unset):
        track_ga (Flag | Unset): A boolean as `0` or `1`.
        ga_medium (str | Unset):
        ga_source (str | Unset):
        ga_campaign (str | Unset):
        ga_content (str | Unset):
        ga_term (str | Unset):
        payment_limit (float | Unset):
        payment_currency (str | Unset):
        defer (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCampaignReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        message_id=message_id,
        start_time=start_time,
        timezone=timezone,
        track_read=track_read,
        track_links=track_links,
        contacts=contacts,
        contacts_url=contacts_url,
        track_ga=track_ga,
        ga_medium=ga_medium,
        ga_source=ga_source,
        ga_campaign=ga_campaign,
        ga_content=ga_content,
        ga_term=ga_term,
        payment_limit=payment_limit,
        payment_currency=payment_currency,
        defer=defer,
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
    message_id: int,
    start_time: str | Unset = UNSET,
    timezone: CreateCampaignGetTimezone | Unset = UNSET,
    track_read: Flag | Unset = UNSET,
    track_links: Flag | Unset = UNSET,
    contacts: str | Unset = UNSET,
    contacts_url: str | Unset = UNSET,
    track_ga: Flag | Unset = UNSET,
    ga_medium: str | Unset = UNSET,
    ga_source: str | Unset = UNSET,
    ga_campaign: str | Unset = UNSET,
    ga_content: str | Unset = UNSET,
    ga_term: str | Unset = UNSET,
    payment_limit: float | Unset = UNSET,
    payment_currency: str | Unset = UNSET,
    defer: Flag | Unset = UNSET,
) -> CreateCampaignReply | ErrorReply | None:
    """Send or schedule a message (GET)

     `createCampaign` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        message_id (int):
        start_time (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
        timezone (CreateCampaignGetTimezone | Unset):
        track_read (Flag | Unset): A boolean as `0` or `1`.
        track_links (Flag | Unset): A boolean as `0` or `1`.
        contacts (str | Unset):
        contacts_url (str | Unset):
        track_ga (Flag | Unset): A boolean as `0` or `1`.
        ga_medium (str | Unset):
        ga_source (str | Unset):
        ga_campaign (str | Unset):
        ga_content (str | Unset):
        ga_term (str | Unset):
        payment_limit (float | Unset):
        payment_currency (str | Unset):
        defer (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCampaignReply | ErrorReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        message_id=message_id,
        start_time=start_time,
        timezone=timezone,
        track_read=track_read,
        track_links=track_links,
        contacts=contacts,
        contacts_url=contacts_url,
        track_ga=track_ga,
        ga_medium=ga_medium,
        ga_source=ga_source,
        ga_campaign=ga_campaign,
        ga_content=ga_content,
        ga_term=ga_term,
        payment_limit=payment_limit,
        payment_currency=payment_currency,
        defer=defer,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    message_id: int,
    start_time: str | Unset = UNSET,
    timezone: CreateCampaignGetTimezone | Unset = UNSET,
    track_read: Flag | Unset = UNSET,
    track_links: Flag | Unset = UNSET,
    contacts: str | Unset = UNSET,
    contacts_url: str | Unset = UNSET,
    track_ga: Flag | Unset = UNSET,
    ga_medium: str | Unset = UNSET,
    ga_source: str | Unset = UNSET,
    ga_campaign: str | Unset = UNSET,
    ga_content: str | Unset = UNSET,
    ga_term: str | Unset = UNSET,
    payment_limit: float | Unset = UNSET,
    payment_currency: str | Unset = UNSET,
    defer: Flag | Unset = UNSET,
) -> Response[CreateCampaignReply | ErrorReply]:
    """Send or schedule a message (GET)

     `createCampaign` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        message_id (int):
        start_time (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
        timezone (CreateCampaignGetTimezone | Unset):
        track_read (Flag | Unset): A boolean as `0` or `1`.
        track_links (Flag | Unset): A boolean as `0` or `1`.
        contacts (str | Unset):
        contacts_url (str | Unset):
        track_ga (Flag | Unset): A boolean as `0` or `1`.
        ga_medium (str | Unset):
        ga_source (str | Unset):
        ga_campaign (str | Unset):
        ga_content (str | Unset):
        ga_term (str | Unset):
        payment_limit (float | Unset):
        payment_currency (str | Unset):
        defer (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCampaignReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        message_id=message_id,
        start_time=start_time,
        timezone=timezone,
        track_read=track_read,
        track_links=track_links,
        contacts=contacts,
        contacts_url=contacts_url,
        track_ga=track_ga,
        ga_medium=ga_medium,
        ga_source=ga_source,
        ga_campaign=ga_campaign,
        ga_content=ga_content,
        ga_term=ga_term,
        payment_limit=payment_limit,
        payment_currency=payment_currency,
        defer=defer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    message_id: int,
    start_time: str | Unset = UNSET,
    timezone: CreateCampaignGetTimezone | Unset = UNSET,
    track_read: Flag | Unset = UNSET,
    track_links: Flag | Unset = UNSET,
    contacts: str | Unset = UNSET,
    contacts_url: str | Unset = UNSET,
    track_ga: Flag | Unset = UNSET,
    ga_medium: str | Unset = UNSET,
    ga_source: str | Unset = UNSET,
    ga_campaign: str | Unset = UNSET,
    ga_content: str | Unset = UNSET,
    ga_term: str | Unset = UNSET,
    payment_limit: float | Unset = UNSET,
    payment_currency: str | Unset = UNSET,
    defer: Flag | Unset = UNSET,
) -> CreateCampaignReply | ErrorReply | None:
    """Send or schedule a message (GET)

     `createCampaign` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        message_id (int):
        start_time (str | Unset): `YYYY-MM-DD hh:mm`, UTC unless said otherwise.
        timezone (CreateCampaignGetTimezone | Unset):
        track_read (Flag | Unset): A boolean as `0` or `1`.
        track_links (Flag | Unset): A boolean as `0` or `1`.
        contacts (str | Unset):
        contacts_url (str | Unset):
        track_ga (Flag | Unset): A boolean as `0` or `1`.
        ga_medium (str | Unset):
        ga_source (str | Unset):
        ga_campaign (str | Unset):
        ga_content (str | Unset):
        ga_term (str | Unset):
        payment_limit (float | Unset):
        payment_currency (str | Unset):
        defer (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCampaignReply | ErrorReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            message_id=message_id,
            start_time=start_time,
            timezone=timezone,
            track_read=track_read,
            track_links=track_links,
            contacts=contacts,
            contacts_url=contacts_url,
            track_ga=track_ga,
            ga_medium=ga_medium,
            ga_source=ga_source,
            ga_campaign=ga_campaign,
            ga_content=ga_content,
            ga_term=ga_term,
            payment_limit=payment_limit,
            payment_currency=payment_currency,
            defer=defer,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "create_campaign_get"
build_request = _get_kwargs
parse_response = _parse_response
