# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.code_type import CodeType
from ...models.error import Error
from ...models.result_flag import ResultFlag
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
    type_id: CodeType,
    len_: int,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    _params["id"] = id

    json_type_id: str = type_id
    _params["type_id"] = json_type_id

    _params["len"] = len_

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/editPasswordObject",
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ResultFlag | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Error | ResultFlag:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Error.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ResultFlag.from_dict(data)

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
) -> Response[Error | ResultFlag]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    type_id: CodeType,
    len_: int,
) -> Response[Error | ResultFlag]:
    """Change a code generator

     A length outside 1-16: `{"error": "len value must be beetwen 1 and 16"}` (sic).

    Args:
        id (int):
        type_id (CodeType): What the generated codes are made of.
        len_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | ResultFlag]
    """

    kwargs = _get_kwargs(
        id=id,
        type_id=type_id,
        len_=len_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    type_id: CodeType,
    len_: int,
) -> Error | ResultFlag | None:
    """Change a code generator

     A length outside 1-16: `{"error": "len value must be beetwen 1 and 16"}` (sic).

    Args:
        id (int):
        type_id (CodeType): What the generated codes are made of.
        len_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | ResultFlag
    """

    return sync_detailed(
        client=client,
        id=id,
        type_id=type_id,
        len_=len_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    type_id: CodeType,
    len_: int,
) -> Response[Error | ResultFlag]:
    """Change a code generator

     A length outside 1-16: `{"error": "len value must be beetwen 1 and 16"}` (sic).

    Args:
        id (int):
        type_id (CodeType): What the generated codes are made of.
        len_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | ResultFlag]
    """

    kwargs = _get_kwargs(
        id=id,
        type_id=type_id,
        len_=len_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
    type_id: CodeType,
    len_: int,
) -> Error | ResultFlag | None:
    """Change a code generator

     A length outside 1-16: `{"error": "len value must be beetwen 1 and 16"}` (sic).

    Args:
        id (int):
        type_id (CodeType): What the generated codes are made of.
        len_ (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | ResultFlag
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            type_id=type_id,
            len_=len_,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "edit_password_object"
build_request = _get_kwargs
parse_response = _parse_response
