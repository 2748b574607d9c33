"""Selzy (formerly UniSender): contact lists, contacts, SMS messages and campaigns, statistics,
user fields and tags, and partner methods.

    from smsgate.selzy import Selzy

    with Selzy(api_key="...") as selzy:
        batch = selzy.send_sms(["+79092020303"], "Your code is 4321", sender="Shop")
        statuses = selzy.check_sms(batch.sent[0].sms_id)
        for contact in selzy.export_contacts(list_id=1):
            ...

`AsyncSelzy` has the same methods as coroutines and async iterators. Every call is a POST with
the key in the form body, as Selzy recommends (never in a URL that proxies log); `method="GET"`
puts everything in the query string instead. Selzy answers every refusal with HTTP 200 and an
error envelope; it is raised as the `ApiError` subclass its `code` calls for (see `ErrorCode`).
Warnings are logged on `smsgate.selzy` and returned on every result (`.warnings`).

Where each layer lives: `_results` (results and enums), `_decode` (reading replies),
`_inputs` (input checks and Selzy's limits), `_base` (the facade's construction, key, error
envelopes and async-task polling), one module per group of Selzy's API: `_lists`,
`_contacts`, `_messages`, `_campaigns`, `_sms` (sendSms/checkSms), `_statistics`, `_fields`
(fields and tags), `_partner`; `_neutral` (the gateway's mapping), `_callbacks`, and
`_client` (the two public classes composed from the groups).
"""

from __future__ import annotations

from ._base import SelzySettings
from ._callbacks import read_delivery_callback
from ._client import AsyncSelzy, Selzy
from ._inputs import IMPORT_BATCH as IMPORT_BATCH
from ._inputs import normalize_phone
from ._neutral import NEUTRAL_STATES as NEUTRAL_STATES
from ._results import (
    Ack,
    Campaign,
    CampaignStarted,
    CampaignState,
    CampaignStats,
    CampaignStatus,
    ContactInfo,
    ContactStatus,
    Created,
    ErrorCode,
    Field,
    ImportChunk,
    ImportReport,
    ImportRow,
    Listing,
    MailingList,
    Message,
    Registered,
    SenderDomain,
    SentSms,
    SmsBatch,
    SmsChunk,
    SmsState,
    SmsStatus,
    Tag,
    Tariff,
    TariffChange,
    Task,
    TaskStatus,
    Transfer,
    UserInfo,
)

__all__ = [
    "Ack",
    "AsyncSelzy",
    "Campaign",
    "CampaignStarted",
    "CampaignState",
    "CampaignStats",
    "CampaignStatus",
    "ContactInfo",
    "ContactStatus",
    "Created",
    "ErrorCode",
    "Field",
    "ImportChunk",
    "ImportReport",
    "ImportRow",
    "Listing",
    "MailingList",
    "Message",
    "Registered",
    "Selzy",
    "SelzySettings",
    "SenderDomain",
    "SentSms",
    "SmsBatch",
    "SmsChunk",
    "SmsState",
    "SmsStatus",
    "Tag",
    "Tariff",
    "TariffChange",
    "Task",
    "TaskStatus",
    "Transfer",
    "UserInfo",
    "normalize_phone",
    "read_delivery_callback",
]
