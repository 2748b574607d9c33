# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.row import Row
from ...models.templates_get_body import TemplatesGetBody
from ...types import Response, encode_php_form


def _get_kwargs(
    *,
    body: TemplatesGetBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sys/templates.php#get",
    }

    _kwargs["data"] = encode_php_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Row] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Error | list[Row]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Error.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for componentsschemas_row_list_item_data in _response_200_type_1:
                componentsschemas_row_list_item = Row.from_dict(
                    componentsschemas_row_list_item_data
                )

                response_200_type_1.append(componentsschemas_row_list_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Row]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesGetBody,
) -> Response[Error | list[Row]]:
    """List templates

    Args:
        body (TemplatesGetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Row]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesGetBody,
) -> Error | list[Row] | None:
    """List templates

    Args:
        body (TemplatesGetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Row]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesGetBody,
) -> Response[Error | list[Row]]:
    """List templates

    Args:
        body (TemplatesGetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Row]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemplatesGetBody,
) -> Error | list[Row] | None:
    """List templates

    Args:
        body (TemplatesGetBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Row]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "templates_get"
build_request = _get_kwargs
parse_response = _parse_response
