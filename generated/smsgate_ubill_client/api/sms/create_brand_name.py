# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_brand_name_request import CreateBrandNameRequest
from ...models.create_brand_name_response import CreateBrandNameResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBrandNameRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/brandNameCreate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateBrandNameResponse | str | None:
    if response.status_code == 200:
        response_200 = CreateBrandNameResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateBrandNameResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBrandNameRequest,
) -> Response[CreateBrandNameResponse | str]:
    """Create Brand Name

     Requests a new brand name. It starts unauthorized until uBill approves it, and no
    other name can be requested while one is waiting.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | brand name created |
    | 10 | brand name field empty |
    | 20 | name must be 2-11 characters |
    | 30 | unauthorized characters used |
    | 40 | brand name already exists |
    | 50 | wait for the previous brand name's authorization |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (CreateBrandNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBrandNameResponse | str]
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
    body: CreateBrandNameRequest,
) -> CreateBrandNameResponse | str | None:
    """Create Brand Name

     Requests a new brand name. It starts unauthorized until uBill approves it, and no
    other name can be requested while one is waiting.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | brand name created |
    | 10 | brand name field empty |
    | 20 | name must be 2-11 characters |
    | 30 | unauthorized characters used |
    | 40 | brand name already exists |
    | 50 | wait for the previous brand name's authorization |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (CreateBrandNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBrandNameResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBrandNameRequest,
) -> Response[CreateBrandNameResponse | str]:
    """Create Brand Name

     Requests a new brand name. It starts unauthorized until uBill approves it, and no
    other name can be requested while one is waiting.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | brand name created |
    | 10 | brand name field empty |
    | 20 | name must be 2-11 characters |
    | 30 | unauthorized characters used |
    | 40 | brand name already exists |
    | 50 | wait for the previous brand name's authorization |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (CreateBrandNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBrandNameResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateBrandNameRequest,
) -> CreateBrandNameResponse | str | None:
    """Create Brand Name

     Requests a new brand name. It starts unauthorized until uBill approves it, and no
    other name can be requested while one is waiting.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | brand name created |
    | 10 | brand name field empty |
    | 20 | name must be 2-11 characters |
    | 30 | unauthorized characters used |
    | 40 | brand name already exists |
    | 50 | wait for the previous brand name's authorization |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (CreateBrandNameRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBrandNameResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "create_brand_name"
build_request = _get_kwargs
parse_response = _parse_response
