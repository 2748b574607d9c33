# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_tariff_reply import ChangeTariffReply
from ...models.change_tariff_request import ChangeTariffRequest
from ...models.error_reply import ErrorReply
from ...models.format_ import Format
from ...models.lang import Lang
from ...types import UNSET, Response, encode_php_form


def _get_kwargs(
    lang: Lang,
    *,
    body: ChangeTariffRequest,
    format_: Format,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{lang}/api/changeTariff".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    _kwargs["data"] = encode_php_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeTariffReply | ErrorReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ChangeTariffReply | ErrorReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ChangeTariffReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChangeTariffReply | ErrorReply]:
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
    body: ChangeTariffRequest,
    format_: Format,
) -> Response[ChangeTariffReply | ErrorReply]:
    """Switch a user's tariff

     Reseller only. Its failures come without `code` (`{"error": "...", "result": false}`).

    Confidence: high (UniSender).

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        body (ChangeTariffRequest): The arguments of `changeTariff`, form-encoded with PHP
            brackets for arrays and maps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeTariffReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeTariffRequest,
    format_: Format,
) -> ChangeTariffReply | ErrorReply | None:
    """Switch a user's tariff

     Reseller only. Its failures come without `code` (`{"error": "...", "result": false}`).

    Confidence: high (UniSender).

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        body (ChangeTariffRequest): The arguments of `changeTariff`, form-encoded with PHP
            brackets for arrays and maps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeTariffReply | ErrorReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeTariffRequest,
    format_: Format,
) -> Response[ChangeTariffReply | ErrorReply]:
    """Switch a user's tariff

     Reseller only. Its failures come without `code` (`{"error": "...", "result": false}`).

    Confidence: high (UniSender).

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        body (ChangeTariffRequest): The arguments of `changeTariff`, form-encoded with PHP
            brackets for arrays and maps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeTariffReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    body: ChangeTariffRequest,
    format_: Format,
) -> ChangeTariffReply | ErrorReply | None:
    """Switch a user's tariff

     Reseller only. Its failures come without `code` (`{"error": "...", "result": false}`).

    Confidence: high (UniSender).

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        body (ChangeTariffRequest): The arguments of `changeTariff`, form-encoded with PHP
            brackets for arrays and maps.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeTariffReply | ErrorReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "change_tariff"
build_request = _get_kwargs
parse_response = _parse_response
