# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flag import Flag
from ...models.forwarding_options import ForwardingOptions
from ...models.quick_sent import QuickSent
from ...types import UNSET, Response, Unset, encode_php_form


def _get_kwargs(
    *,
    body: ForwardingOptions | Unset = UNSET,
    message: str,
    phone: str,
    alphaname_id: str | Unset = UNSET,
    show_cost: Flag | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _params: dict[str, Any] = {}

    _params["message"] = message

    _params["phone"] = phone

    _params["alphaname_id"] = alphaname_id

    json_show_cost: int | Unset = UNSET
    if not isinstance(show_cost, Unset):
        json_show_cost = show_cost

    _params["show_cost"] = json_show_cost

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sendQuickSMS",
        "params": _params,
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = encode_php_form(body.to_dict())
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QuickSent | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Error | QuickSent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Error.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = QuickSent.from_dict(data)

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
) -> Response[Error | QuickSent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ForwardingOptions | Unset = UNSET,
    message: str,
    phone: str,
    alphaname_id: str | Unset = UNSET,
    show_cost: Flag | Unset = UNSET,
) -> Response[Error | QuickSent]:
    """Send a single message to one phone

     No template needed. `alphaname_id` is required by the docs but omitted by the
    official clients (sms-python, sms-php, send-sms-nodejs), and SMS.by then sends from
    the system sender (`0`); smsgate always sends it. The
    forwarding fields are documented as form fields: if the SMS is not delivered within
    `forwarding_time` minutes it is resent through Viber. The name of the cost field
    that `show_cost=1` adds is *unconfirmed* (`cost` here).

    Args:
        message (str):
        phone (str): International digits without `+` or `00`.
        alphaname_id (str | Unset): An id in a query string, where a number and its digits are the
            same text.
        show_cost (Flag | Unset): 1 on, 0 off.
        body (ForwardingOptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | QuickSent]
    """

    kwargs = _get_kwargs(
        body=body,
        message=message,
        phone=phone,
        alphaname_id=alphaname_id,
        show_cost=show_cost,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ForwardingOptions | Unset = UNSET,
    message: str,
    phone: str,
    alphaname_id: str | Unset = UNSET,
    show_cost: Flag | Unset = UNSET,
) -> Error | QuickSent | None:
    """Send a single message to one phone

     No template needed. `alphaname_id` is required by the docs but omitted by the
    official clients (sms-python, sms-php, send-sms-nodejs), and SMS.by then sends from
    the system sender (`0`); smsgate always sends it. The
    forwarding fields are documented as form fields: if the SMS is not delivered within
    `forwarding_time` minutes it is resent through Viber. The name of the cost field
    that `show_cost=1` adds is *unconfirmed* (`cost` here).

    Args:
        message (str):
        phone (str): International digits without `+` or `00`.
        alphaname_id (str | Unset): An id in a query string, where a number and its digits are the
            same text.
        show_cost (Flag | Unset): 1 on, 0 off.
        body (ForwardingOptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | QuickSent
    """

    return sync_detailed(
        client=client,
        body=body,
        message=message,
        phone=phone,
        alphaname_id=alphaname_id,
        show_cost=show_cost,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ForwardingOptions | Unset = UNSET,
    message: str,
    phone: str,
    alphaname_id: str | Unset = UNSET,
    show_cost: Flag | Unset = UNSET,
) -> Response[Error | QuickSent]:
    """Send a single message to one phone

     No template needed. `alphaname_id` is required by the docs but omitted by the
    official clients (sms-python, sms-php, send-sms-nodejs), and SMS.by then sends from
    the system sender (`0`); smsgate always sends it. The
    forwarding fields are documented as form fields: if the SMS is not delivered within
    `forwarding_time` minutes it is resent through Viber. The name of the cost field
    that `show_cost=1` adds is *unconfirmed* (`cost` here).

    Args:
        message (str):
        phone (str): International digits without `+` or `00`.
        alphaname_id (str | Unset): An id in a query string, where a number and its digits are the
            same text.
        show_cost (Flag | Unset): 1 on, 0 off.
        body (ForwardingOptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | QuickSent]
    """

    kwargs = _get_kwargs(
        body=body,
        message=message,
        phone=phone,
        alphaname_id=alphaname_id,
        show_cost=show_cost,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ForwardingOptions | Unset = UNSET,
    message: str,
    phone: str,
    alphaname_id: str | Unset = UNSET,
    show_cost: Flag | Unset = UNSET,
) -> Error | QuickSent | None:
    """Send a single message to one phone

     No template needed. `alphaname_id` is required by the docs but omitted by the
    official clients (sms-python, sms-php, send-sms-nodejs), and SMS.by then sends from
    the system sender (`0`); smsgate always sends it. The
    forwarding fields are documented as form fields: if the SMS is not delivered within
    `forwarding_time` minutes it is resent through Viber. The name of the cost field
    that `show_cost=1` adds is *unconfirmed* (`cost` here).

    Args:
        message (str):
        phone (str): International digits without `+` or `00`.
        alphaname_id (str | Unset): An id in a query string, where a number and its digits are the
            same text.
        show_cost (Flag | Unset): 1 on, 0 off.
        body (ForwardingOptions | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | QuickSent
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            message=message,
            phone=phone,
            alphaname_id=alphaname_id,
            show_cost=show_cost,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "send_quick_sms"
build_request = _get_kwargs
parse_response = _parse_response
