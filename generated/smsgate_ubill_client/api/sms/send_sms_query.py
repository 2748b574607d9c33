# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_flag_type_1 import QueryFlagType1
from ...models.send_sms_response import SendSMSResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brand_id: int,
    numbers: str,
    text: str,
    stop_list: bool | QueryFlagType1 | Unset = UNSET,
    otp: bool | QueryFlagType1 | Unset = UNSET,
    send_time: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["brandID"] = brand_id

    _params["numbers"] = numbers

    _params["text"] = text

    json_stop_list: bool | int | Unset
    if isinstance(stop_list, Unset):
        json_stop_list = UNSET
    elif isinstance(stop_list, int):
        json_stop_list = stop_list
    else:
        json_stop_list = stop_list
    _params["stopList"] = json_stop_list

    json_otp: bool | int | Unset
    if isinstance(otp, Unset):
        json_otp = UNSET
    elif isinstance(otp, int):
        json_otp = otp
    else:
        json_otp = otp
    _params["otp"] = json_otp

    _params["sendTime"] = send_time

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/send",
        "params": _params,
    }

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
    brand_id: int,
    numbers: str,
    text: str,
    stop_list: bool | QueryFlagType1 | Unset = UNSET,
    otp: bool | QueryFlagType1 | Unset = UNSET,
    send_time: str | Unset = UNSET,
) -> Response[SendSMSResponse | str]:
    """Send SMS (query form)

     The same send with every parameter in the query string, as documented on uBill's
    "SMS API" page; the only documented way to use `otp` and `sendTime`. Request-level
    `statusID` values are those of `sendSMS`; a `sendTime` in the past is a general
    error (99).

    Args:
        brand_id (int):
        numbers (str):
        text (str):
        stop_list (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's
            page writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        otp (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's page
            writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        send_time (str | Unset): Local time `Y-m-d H:i` (no seconds, no zone; Tbilisi time
            presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSMSResponse | str]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        numbers=numbers,
        text=text,
        stop_list=stop_list,
        otp=otp,
        send_time=send_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    brand_id: int,
    numbers: str,
    text: str,
    stop_list: bool | QueryFlagType1 | Unset = UNSET,
    otp: bool | QueryFlagType1 | Unset = UNSET,
    send_time: str | Unset = UNSET,
) -> SendSMSResponse | str | None:
    """Send SMS (query form)

     The same send with every parameter in the query string, as documented on uBill's
    "SMS API" page; the only documented way to use `otp` and `sendTime`. Request-level
    `statusID` values are those of `sendSMS`; a `sendTime` in the past is a general
    error (99).

    Args:
        brand_id (int):
        numbers (str):
        text (str):
        stop_list (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's
            page writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        otp (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's page
            writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        send_time (str | Unset): Local time `Y-m-d H:i` (no seconds, no zone; Tbilisi time
            presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSMSResponse | str
    """

    return sync_detailed(
        client=client,
        brand_id=brand_id,
        numbers=numbers,
        text=text,
        stop_list=stop_list,
        otp=otp,
        send_time=send_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    brand_id: int,
    numbers: str,
    text: str,
    stop_list: bool | QueryFlagType1 | Unset = UNSET,
    otp: bool | QueryFlagType1 | Unset = UNSET,
    send_time: str | Unset = UNSET,
) -> Response[SendSMSResponse | str]:
    """Send SMS (query form)

     The same send with every parameter in the query string, as documented on uBill's
    "SMS API" page; the only documented way to use `otp` and `sendTime`. Request-level
    `statusID` values are those of `sendSMS`; a `sendTime` in the past is a general
    error (99).

    Args:
        brand_id (int):
        numbers (str):
        text (str):
        stop_list (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's
            page writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        otp (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's page
            writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        send_time (str | Unset): Local time `Y-m-d H:i` (no seconds, no zone; Tbilisi time
            presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SendSMSResponse | str]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        numbers=numbers,
        text=text,
        stop_list=stop_list,
        otp=otp,
        send_time=send_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    brand_id: int,
    numbers: str,
    text: str,
    stop_list: bool | QueryFlagType1 | Unset = UNSET,
    otp: bool | QueryFlagType1 | Unset = UNSET,
    send_time: str | Unset = UNSET,
) -> SendSMSResponse | str | None:
    """Send SMS (query form)

     The same send with every parameter in the query string, as documented on uBill's
    "SMS API" page; the only documented way to use `otp` and `sendTime`. Request-level
    `statusID` values are those of `sendSMS`; a `sendTime` in the past is a general
    error (99).

    Args:
        brand_id (int):
        numbers (str):
        text (str):
        stop_list (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's
            page writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        otp (bool | QueryFlagType1 | Unset): A flag in the query: `true`/`false` as uBill's page
            writes it, or `1`/`0` as PHP's
            `http_build_query` (Guzzle, Laravel's HTTP client) writes booleans; both read alike
            (*unconfirmed* officially for `1`/`0`).
        send_time (str | Unset): Local time `Y-m-d H:i` (no seconds, no zone; Tbilisi time
            presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SendSMSResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            brand_id=brand_id,
            numbers=numbers,
            text=text,
            stop_list=stop_list,
            otp=otp,
            send_time=send_time,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "send_sms_query"
build_request = _get_kwargs
parse_response = _parse_response
