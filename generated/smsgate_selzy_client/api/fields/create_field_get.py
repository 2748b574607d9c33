# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_field_reply import CreateFieldReply
from ...models.error_reply import ErrorReply
from ...models.field_type import FieldType
from ...models.flag import Flag
from ...models.format_ import Format
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    name: str,
    type_: FieldType,
    public_name: str | Unset = UNSET,
    is_visible: Flag | Unset = UNSET,
    view_pos: int | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["name"] = name

    json_type_: str = type_
    _params["type"] = json_type_

    _params["public_name"] = public_name

    json_is_visible: int | Unset = UNSET
    if not isinstance(is_visible, Unset):
        json_is_visible = is_visible

    _params["is_visible"] = json_is_visible

    _params["view_pos"] = view_pos

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/createField".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateFieldReply | ErrorReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CreateFieldReply | ErrorReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CreateFieldReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateFieldReply | ErrorReply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    name: str,
    type_: FieldType,
    public_name: str | Unset = UNSET,
    is_visible: Flag | Unset = UNSET,
    view_pos: int | Unset = UNSET,
) -> Response[CreateFieldReply | ErrorReply]:
    """Create a user field (GET)

     `createField` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        name (str):
        type_ (FieldType): | value | meaning |
            |---|---|
            | string | one line |
            | text | several lines |
            | number | a number |
            | date | DD.MM.YYYY, DD-MM-YYYY, YYYY.MM.DD or YYYY-MM-DD |
            | bool | 1/0 or yes/no |
        public_name (str | Unset):
        is_visible (Flag | Unset): A boolean as `0` or `1`.
        view_pos (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFieldReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        name=name,
        type_=type_,
        public_name=public_name,
        is_visible=is_visible,
        view_pos=view_pos,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    name: str,
    type_: FieldType,
    public_name: str | Unset = UNSET,
    is_visible: Flag | Unset = UNSET,
    view_pos: int | Unset = UNSET,
) -> CreateFieldReply | ErrorReply | None:
    """Create a user field (GET)

     `createField` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        name (str):
        type_ (FieldType): | value | meaning |
            |---|---|
            | string | one line |
            | text | several lines |
            | number | a number |
            | date | DD.MM.YYYY, DD-MM-YYYY, YYYY.MM.DD or YYYY-MM-DD |
            | bool | 1/0 or yes/no |
        public_name (str | Unset):
        is_visible (Flag | Unset): A boolean as `0` or `1`.
        view_pos (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFieldReply | ErrorReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        name=name,
        type_=type_,
        public_name=public_name,
        is_visible=is_visible,
        view_pos=view_pos,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    name: str,
    type_: FieldType,
    public_name: str | Unset = UNSET,
    is_visible: Flag | Unset = UNSET,
    view_pos: int | Unset = UNSET,
) -> Response[CreateFieldReply | ErrorReply]:
    """Create a user field (GET)

     `createField` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        name (str):
        type_ (FieldType): | value | meaning |
            |---|---|
            | string | one line |
            | text | several lines |
            | number | a number |
            | date | DD.MM.YYYY, DD-MM-YYYY, YYYY.MM.DD or YYYY-MM-DD |
            | bool | 1/0 or yes/no |
        public_name (str | Unset):
        is_visible (Flag | Unset): A boolean as `0` or `1`.
        view_pos (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFieldReply | ErrorReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        name=name,
        type_=type_,
        public_name=public_name,
        is_visible=is_visible,
        view_pos=view_pos,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    name: str,
    type_: FieldType,
    public_name: str | Unset = UNSET,
    is_visible: Flag | Unset = UNSET,
    view_pos: int | Unset = UNSET,
) -> CreateFieldReply | ErrorReply | None:
    """Create a user field (GET)

     `createField` with every argument in the query string, the key included (`api_key`): it then shows
    in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and a
    body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        name (str):
        type_ (FieldType): | value | meaning |
            |---|---|
            | string | one line |
            | text | several lines |
            | number | a number |
            | date | DD.MM.YYYY, DD-MM-YYYY, YYYY.MM.DD or YYYY-MM-DD |
            | bool | 1/0 or yes/no |
        public_name (str | Unset):
        is_visible (Flag | Unset): A boolean as `0` or `1`.
        view_pos (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFieldReply | ErrorReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            name=name,
            type_=type_,
            public_name=public_name,
            is_visible=is_visible,
            view_pos=view_pos,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "create_field_get"
build_request = _get_kwargs
parse_response = _parse_response
