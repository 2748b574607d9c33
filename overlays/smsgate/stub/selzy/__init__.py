"""A stateful Selzy that answers as Selzy does, for tests, the demo and local development.

State: contact lists, contacts (email and phone, each with a status, user-field values, tags
and list memberships), user fields, tags, SMS messages and their campaigns, single SMS, async
export and report tasks, partner accounts, and a money balance that every SMS part spends.
The lists have no confirmation letter, so subscribing an email with double opt-in (0 or 4) gets
Selzy's "has no confirmation letters" error; `double_optin=3` works.

On the clock, a single SMS goes not_sent -> ok_sent (1 s) -> ok_delivered (3 s); numbers ending
in 000 end in err_delivery_failed, and a number starting with 0 is refused (dest_invalid). A
campaign goes waits_schedule -> scheduled -> in_progress at its start time -> completed 3 s
later. An async task completes after `task_polls` polls.

Requests are read as Selzy's PHP backend reads them (`SelzyStub.request_forms`): every method
answers GET (everything in the query) and POST (a form or multipart body, `format` and
optionally `api_key` and `request_compression` in the query, or everything in the body); PHP
arrays in any key order; a body compressed with bzip2 or gzip when `request_compression` says
so. A method's arguments split between the query and the body get Selzy's "Call to a member
function getMessage() on boolean". Arguments are typed and validated by specs/selzy.yaml.

Replies follow Selzy: always HTTP 200, `{"result": ..., "warnings": [...]}` or `{"error":
"<HTML-encoded text>", "code": "...", "result": ""}`, an unknown method included
(`unknown_method`). With `calls_per_minute`, a key that calls faster gets
`api_call_limit_exceeded_for_api_key`.

Layers: `_model` (data), `_state` (shared state and the clock), `_contacts` and `_messages`
(the methods), `_server` (reading requests and answering them).
"""

from ._model import Account, Campaign, Contact, Fault, Message, Sms, Task
from ._server import HANDLERS, SelzyStub

__all__ = [
    "HANDLERS",
    "Account",
    "Campaign",
    "Contact",
    "Fault",
    "Message",
    "SelzyStub",
    "Sms",
    "Task",
]
