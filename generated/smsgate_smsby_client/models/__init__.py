# Generated from specs/smsby.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs"""

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
