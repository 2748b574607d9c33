# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.created_message import CreatedMessage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    message: str,
    alphaname_id: int | Unset = UNSET,
    time: str | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["name"] = name

    _params["message"] = message

    _params["alphaname_id"] = alphaname_id

    _params["time"] = time

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/createSmsMessage",
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedMessage | Error | list[CreatedMessage] | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CreatedMessage | Error | list[CreatedMessage]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Error.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_1 = CreatedMessage.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_2 = []
            _response_200_type_2 = data
            for (
                componentsschemas_created_message_list_item_data
            ) in _response_200_type_2:
                componentsschemas_created_message_list_item = CreatedMessage.from_dict(
                    componentsschemas_created_message_list_item_data
                )

                response_200_type_2.append(componentsschemas_created_message_list_item)

            return response_200_type_2

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
) -> Response[CreatedMessage | Error | list[CreatedMessage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    message: str,
    alphaname_id: int | Unset = UNSET,
    time: str | Unset = UNSET,
) -> Response[CreatedMessage | Error | list[CreatedMessage]]:
    """Create a message (template) for sending with sendSMS

     The message must reach status `moderated` (checkSMSMessageStatus) before sendSMS
    works. Known errors: `The same message exists with ID=<n>` (a duplicate text; the
    error may also carry `message_id`), `Wrong alphaname. Check it is correct and
    approved.`, `Message is too long. ...`. The current docs answer an object, the old
    docs a one-element array: both are accepted.

    Args:
        name (str | Unset):
        message (str):
        alphaname_id (int | Unset):
        time (str | Unset): Local time `Y-m-d H:i` (Europe/Minsk presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedMessage | Error | list[CreatedMessage] | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        message=message,
        alphaname_id=alphaname_id,
        time=time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    message: str,
    alphaname_id: int | Unset = UNSET,
    time: str | Unset = UNSET,
) -> CreatedMessage | Error | list[CreatedMessage] | None:
    """Create a message (template) for sending with sendSMS

     The message must reach status `moderated` (checkSMSMessageStatus) before sendSMS
    works. Known errors: `The same message exists with ID=<n>` (a duplicate text; the
    error may also carry `message_id`), `Wrong alphaname. Check it is correct and
    approved.`, `Message is too long. ...`. The current docs answer an object, the old
    docs a one-element array: both are accepted.

    Args:
        name (str | Unset):
        message (str):
        alphaname_id (int | Unset):
        time (str | Unset): Local time `Y-m-d H:i` (Europe/Minsk presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedMessage | Error | list[CreatedMessage] | Error
    """

    return sync_detailed(
        client=client,
        name=name,
        message=message,
        alphaname_id=alphaname_id,
        time=time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    message: str,
    alphaname_id: int | Unset = UNSET,
    time: str | Unset = UNSET,
) -> Response[CreatedMessage | Error | list[CreatedMessage]]:
    """Create a message (template) for sending with sendSMS

     The message must reach status `moderated` (checkSMSMessageStatus) before sendSMS
    works. Known errors: `The same message exists with ID=<n>` (a duplicate text; the
    error may also carry `message_id`), `Wrong alphaname. Check it is correct and
    approved.`, `Message is too long. ...`. The current docs answer an object, the old
    docs a one-element array: both are accepted.

    Args:
        name (str | Unset):
        message (str):
        alphaname_id (int | Unset):
        time (str | Unset): Local time `Y-m-d H:i` (Europe/Minsk presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedMessage | Error | list[CreatedMessage] | Error]
    """

    kwargs = _get_kwargs(
        name=name,
        message=message,
        alphaname_id=alphaname_id,
        time=time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    message: str,
    alphaname_id: int | Unset = UNSET,
    time: str | Unset = UNSET,
) -> CreatedMessage | Error | list[CreatedMessage] | None:
    """Create a message (template) for sending with sendSMS

     The message must reach status `moderated` (checkSMSMessageStatus) before sendSMS
    works. Known errors: `The same message exists with ID=<n>` (a duplicate text; the
    error may also carry `message_id`), `Wrong alphaname. Check it is correct and
    approved.`, `Message is too long. ...`. The current docs answer an object, the old
    docs a one-element array: both are accepted.

    Args:
        name (str | Unset):
        message (str):
        alphaname_id (int | Unset):
        time (str | Unset): Local time `Y-m-d H:i` (Europe/Minsk presumed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedMessage | Error | list[CreatedMessage] | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            message=message,
            alphaname_id=alphaname_id,
            time=time,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "create_sms_message"
build_request = _get_kwargs
parse_response = _parse_response
