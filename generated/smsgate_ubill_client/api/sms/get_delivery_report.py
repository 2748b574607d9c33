# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_report_response import DeliveryReportResponse
from ...types import Response


def _get_kwargs(
    sms_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/report/{sms_id}".format(
            sms_id=quote(str(sms_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryReportResponse | str | None:
    if response.status_code == 200:
        response_200 = DeliveryReportResponse.from_dict(response.json())

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
) -> Response[DeliveryReportResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sms_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeliveryReportResponse | str]:
    """Get Delivery Report

     One item per number of the batch. A non-zero request-level `statusID` means that the
    report itself failed, for example for an unknown `smsID`; the exact code is
    *unconfirmed* (smsgate's stub answers 99).

    Args:
        sms_id (int): A send batch ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryReportResponse | str]
    """

    kwargs = _get_kwargs(
        sms_id=sms_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sms_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DeliveryReportResponse | str | None:
    """Get Delivery Report

     One item per number of the batch. A non-zero request-level `statusID` means that the
    report itself failed, for example for an unknown `smsID`; the exact code is
    *unconfirmed* (smsgate's stub answers 99).

    Args:
        sms_id (int): A send batch ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryReportResponse | str
    """

    return sync_detailed(
        sms_id=sms_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    sms_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeliveryReportResponse | str]:
    """Get Delivery Report

     One item per number of the batch. A non-zero request-level `statusID` means that the
    report itself failed, for example for an unknown `smsID`; the exact code is
    *unconfirmed* (smsgate's stub answers 99).

    Args:
        sms_id (int): A send batch ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryReportResponse | str]
    """

    kwargs = _get_kwargs(
        sms_id=sms_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DeliveryReportResponse | str | None:
    """Get Delivery Report

     One item per number of the batch. A non-zero request-level `statusID` means that the
    report itself failed, for example for an unknown `smsID`; the exact code is
    *unconfirmed* (smsgate's stub answers 99).

    Args:
        sms_id (int): A send batch ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryReportResponse | str
    """

    return (
        await asyncio_detailed(
            sms_id=sms_id,
            client=client,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "get_delivery_report"
build_request = _get_kwargs
parse_response = _parse_response
