# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_sms_request import SendSMSRequest
from ...models.send_sms_response import SendSMSResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SendSMSRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/send",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SendSMSResponse | str | None:
    if response.status_code == 200:
        response_200 = SendSMSResponse.from_dict(response.json())

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
) -> Response[SendSMSResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSMSRequest,
) -> Response[SendSMSResponse | str]:
    """Send SMS

     Sends one text to one or more numbers and answers one `smsID` for the whole batch.
    There is no idempotency key: a send whose reply is lost may have been delivered, so
    it must not be repeated blindly.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | SMS accepted |
    | 10 | brandID not found (or not authorized) |
    | 20 | numbers not found (none given) |
    | 30 | empty message text |
    | 40 | not enough SMS balance |
    | 50 | no valid numbers found |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (SendSMSRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSMSResponse | str]
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
    body: SendSMSRequest,
) -> SendSMSResponse | str | None:
    """Send SMS

     Sends one text to one or more numbers and answers one `smsID` for the whole batch.
    There is no idempotency key: a send whose reply is lost may have been delivered, so
    it must not be repeated blindly.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | SMS accepted |
    | 10 | brandID not found (or not authorized) |
    | 20 | numbers not found (none given) |
    | 30 | empty message text |
    | 40 | not enough SMS balance |
    | 50 | no valid numbers found |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (SendSMSRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSMSResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSMSRequest,
) -> Response[SendSMSResponse | str]:
    """Send SMS

     Sends one text to one or more numbers and answers one `smsID` for the whole batch.
    There is no idempotency key: a send whose reply is lost may have been delivered, so
    it must not be repeated blindly.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | SMS accepted |
    | 10 | brandID not found (or not authorized) |
    | 20 | numbers not found (none given) |
    | 30 | empty message text |
    | 40 | not enough SMS balance |
    | 50 | no valid numbers found |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (SendSMSRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSMSResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSMSRequest,
) -> SendSMSResponse | str | None:
    """Send SMS

     Sends one text to one or more numbers and answers one `smsID` for the whole batch.
    There is no idempotency key: a send whose reply is lost may have been delivered, so
    it must not be repeated blindly.

    Request-level `statusID` for this operation:

    | statusID | meaning |
    |---|---|
    | 0 | SMS accepted |
    | 10 | brandID not found (or not authorized) |
    | 20 | numbers not found (none given) |
    | 30 | empty message text |
    | 40 | not enough SMS balance |
    | 50 | no valid numbers found |
    | 90 | JSON error (malformed body) |
    | 99 | general error |

    Args:
        body (SendSMSRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSMSResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "send_sms"
build_request = _get_kwargs
parse_response = _parse_response
