# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_sent import CodeSent
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message: str,
    password_object_id: int,
    phone: str,
    alphaname_id: int | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["message"] = message

    _params["password_object_id"] = password_object_id

    _params["phone"] = phone

    _params["alphaname_id"] = alphaname_id

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sendSmsMessageWithCode",
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodeSent | Error | list[CodeSent] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CodeSent | Error | list[CodeSent]:
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
                response_200_type_1 = CodeSent.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_2 = []
            _response_200_type_2 = data
            for componentsschemas_code_sent_list_item_data in _response_200_type_2:
                componentsschemas_code_sent_list_item = CodeSent.from_dict(
                    componentsschemas_code_sent_list_item_data
                )

                response_200_type_2.append(componentsschemas_code_sent_list_item)

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
) -> Response[CodeSent | Error | list[CodeSent]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    password_object_id: int,
    phone: str,
    alphaname_id: int | Unset = UNSET,
) -> Response[CodeSent | Error | list[CodeSent]]:
    """Send an SMS with a code made by a password object

     `%CODE%` in the message is replaced by a fresh code, which the reply returns for you
    to store and compare. The reply is sometimes a one-element array (the official
    examples read `$res[0]->sms_id`): both shapes are accepted.

    Args:
        message (str):
        password_object_id (int):
        phone (str): International digits without `+` or `00`.
        alphaname_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeSent | Error | list[CodeSent] | Error]
    """

    kwargs = _get_kwargs(
        message=message,
        password_object_id=password_object_id,
        phone=phone,
        alphaname_id=alphaname_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    password_object_id: int,
    phone: str,
    alphaname_id: int | Unset = UNSET,
) -> CodeSent | Error | list[CodeSent] | None:
    """Send an SMS with a code made by a password object

     `%CODE%` in the message is replaced by a fresh code, which the reply returns for you
    to store and compare. The reply is sometimes a one-element array (the official
    examples read `$res[0]->sms_id`): both shapes are accepted.

    Args:
        message (str):
        password_object_id (int):
        phone (str): International digits without `+` or `00`.
        alphaname_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeSent | Error | list[CodeSent] | Error
    """

    return sync_detailed(
        client=client,
        message=message,
        password_object_id=password_object_id,
        phone=phone,
        alphaname_id=alphaname_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    password_object_id: int,
    phone: str,
    alphaname_id: int | Unset = UNSET,
) -> Response[CodeSent | Error | list[CodeSent]]:
    """Send an SMS with a code made by a password object

     `%CODE%` in the message is replaced by a fresh code, which the reply returns for you
    to store and compare. The reply is sometimes a one-element array (the official
    examples read `$res[0]->sms_id`): both shapes are accepted.

    Args:
        message (str):
        password_object_id (int):
        phone (str): International digits without `+` or `00`.
        alphaname_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodeSent | Error | list[CodeSent] | Error]
    """

    kwargs = _get_kwargs(
        message=message,
        password_object_id=password_object_id,
        phone=phone,
        alphaname_id=alphaname_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    password_object_id: int,
    phone: str,
    alphaname_id: int | Unset = UNSET,
) -> CodeSent | Error | list[CodeSent] | None:
    """Send an SMS with a code made by a password object

     `%CODE%` in the message is replaced by a fresh code, which the reply returns for you
    to store and compare. The reply is sometimes a one-element array (the official
    examples read `$res[0]->sms_id`): both shapes are accepted.

    Args:
        message (str):
        password_object_id (int):
        phone (str): International digits without `+` or `00`.
        alphaname_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodeSent | Error | list[CodeSent] | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            message=message,
            password_object_id=password_object_id,
            phone=phone,
            alphaname_id=alphaname_id,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "send_sms_message_with_code"
build_request = _get_kwargs
parse_response = _parse_response
