# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562 module ``__getattr__`` over ``_SUBMODULES``),
so that importing one operation does not load every model of the API. Type checkers and
IDEs read the ``TYPE_CHECKING`` block instead, which imports every name for real.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .alphaname_request import AlphanameRequest
    from .any_reply import AnyReply
    from .balance_item import BalanceItem
    from .balance_reply import BalanceReply
    from .bill import Bill
    from .bill_reply import BillReply
    from .bill_request import BillRequest
    from .bill_request_amount_type import BillRequestAmountType
    from .bill_request_type import BillRequestType
    from .bills_page import BillsPage
    from .bills_reply import BillsReply
    from .bulk_accepted import BulkAccepted
    from .bulk_delivery import BulkDelivery
    from .bulk_mailing_status import BulkMailingStatus
    from .bulk_recipient import BulkRecipient
    from .bulk_sms_request import BulkSmsRequest
    from .bulk_text_mailing import BulkTextMailing
    from .bulk_text_mailing_message_type import BulkTextMailingMessageType
    from .bulk_viber_request import BulkViberRequest
    from .categories_reply import CategoriesReply
    from .category import Category
    from .code_sent import CodeSent
    from .code_type import CodeType
    from .confirm_list_request import ConfirmListRequest
    from .created_message import CreatedMessage
    from .delivery_item import DeliveryItem
    from .delivery_page import DeliveryPage
    from .delivery_status_type_0 import DeliveryStatusType0
    from .error import Error
    from .flag import Flag
    from .flash_call import FlashCall
    from .flash_call_confirm_reply import FlashCallConfirmReply
    from .flash_call_confirm_request import FlashCallConfirmRequest
    from .flash_call_confirmation import FlashCallConfirmation
    from .flash_call_reply import FlashCallReply
    from .flash_call_request import FlashCallRequest
    from .forwarding_options import ForwardingOptions
    from .get_sms_messages_type import GetSmsMessagesType
    from .id_reply import IdReply
    from .import_log_entry import ImportLogEntry
    from .import_reply import ImportReply
    from .import_request import ImportRequest
    from .import_result import ImportResult
    from .limit_reply import LimitReply
    from .list_created import ListCreated
    from .list_created_reply import ListCreatedReply
    from .lists_reply import ListsReply
    from .mailing import Mailing
    from .mailing_base import MailingBase
    from .mailings_reply import MailingsReply
    from .message_item import MessageItem
    from .message_status import MessageStatus
    from .messages_page import MessagesPage
    from .name_map import NameMap
    from .notification_settings import NotificationSettings
    from .password_change_request import PasswordChangeRequest
    from .password_object import PasswordObject
    from .password_object_created import PasswordObjectCreated
    from .password_object_created_result import PasswordObjectCreatedResult
    from .password_object_reply import PasswordObjectReply
    from .password_objects_reply import PasswordObjectsReply
    from .personal_mailing import PersonalMailing
    from .personal_mailing_message_type import PersonalMailingMessageType
    from .quick_sent import QuickSent
    from .quick_viber_media_request import QuickViberMediaRequest
    from .quick_viber_request import QuickViberRequest
    from .result_flag import ResultFlag
    from .send_status_type_0 import SendStatusType0
    from .sms_check import SmsCheck
    from .sms_list_request import SmsListRequest
    from .sms_queued import SmsQueued
    from .subscriber_list import SubscriberList
    from .template_status_type_0 import TemplateStatusType0
    from .viber_bulk_mailing import ViberBulkMailing
    from .viber_content import ViberContent
    from .viber_content_type import ViberContentType
    from .viber_list_request import ViberListRequest
    from .viber_message_request import ViberMessageRequest
    from .viber_message_type import ViberMessageType
    from .viber_personal_mailing import ViberPersonalMailing
    from .viber_queued import ViberQueued
    from .viber_queued_reply import ViberQueuedReply
    from .viber_send_request import ViberSendRequest
    from .with_viber_content import WithViberContent

_SUBMODULES: dict[str, str] = {
    "AlphanameRequest": ".alphaname_request",
    "AnyReply": ".any_reply",
    "BalanceItem": ".balance_item",
    "BalanceReply": ".balance_reply",
    "Bill": ".bill",
    "BillReply": ".bill_reply",
    "BillRequest": ".bill_request",
    "BillRequestAmountType": ".bill_request_amount_type",
    "BillRequestType": ".bill_request_type",
    "BillsPage": ".bills_page",
    "BillsReply": ".bills_reply",
    "BulkAccepted": ".bulk_accepted",
    "BulkDelivery": ".bulk_delivery",
    "BulkMailingStatus": ".bulk_mailing_status",
    "BulkRecipient": ".bulk_recipient",
    "BulkSmsRequest": ".bulk_sms_request",
    "BulkTextMailing": ".bulk_text_mailing",
    "BulkTextMailingMessageType": ".bulk_text_mailing_message_type",
    "BulkViberRequest": ".bulk_viber_request",
    "CategoriesReply": ".categories_reply",
    "Category": ".category",
    "CodeSent": ".code_sent",
    "CodeType": ".code_type",
    "ConfirmListRequest": ".confirm_list_request",
    "CreatedMessage": ".created_message",
    "DeliveryItem": ".delivery_item",
    "DeliveryPage": ".delivery_page",
    "DeliveryStatusType0": ".delivery_status_type_0",
    "Error": ".error",
    "Flag": ".flag",
    "FlashCall": ".flash_call",
    "FlashCallConfirmReply": ".flash_call_confirm_reply",
    "FlashCallConfirmRequest": ".flash_call_confirm_request",
    "FlashCallConfirmation": ".flash_call_confirmation",
    "FlashCallReply": ".flash_call_reply",
    "FlashCallRequest": ".flash_call_request",
    "ForwardingOptions": ".forwarding_options",
    "GetSmsMessagesType": ".get_sms_messages_type",
    "IdReply": ".id_reply",
    "ImportLogEntry": ".import_log_entry",
    "ImportReply": ".import_reply",
    "ImportRequest": ".import_request",
    "ImportResult": ".import_result",
    "LimitReply": ".limit_reply",
    "ListCreated": ".list_created",
    "ListCreatedReply": ".list_created_reply",
    "ListsReply": ".lists_reply",
    "Mailing": ".mailing",
    "MailingBase": ".mailing_base",
    "MailingsReply": ".mailings_reply",
    "MessageItem": ".message_item",
    "MessageStatus": ".message_status",
    "MessagesPage": ".messages_page",
    "NameMap": ".name_map",
    "NotificationSettings": ".notification_settings",
    "PasswordChangeRequest": ".password_change_request",
    "PasswordObject": ".password_object",
    "PasswordObjectCreated": ".password_object_created",
    "PasswordObjectCreatedResult": ".password_object_created_result",
    "PasswordObjectReply": ".password_object_reply",
    "PasswordObjectsReply": ".password_objects_reply",
    "PersonalMailing": ".personal_mailing",
    "PersonalMailingMessageType": ".personal_mailing_message_type",
    "QuickSent": ".quick_sent",
    "QuickViberMediaRequest": ".quick_viber_media_request",
    "QuickViberRequest": ".quick_viber_request",
    "ResultFlag": ".result_flag",
    "SendStatusType0": ".send_status_type_0",
    "SmsCheck": ".sms_check",
    "SmsListRequest": ".sms_list_request",
    "SmsQueued": ".sms_queued",
    "SubscriberList": ".subscriber_list",
    "TemplateStatusType0": ".template_status_type_0",
    "ViberBulkMailing": ".viber_bulk_mailing",
    "ViberContent": ".viber_content",
    "ViberContentType": ".viber_content_type",
    "ViberListRequest": ".viber_list_request",
    "ViberMessageRequest": ".viber_message_request",
    "ViberMessageType": ".viber_message_type",
    "ViberPersonalMailing": ".viber_personal_mailing",
    "ViberQueued": ".viber_queued",
    "ViberQueuedReply": ".viber_queued_reply",
    "ViberSendRequest": ".viber_send_request",
    "WithViberContent": ".with_viber_content",
}
"""Each public name -> the submodule (relative to this package) that defines it."""

__all__ = (
    "AlphanameRequest",
    "AnyReply",
    "BalanceItem",
    "BalanceReply",
    "Bill",
    "BillReply",
    "BillRequest",
    "BillRequestAmountType",
    "BillRequestType",
    "BillsPage",
    "BillsReply",
    "BulkAccepted",
    "BulkDelivery",
    "BulkMailingStatus",
    "BulkRecipient",
    "BulkSmsRequest",
    "BulkTextMailing",
    "BulkTextMailingMessageType",
    "BulkViberRequest",
    "CategoriesReply",
    "Category",
    "CodeSent",
    "CodeType",
    "ConfirmListRequest",
    "CreatedMessage",
    "DeliveryItem",
    "DeliveryPage",
    "DeliveryStatusType0",
    "Error",
    "Flag",
    "FlashCall",
    "FlashCallConfirmReply",
    "FlashCallConfirmRequest",
    "FlashCallConfirmation",
    "FlashCallReply",
    "FlashCallRequest",
    "ForwardingOptions",
    "GetSmsMessagesType",
    "IdReply",
    "ImportLogEntry",
    "ImportReply",
    "ImportRequest",
    "ImportResult",
    "LimitReply",
    "ListCreated",
    "ListCreatedReply",
    "ListsReply",
    "Mailing",
    "MailingBase",
    "MailingsReply",
    "MessageItem",
    "MessageStatus",
    "MessagesPage",
    "NameMap",
    "NotificationSettings",
    "PasswordChangeRequest",
    "PasswordObject",
    "PasswordObjectCreated",
    "PasswordObjectCreatedResult",
    "PasswordObjectReply",
    "PasswordObjectsReply",
    "PersonalMailing",
    "PersonalMailingMessageType",
    "QuickSent",
    "QuickViberMediaRequest",
    "QuickViberRequest",
    "ResultFlag",
    "SendStatusType0",
    "SmsCheck",
    "SmsListRequest",
    "SmsQueued",
    "SubscriberList",
    "TemplateStatusType0",
    "ViberBulkMailing",
    "ViberContent",
    "ViberContentType",
    "ViberListRequest",
    "ViberMessageRequest",
    "ViberMessageType",
    "ViberPersonalMailing",
    "ViberQueued",
    "ViberQueuedReply",
    "ViberSendRequest",
    "WithViberContent",
)

if not TYPE_CHECKING:  # hidden from type checkers, which would type unknown names by it

    def __getattr__(name: str) -> object:
        try:
            submodule = _SUBMODULES[name]
        except KeyError:
            raise AttributeError(
                f"module {__name__!r} has no attribute {name!r}"
            ) from None
        value = getattr(importlib.import_module(submodule, __name__), name)
        globals()[name] = value  # later lookups are plain module attributes
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
