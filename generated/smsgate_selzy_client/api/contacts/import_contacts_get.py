# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_reply import ErrorReply
from ...models.flag import Flag
from ...models.format_ import Format
from ...models.import_contacts_get_double_optin import (
    ImportContactsGetDoubleOptin,
)
from ...models.import_contacts_reply import ImportContactsReply
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    field_names: list[str],
    data: list[list[str]],
    overwrite_tags: Flag | Unset = UNSET,
    overwrite_lists: Flag | Unset = UNSET,
    double_optin: ImportContactsGetDoubleOptin | Unset = UNSET,
    force_import: Flag | Unset = UNSET,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    json_field_names = field_names

    _params["field_names[]"] = json_field_names

    json_data = []
    for data_item_data in data:
        data_item = data_item_data

        json_data.append(data_item)

    _params["data"] = json_data

    json_overwrite_tags: int | Unset = UNSET
    if not isinstance(overwrite_tags, Unset):
        json_overwrite_tags = overwrite_tags

    _params["overwrite_tags"] = json_overwrite_tags

    json_overwrite_lists: int | Unset = UNSET
    if not isinstance(overwrite_lists, Unset):
        json_overwrite_lists = overwrite_lists

    _params["overwrite_lists"] = json_overwrite_lists

    json_double_optin: int | Unset = UNSET
    if not isinstance(double_optin, Unset):
        json_double_optin = double_optin

    _params["double_optin"] = json_double_optin

    json_force_import: int | Unset = UNSET
    if not isinstance(force_import, Unset):
        json_force_import = force_import

    _params["force_import"] = json_force_import

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/importContacts".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | ImportContactsReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorReply | ImportContactsReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ImportContactsReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | ImportContactsReply]:
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
    field_names: list[str],
    data: list[list[str]],
    overwrite_tags: Flag | Unset = UNSET,
    overwrite_lists: Flag | Unset = UNSET,
    double_optin: ImportContactsGetDoubleOptin | Unset = UNSET,
    force_import: Flag | Unset = UNSET,
) -> Response[ErrorReply | ImportContactsReply]:
    """Import contacts in bulk (GET)

     `importContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        field_names (list[str]):
        data (list[list[str]]):
        overwrite_tags (Flag | Unset): A boolean as `0` or `1`.
        overwrite_lists (Flag | Unset): A boolean as `0` or `1`.
        double_optin (ImportContactsGetDoubleOptin | Unset):
        force_import (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | ImportContactsReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        field_names=field_names,
        data=data,
        overwrite_tags=overwrite_tags,
        overwrite_lists=overwrite_lists,
        double_optin=double_optin,
        force_import=force_import,
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
    field_names: list[str],
    data: list[list[str]],
    overwrite_tags: Flag | Unset = UNSET,
    overwrite_lists: Flag | Unset = UNSET,
    double_optin: ImportContactsGetDoubleOptin | Unset = UNSET,
    force_import: Flag | Unset = UNSET,
) -> ErrorReply | ImportContactsReply | None:
    """Import contacts in bulk (GET)

     `importContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        field_names (list[str]):
        data (list[list[str]]):
        overwrite_tags (Flag | Unset): A boolean as `0` or `1`.
        overwrite_lists (Flag | Unset): A boolean as `0` or `1`.
        double_optin (ImportContactsGetDoubleOptin | Unset):
        force_import (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | ImportContactsReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        field_names=field_names,
        data=data,
        overwrite_tags=overwrite_tags,
        overwrite_lists=overwrite_lists,
        double_optin=double_optin,
        force_import=force_import,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    field_names: list[str],
    data: list[list[str]],
    overwrite_tags: Flag | Unset = UNSET,
    overwrite_lists: Flag | Unset = UNSET,
    double_optin: ImportContactsGetDoubleOptin | Unset = UNSET,
    force_import: Flag | Unset = UNSET,
) -> Response[ErrorReply | ImportContactsReply]:
    """Import contacts in bulk (GET)

     `importContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        field_names (list[str]):
        data (list[list[str]]):
        overwrite_tags (Flag | Unset): A boolean as `0` or `1`.
        overwrite_lists (Flag | Unset): A boolean as `0` or `1`.
        double_optin (ImportContactsGetDoubleOptin | Unset):
        force_import (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | ImportContactsReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        field_names=field_names,
        data=data,
        overwrite_tags=overwrite_tags,
        overwrite_lists=overwrite_lists,
        double_optin=double_optin,
        force_import=force_import,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    field_names: list[str],
    data: list[list[str]],
    overwrite_tags: Flag | Unset = UNSET,
    overwrite_lists: Flag | Unset = UNSET,
    double_optin: ImportContactsGetDoubleOptin | Unset = UNSET,
    force_import: Flag | Unset = UNSET,
) -> ErrorReply | ImportContactsReply | None:
    """Import contacts in bulk (GET)

     `importContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        field_names (list[str]):
        data (list[list[str]]):
        overwrite_tags (Flag | Unset): A boolean as `0` or `1`.
        overwrite_lists (Flag | Unset): A boolean as `0` or `1`.
        double_optin (ImportContactsGetDoubleOptin | Unset):
        force_import (Flag | Unset): A boolean as `0` or `1`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | ImportContactsReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            field_names=field_names,
            data=data,
            overwrite_tags=overwrite_tags,
            overwrite_lists=overwrite_lists,
            double_optin=double_optin,
            force_import=force_import,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "import_contacts_get"
build_request = _get_kwargs
parse_response = _parse_response
