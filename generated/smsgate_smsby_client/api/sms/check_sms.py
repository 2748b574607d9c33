# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sms_check import SmsCheck
from ...types import UNSET, Response


def _get_kwargs(
    *,
    sms_id: int,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["sms_id"] = sms_id

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/checkSMS",
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SmsCheck | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Error | SmsCheck:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Error.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SmsCheck.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SmsCheck]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sms_id: int,
) -> Response[Error | SmsCheck]:
    """When one SMS was sent and delivered

     `sent` and `delivered` are unix seconds, `0` (or absent) until reached; the current
    docs show both keys on every reply, older replies only the key already reached. No
    failure state. The docs and SMS.by's own clients show no `status`, but a third-party
    client (smsby.api.php.client) reads `status`, `sent` and `delivered` from every reply;
    `status`, the SMS's state as sendQuickSMS names it, is *unconfirmed*.

    Args:
        sms_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | SmsCheck]
    """

    kwargs = _get_kwargs(
        sms_id=sms_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sms_id: int,
) -> Error | SmsCheck | None:
    """When one SMS was sent and delivered

     `sent` and `delivered` are unix seconds, `0` (or absent) until reached; the current
    docs show both keys on every reply, older replies only the key already reached. No
    failure state. The docs and SMS.by's own clients show no `status`, but a third-party
    client (smsby.api.php.client) reads `status`, `sent` and `delivered` from every reply;
    `status`, the SMS's state as sendQuickSMS names it, is *unconfirmed*.

    Args:
        sms_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | SmsCheck
    """

    return sync_detailed(
        client=client,
        sms_id=sms_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sms_id: int,
) -> Response[Error | SmsCheck]:
    """When one SMS was sent and delivered

     `sent` and `delivered` are unix seconds, `0` (or absent) until reached; the current
    docs show both keys on every reply, older replies only the key already reached. No
    failure state. The docs and SMS.by's own clients show no `status`, but a third-party
    client (smsby.api.php.client) reads `status`, `sent` and `delivered` from every reply;
    `status`, the SMS's state as sendQuickSMS names it, is *unconfirmed*.

    Args:
        sms_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | SmsCheck]
    """

    kwargs = _get_kwargs(
        sms_id=sms_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sms_id: int,
) -> Error | SmsCheck | None:
    """When one SMS was sent and delivered

     `sent` and `delivered` are unix seconds, `0` (or absent) until reached; the current
    docs show both keys on every reply, older replies only the key already reached. No
    failure state. The docs and SMS.by's own clients show no `status`, but a third-party
    client (smsby.api.php.client) reads `status`, `sent` and `delivered` from every reply;
    `status`, the SMS's state as sendQuickSMS names it, is *unconfirmed*.

    Args:
        sms_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | SmsCheck
    """

    return (
        await asyncio_detailed(
            client=client,
            sms_id=sms_id,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "check_sms"
build_request = _get_kwargs
parse_response = _parse_response
