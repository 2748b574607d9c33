# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_status import ContactStatus
from ...models.error_reply import ErrorReply
from ...models.export_contacts_reply import ExportContactsReply
from ...models.format_ import Format
from ...models.lang import Lang
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lang: Lang,
    *,
    format_: Format,
    list_id: int | Unset = UNSET,
    field_names: list[str] | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    email_status: ContactStatus | Unset = UNSET,
    phone_status: ContactStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    _params: dict[str, Any] = {}

    json_format_: str = format_
    _params["format"] = json_format_

    _params["list_id"] = list_id

    json_field_names: list[str] | Unset = UNSET
    if not isinstance(field_names, Unset):
        json_field_names = field_names

    _params["field_names[]"] = json_field_names

    _params["email"] = email

    _params["phone"] = phone

    _params["tag"] = tag

    json_email_status: str | Unset = UNSET
    if not isinstance(email_status, Unset):
        json_email_status = email_status

    _params["email_status"] = json_email_status

    json_phone_status: str | Unset = UNSET
    if not isinstance(phone_status, Unset):
        json_phone_status = phone_status

    _params["phone_status"] = json_phone_status

    _params["offset"] = offset

    _params["limit"] = limit

    _params = {k: v for k, v in _params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{lang}/api/exportContacts".format(
            lang=quote(str(lang), safe=""),
        ),
        "params": _params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorReply | ExportContactsReply | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorReply | ExportContactsReply:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ErrorReply.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ExportContactsReply.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorReply | ExportContactsReply]:
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
    list_id: int | Unset = UNSET,
    field_names: list[str] | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    email_status: ContactStatus | Unset = UNSET,
    phone_status: ContactStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> Response[ErrorReply | ExportContactsReply]:
    """Export contacts (legacy, synchronous) (GET)

     `exportContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_id (int | Unset):
        field_names (list[str] | Unset):
        email (str | Unset):
        phone (str | Unset): International number with country code; `+` optional.
        tag (str | Unset):
        email_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        phone_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | ExportContactsReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        list_id=list_id,
        field_names=field_names,
        email=email,
        phone=phone,
        tag=tag,
        email_status=email_status,
        phone_status=phone_status,
        offset=offset,
        limit=limit,
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
    list_id: int | Unset = UNSET,
    field_names: list[str] | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    email_status: ContactStatus | Unset = UNSET,
    phone_status: ContactStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> ErrorReply | ExportContactsReply | None:
    """Export contacts (legacy, synchronous) (GET)

     `exportContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_id (int | Unset):
        field_names (list[str] | Unset):
        email (str | Unset):
        phone (str | Unset): International number with country code; `+` optional.
        tag (str | Unset):
        email_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        phone_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | ExportContactsReply
    """

    return sync_detailed(
        lang=lang,
        client=client,
        format_=format_,
        list_id=list_id,
        field_names=field_names,
        email=email,
        phone=phone,
        tag=tag,
        email_status=email_status,
        phone_status=phone_status,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    list_id: int | Unset = UNSET,
    field_names: list[str] | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    email_status: ContactStatus | Unset = UNSET,
    phone_status: ContactStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> Response[ErrorReply | ExportContactsReply]:
    """Export contacts (legacy, synchronous) (GET)

     `exportContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_id (int | Unset):
        field_names (list[str] | Unset):
        email (str | Unset):
        phone (str | Unset): International number with country code; `+` optional.
        tag (str | Unset):
        email_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        phone_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorReply | ExportContactsReply]
    """

    kwargs = _get_kwargs(
        lang=lang,
        format_=format_,
        list_id=list_id,
        field_names=field_names,
        email=email,
        phone=phone,
        tag=tag,
        email_status=email_status,
        phone_status=phone_status,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lang: Lang,
    *,
    client: AuthenticatedClient | Client,
    format_: Format,
    list_id: int | Unset = UNSET,
    field_names: list[str] | Unset = UNSET,
    email: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    email_status: ContactStatus | Unset = UNSET,
    phone_status: ContactStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> ErrorReply | ExportContactsReply | None:
    """Export contacts (legacy, synchronous) (GET)

     `exportContacts` with every argument in the query string, the key included (`api_key`): it then
    shows in URLs and proxy logs, so prefer the POST form. Do not split arguments between the query and
    a body.

    Args:
        lang (Lang): Language of Selzy's texts.
        format_ (Format): The reply format; smsgate always asks for JSON.
        list_id (int | Unset):
        field_names (list[str] | Unset):
        email (str | Unset):
        phone (str | Unset): International number with country code; `+` optional.
        tag (str | Unset):
        email_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        phone_status (ContactStatus | Unset): Status of a contact's email or phone. New values may
            appear.

            | value | meaning |
            |---|---|
            | new | added, not confirmed |
            | invited | confirmation requested |
            | active | subscribed |
            | inactive | switched off by the account |
            | unsubscribed | unsubscribed |
            | blocked | blocked by Selzy |
            | activation_requested | activation requested |
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorReply | ExportContactsReply
    """

    return (
        await asyncio_detailed(
            lang=lang,
            client=client,
            format_=format_,
            list_id=list_id,
            field_names=field_names,
            email=email,
            phone=phone,
            tag=tag,
            email_status=email_status,
            phone_status=phone_status,
            offset=offset,
            limit=limit,
        )
    ).parsed


# smsgate: the overlay sends each request itself (retries, redaction, typed errors), so it needs
# this operation's request builder and reply parser without the I/O between them.
OPERATION_NAME = "export_contacts_get"
build_request = _get_kwargs
parse_response = _parse_response
