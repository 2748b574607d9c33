# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.async_get_campaign_delivery_stats_reply import (
    AsyncGetCampaignDeliveryStatsReply,
)
from ...models.error_reply import ErrorReply
from ...models.format_ import Format
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    campaign_id: int,
    notify_url: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    field_ids: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["campaign_id"] = campaign_id

    _params["notify_url"] = notify_url

    _params["changed_since"] = changed_since

    json_field_ids: list[int] | Unset = UNSET
    if not isinstance(field_ids, Unset):
        json_field_ids = field_ids

    _params["field_ids[]"] = json_field_ids

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/async/getCampaignDeliveryStats".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AsyncGetCampaignDeliveryStatsReply | ErrorReply | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AsyncGetCampaignDeliveryStatsReply | ErrorReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AsyncGetCampaignDeliveryStatsReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AsyncGetCampaignDeliveryStatsReply | ErrorReply]:
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
    campaign_id: int,
    notify_url: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    field_ids: list[int] | Unset = UNSET,
) -> Response[AsyncGetCampaignDeliveryStatsReply | ErrorReply]:
    """Delivery report of a campaign (asynchronous) (GET)

     `async/getCampaignDeliveryStats` with every argument in the query string, the key included
    (`api_key`): it then shows in URLs and proxy logs, so prefer the POST form. Do not split arguments
    between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        campaign_id (int):
        notify_url (str | Unset):
        changed_since (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        field_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncGetCampaignDeliveryStatsReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        campaign_id=campaign_id,
        notify_url=notify_url,
        changed_since=changed_since,
        field_ids=field_ids,
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
    campaign_id: int,
    notify_url: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    field_ids: list[int] | Unset = UNSET,
) -> AsyncGetCampaignDeliveryStatsReply | ErrorReply | None:
    """Delivery report of a campaign (asynchronous) (GET)

     `async/getCampaignDeliveryStats` with every argument in the query string, the key included
    (`api_key`): it then shows in URLs and proxy logs, so prefer the POST form. Do not split arguments
    between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        campaign_id (int):
        notify_url (str | Unset):
        changed_since (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        field_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncGetCampaignDeliveryStatsReply | ErrorReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        campaign_id=campaign_id,
        notify_url=notify_url,
        changed_since=changed_since,
        field_ids=field_ids,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    campaign_id: int,
    notify_url: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    field_ids: list[int] | Unset = UNSET,
) -> Response[AsyncGetCampaignDeliveryStatsReply | ErrorReply]:
    """Delivery report of a campaign (asynchronous) (GET)

     `async/getCampaignDeliveryStats` with every argument in the query string, the key included
    (`api_key`): it then shows in URLs and proxy logs, so prefer the POST form. Do not split arguments
    between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        campaign_id (int):
        notify_url (str | Unset):
        changed_since (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        field_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AsyncGetCampaignDeliveryStatsReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        campaign_id=campaign_id,
        notify_url=notify_url,
        changed_since=changed_since,
        field_ids=field_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    campaign_id: int,
    notify_url: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    field_ids: list[int] | Unset = UNSET,
) -> AsyncGetCampaignDeliveryStatsReply | ErrorReply | None:
    """Delivery report of a campaign (asynchronous) (GET)

     `async/getCampaignDeliveryStats` with every argument in the query string, the key included
    (`api_key`): it then shows in URLs and proxy logs, so prefer the POST form. Do not split arguments
    between the query and a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        campaign_id (int):
        notify_url (str | Unset):
        changed_since (str | Unset): `YYYY-MM-DD hh:mm:ss`, UTC.
        field_ids (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AsyncGetCampaignDeliveryStatsReply | ErrorReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            campaign_id=campaign_id,
            notify_url=notify_url,
            changed_since=changed_since,
            field_ids=field_ids,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "async_get_campaign_delivery_stats_get"
build_request = _get_kwargs
parse_response = _parse_response
