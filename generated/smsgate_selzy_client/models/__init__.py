# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562 module ``__getattr__`` over ``_SUBMODULES``),
so that importing one operation does not load every model of the API. Type checkers and
IDEs read the ``TYPE_CHECKING`` block instead, which imports every name for real.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .async_export_contacts_reply import AsyncExportContactsReply
    from .async_export_contacts_request import AsyncExportContactsRequest
    from .async_get_campaign_delivery_stats_reply import (
        AsyncGetCampaignDeliveryStatsReply,
    )
    from .async_get_campaign_delivery_stats_request import (
        AsyncGetCampaignDeliveryStatsRequest,
    )
    from .async_get_task_result_reply import AsyncGetTaskResultReply
    from .async_get_task_result_request import AsyncGetTaskResultRequest
    from .campaign_common_stats import CampaignCommonStats
    from .campaign_created import CampaignCreated
    from .campaign_info import CampaignInfo
    from .campaign_status_result import CampaignStatusResult
    from .cancel_campaign_reply import CancelCampaignReply
    from .cancel_campaign_request import CancelCampaignRequest
    from .change_tariff_reply import ChangeTariffReply
    from .change_tariff_request import ChangeTariffRequest
    from .check_sms_reply import CheckSmsReply
    from .check_sms_request import CheckSmsRequest
    from .check_user_exists_reply import CheckUserExistsReply
    from .check_user_exists_request import CheckUserExistsRequest
    from .checked_email import CheckedEmail
    from .contact_count_params import ContactCountParams
    from .contact_count_params_type import ContactCountParamsType
    from .contact_count_result import ContactCountResult
    from .contact_count_result_search_params import ContactCountResultSearchParams
    from .contact_email import ContactEmail
    from .contact_info import ContactInfo
    from .contact_info_fields import ContactInfoFields
    from .contact_list import ContactList
    from .contact_status import ContactStatus
    from .create_campaign_get_timezone import CreateCampaignGetTimezone
    from .create_campaign_reply import CreateCampaignReply
    from .create_campaign_request import CreateCampaignRequest
    from .create_campaign_request_timezone import CreateCampaignRequestTimezone
    from .create_field_reply import CreateFieldReply
    from .create_field_request import CreateFieldRequest
    from .create_list_reply import CreateListReply
    from .create_list_request import CreateListRequest
    from .create_sms_message_reply import CreateSmsMessageReply
    from .create_sms_message_request import CreateSmsMessageRequest
    from .delete_field_reply import DeleteFieldReply
    from .delete_field_request import DeleteFieldRequest
    from .delete_list_reply import DeleteListReply
    from .delete_list_request import DeleteListRequest
    from .delete_message_reply import DeleteMessageReply
    from .delete_message_request import DeleteMessageRequest
    from .delete_tag_reply import DeleteTagReply
    from .delete_tag_request import DeleteTagRequest
    from .delivery_table import DeliveryTable
    from .dkim_result import DkimResult
    from .domain_list import DomainList
    from .empty_object import EmptyObject
    from .error_reply import ErrorReply
    from .exclude_get_contact_type import ExcludeGetContactType
    from .exclude_reply import ExcludeReply
    from .exclude_request import ExcludeRequest
    from .exclude_request_contact_type import ExcludeRequestContactType
    from .export_contacts_reply import ExportContactsReply
    from .export_contacts_request import ExportContactsRequest
    from .export_page import ExportPage
    from .field_info import FieldInfo
    from .field_map import FieldMap
    from .field_type import FieldType
    from .field_values_result import FieldValuesResult
    from .field_values_result_field_values import FieldValuesResultFieldValues
    from .flag import Flag
    from .format_ import Format
    from .get_available_tariffs_reply import GetAvailableTariffsReply
    from .get_available_tariffs_request import GetAvailableTariffsRequest
    from .get_campaign_common_stats_reply import GetCampaignCommonStatsReply
    from .get_campaign_common_stats_request import GetCampaignCommonStatsRequest
    from .get_campaign_delivery_stats_reply import GetCampaignDeliveryStatsReply
    from .get_campaign_delivery_stats_request import GetCampaignDeliveryStatsRequest
    from .get_campaign_status_reply import GetCampaignStatusReply
    from .get_campaign_status_request import GetCampaignStatusRequest
    from .get_campaigns_reply import GetCampaignsReply
    from .get_campaigns_request import GetCampaignsRequest
    from .get_checked_email_reply import GetCheckedEmailReply
    from .get_checked_email_request import GetCheckedEmailRequest
    from .get_contact_count_reply import GetContactCountReply
    from .get_contact_count_request import GetContactCountRequest
    from .get_contact_field_values_reply import GetContactFieldValuesReply
    from .get_contact_field_values_request import GetContactFieldValuesRequest
    from .get_contact_reply import GetContactReply
    from .get_contact_request import GetContactRequest
    from .get_fields_reply import GetFieldsReply
    from .get_fields_request import GetFieldsRequest
    from .get_lists_reply import GetListsReply
    from .get_lists_request import GetListsRequest
    from .get_message_reply import GetMessageReply
    from .get_message_request import GetMessageRequest
    from .get_messages_reply import GetMessagesReply
    from .get_messages_request import GetMessagesRequest
    from .get_sender_domain_list_reply import GetSenderDomainListReply
    from .get_sender_domain_list_request import GetSenderDomainListRequest
    from .get_tags_reply import GetTagsReply
    from .get_tags_request import GetTagsRequest
    from .get_total_contacts_count_reply import GetTotalContactsCountReply
    from .get_total_contacts_count_request import GetTotalContactsCountRequest
    from .get_user_info_reply import GetUserInfoReply
    from .get_user_info_request import GetUserInfoRequest
    from .get_users_reply import GetUsersReply
    from .get_users_request import GetUsersRequest
    from .id_result import IdResult
    from .import_contacts_get_double_optin import ImportContactsGetDoubleOptin
    from .import_contacts_reply import ImportContactsReply
    from .import_contacts_request import ImportContactsRequest
    from .import_contacts_request_double_optin import ImportContactsRequestDoubleOptin
    from .import_log_entry import ImportLogEntry
    from .import_result import ImportResult
    from .is_contact_in_lists_get_condition import IsContactInListsGetCondition
    from .is_contact_in_lists_reply import IsContactInListsReply
    from .is_contact_in_lists_request import IsContactInListsRequest
    from .is_contact_in_lists_request_condition import IsContactInListsRequestCondition
    from .lang import Lang
    from .list_info import ListInfo
    from .list_messages_reply import ListMessagesReply
    from .list_messages_request import ListMessagesRequest
    from .message_created import MessageCreated
    from .message_detail import MessageDetail
    from .message_info import MessageInfo
    from .message_summary import MessageSummary
    from .message_text import MessageText
    from .person_result import PersonResult
    from .register_reply import RegisterReply
    from .register_request import RegisterRequest
    from .registered import Registered
    from .send_sms_reply import SendSmsReply
    from .send_sms_request import SendSmsRequest
    from .sender_domain import SenderDomain
    from .set_sender_domain_reply import SetSenderDomainReply
    from .set_sender_domain_request import SetSenderDomainRequest
    from .sms_sent import SmsSent
    from .sms_status_result import SmsStatusResult
    from .subscribe_get_double_optin import SubscribeGetDoubleOptin
    from .subscribe_get_overwrite import SubscribeGetOverwrite
    from .subscribe_reply import SubscribeReply
    from .subscribe_request import SubscribeRequest
    from .subscribe_request_double_optin import SubscribeRequestDoubleOptin
    from .subscribe_request_overwrite import SubscribeRequestOverwrite
    from .tag_info import TagInfo
    from .tariff import Tariff
    from .tariff_changed import TariffChanged
    from .task_ready_callback import TaskReadyCallback
    from .task_result import TaskResult
    from .task_started import TaskStarted
    from .total_result import TotalResult
    from .transfer_money_get_currency import TransferMoneyGetCurrency
    from .transfer_money_reply import TransferMoneyReply
    from .transfer_money_request import TransferMoneyRequest
    from .transfer_money_request_currency import TransferMoneyRequestCurrency
    from .transfer_result import TransferResult
    from .unsubscribe_get_contact_type import UnsubscribeGetContactType
    from .unsubscribe_reply import UnsubscribeReply
    from .unsubscribe_request import UnsubscribeRequest
    from .unsubscribe_request_contact_type import UnsubscribeRequestContactType
    from .update_field_reply import UpdateFieldReply
    from .update_field_request import UpdateFieldRequest
    from .update_list_reply import UpdateListReply
    from .update_list_request import UpdateListRequest
    from .user_exists import UserExists
    from .user_info import UserInfo
    from .validate_sender_reply import ValidateSenderReply
    from .validate_sender_request import ValidateSenderRequest
    from .warning import Warning_

_SUBMODULES: dict[str, str] = {
    "AsyncExportContactsReply": ".async_export_contacts_reply",
    "AsyncExportContactsRequest": ".async_export_contacts_request",
    "AsyncGetCampaignDeliveryStatsReply": ".async_get_campaign_delivery_stats_reply",
    "AsyncGetCampaignDeliveryStatsRequest": ".async_get_campaign_delivery_stats_request",
    "AsyncGetTaskResultReply": ".async_get_task_result_reply",
    "AsyncGetTaskResultRequest": ".async_get_task_result_request",
    "CampaignCommonStats": ".campaign_common_stats",
    "CampaignCreated": ".campaign_created",
    "CampaignInfo": ".campaign_info",
    "CampaignStatusResult": ".campaign_status_result",
    "CancelCampaignReply": ".cancel_campaign_reply",
    "CancelCampaignRequest": ".cancel_campaign_request",
    "ChangeTariffReply": ".change_tariff_reply",
    "ChangeTariffRequest": ".change_tariff_request",
    "CheckSmsReply": ".check_sms_reply",
    "CheckSmsRequest": ".check_sms_request",
    "CheckUserExistsReply": ".check_user_exists_reply",
    "CheckUserExistsRequest": ".check_user_exists_request",
    "CheckedEmail": ".checked_email",
    "ContactCountParams": ".contact_count_params",
    "ContactCountParamsType": ".contact_count_params_type",
    "ContactCountResult": ".contact_count_result",
    "ContactCountResultSearchParams": ".contact_count_result_search_params",
    "ContactEmail": ".contact_email",
    "ContactInfo": ".contact_info",
    "ContactInfoFields": ".contact_info_fields",
    "ContactList": ".contact_list",
    "ContactStatus": ".contact_status",
    "CreateCampaignGetTimezone": ".create_campaign_get_timezone",
    "CreateCampaignReply": ".create_campaign_reply",
    "CreateCampaignRequest": ".create_campaign_request",
    "CreateCampaignRequestTimezone": ".create_campaign_request_timezone",
    "CreateFieldReply": ".create_field_reply",
    "CreateFieldRequest": ".create_field_request",
    "CreateListReply": ".create_list_reply",
    "CreateListRequest": ".create_list_request",
    "CreateSmsMessageReply": ".create_sms_message_reply",
    "CreateSmsMessageRequest": ".create_sms_message_request",
    "DeleteFieldReply": ".delete_field_reply",
    "DeleteFieldRequest": ".delete_field_request",
    "DeleteListReply": ".delete_list_reply",
    "DeleteListRequest": ".delete_list_request",
    "DeleteMessageReply": ".delete_message_reply",
    "DeleteMessageRequest": ".delete_message_request",
    "DeleteTagReply": ".delete_tag_reply",
    "DeleteTagRequest": ".delete_tag_request",
    "DeliveryTable": ".delivery_table",
    "DkimResult": ".dkim_result",
    "DomainList": ".domain_list",
    "EmptyObject": ".empty_object",
    "ErrorReply": ".error_reply",
    "ExcludeGetContactType": ".exclude_get_contact_type",
    "ExcludeReply": ".exclude_reply",
    "ExcludeRequest": ".exclude_request",
    "ExcludeRequestContactType": ".exclude_request_contact_type",
    "ExportContactsReply": ".export_contacts_reply",
    "ExportContactsRequest": ".export_contacts_request",
    "ExportPage": ".export_page",
    "FieldInfo": ".field_info",
    "FieldMap": ".field_map",
    "FieldType": ".field_type",
    "FieldValuesResult": ".field_values_result",
    "FieldValuesResultFieldValues": ".field_values_result_field_values",
    "Flag": ".flag",
    "Format": ".format_",
    "GetAvailableTariffsReply": ".get_available_tariffs_reply",
    "GetAvailableTariffsRequest": ".get_available_tariffs_request",
    "GetCampaignCommonStatsReply": ".get_campaign_common_stats_reply",
    "GetCampaignCommonStatsRequest": ".get_campaign_common_stats_request",
    "GetCampaignDeliveryStatsReply": ".get_campaign_delivery_stats_reply",
    "GetCampaignDeliveryStatsRequest": ".get_campaign_delivery_stats_request",
    "GetCampaignStatusReply": ".get_campaign_status_reply",
    "GetCampaignStatusRequest": ".get_campaign_status_request",
    "GetCampaignsReply": ".get_campaigns_reply",
    "GetCampaignsRequest": ".get_campaigns_request",
    "GetCheckedEmailReply": ".get_checked_email_reply",
    "GetCheckedEmailRequest": ".get_checked_email_request",
    "GetContactCountReply": ".get_contact_count_reply",
    "GetContactCountRequest": ".get_contact_count_request",
    "GetContactFieldValuesReply": ".get_contact_field_values_reply",
    "GetContactFieldValuesRequest": ".get_contact_field_values_request",
    "GetContactReply": ".get_contact_reply",
    "GetContactRequest": ".get_contact_request",
    "GetFieldsReply": ".get_fields_reply",
    "GetFieldsRequest": ".get_fields_request",
    "GetListsReply": ".get_lists_reply",
    "GetListsRequest": ".get_lists_request",
    "GetMessageReply": ".get_message_reply",
    "GetMessageRequest": ".get_message_request",
    "GetMessagesReply": ".get_messages_reply",
    "GetMessagesRequest": ".get_messages_request",
    "GetSenderDomainListReply": ".get_sender_domain_list_reply",
    "GetSenderDomainListRequest": ".get_sender_domain_list_request",
    "GetTagsReply": ".get_tags_reply",
    "GetTagsRequest": ".get_tags_request",
    "GetTotalContactsCountReply": ".get_total_contacts_count_reply",
    "GetTotalContactsCountRequest": ".get_total_contacts_count_request",
    "GetUserInfoReply": ".get_user_info_reply",
    "GetUserInfoRequest": ".get_user_info_request",
    "GetUsersReply": ".get_users_reply",
    "GetUsersRequest": ".get_users_request",
    "IdResult": ".id_result",
    "ImportContactsGetDoubleOptin": ".import_contacts_get_double_optin",
    "ImportContactsReply": ".import_contacts_reply",
    "ImportContactsRequest": ".import_contacts_request",
    "ImportContactsRequestDoubleOptin": ".import_contacts_request_double_optin",
    "ImportLogEntry": ".import_log_entry",
    "ImportResult": ".import_result",
    "IsContactInListsGetCondition": ".is_contact_in_lists_get_condition",
    "IsContactInListsReply": ".is_contact_in_lists_reply",
    "IsContactInListsRequest": ".is_contact_in_lists_request",
    "IsContactInListsRequestCondition": ".is_contact_in_lists_request_condition",
    "Lang": ".lang",
    "ListInfo": ".list_info",
    "ListMessagesReply": ".list_messages_reply",
    "ListMessagesRequest": ".list_messages_request",
    "MessageCreated": ".message_created",
    "MessageDetail": ".message_detail",
    "MessageInfo": ".message_info",
    "MessageSummary": ".message_summary",
    "MessageText": ".message_text",
    "PersonResult": ".person_result",
    "RegisterReply": ".register_reply",
    "RegisterRequest": ".register_request",
    "Registered": ".registered",
    "SendSmsReply": ".send_sms_reply",
    "SendSmsRequest": ".send_sms_request",
    "SenderDomain": ".sender_domain",
    "SetSenderDomainReply": ".set_sender_domain_reply",
    "SetSenderDomainRequest": ".set_sender_domain_request",
    "SmsSent": ".sms_sent",
    "SmsStatusResult": ".sms_status_result",
    "SubscribeGetDoubleOptin": ".subscribe_get_double_optin",
    "SubscribeGetOverwrite": ".subscribe_get_overwrite",
    "SubscribeReply": ".subscribe_reply",
    "SubscribeRequest": ".subscribe_request",
    "SubscribeRequestDoubleOptin": ".subscribe_request_double_optin",
    "SubscribeRequestOverwrite": ".subscribe_request_overwrite",
    "TagInfo": ".tag_info",
    "Tariff": ".tariff",
    "TariffChanged": ".tariff_changed",
    "TaskReadyCallback": ".task_ready_callback",
    "TaskResult": ".task_result",
    "TaskStarted": ".task_started",
    "TotalResult": ".total_result",
    "TransferMoneyGetCurrency": ".transfer_money_get_currency",
    "TransferMoneyReply": ".transfer_money_reply",
    "TransferMoneyRequest": ".transfer_money_request",
    "TransferMoneyRequestCurrency": ".transfer_money_request_currency",
    "TransferResult": ".transfer_result",
    "UnsubscribeGetContactType": ".unsubscribe_get_contact_type",
    "UnsubscribeReply": ".unsubscribe_reply",
    "UnsubscribeRequest": ".unsubscribe_request",
    "UnsubscribeRequestContactType": ".unsubscribe_request_contact_type",
    "UpdateFieldReply": ".update_field_reply",
    "UpdateFieldRequest": ".update_field_request",
    "UpdateListReply": ".update_list_reply",
    "UpdateListRequest": ".update_list_request",
    "UserExists": ".user_exists",
    "UserInfo": ".user_info",
    "ValidateSenderReply": ".validate_sender_reply",
    "ValidateSenderRequest": ".validate_sender_request",
    "Warning_": ".warning",
}
"""Each public name -> the submodule (relative to this package) that defines it."""

__all__ = (
    "AsyncExportContactsReply",
    "AsyncExportContactsRequest",
    "AsyncGetCampaignDeliveryStatsReply",
    "AsyncGetCampaignDeliveryStatsRequest",
    "AsyncGetTaskResultReply",
    "AsyncGetTaskResultRequest",
    "CampaignCommonStats",
    "CampaignCreated",
    "CampaignInfo",
    "CampaignStatusResult",
    "CancelCampaignReply",
    "CancelCampaignRequest",
    "ChangeTariffReply",
    "ChangeTariffRequest",
    "CheckSmsReply",
    "CheckSmsRequest",
    "CheckUserExistsReply",
    "CheckUserExistsRequest",
    "CheckedEmail",
    "ContactCountParams",
    "ContactCountParamsType",
    "ContactCountResult",
    "ContactCountResultSearchParams",
    "ContactEmail",
    "ContactInfo",
    "ContactInfoFields",
    "ContactList",
    "ContactStatus",
    "CreateCampaignGetTimezone",
    "CreateCampaignReply",
    "CreateCampaignRequest",
    "CreateCampaignRequestTimezone",
    "CreateFieldReply",
    "CreateFieldRequest",
    "CreateListReply",
    "CreateListRequest",
    "CreateSmsMessageReply",
    "CreateSmsMessageRequest",
    "DeleteFieldReply",
    "DeleteFieldRequest",
    "DeleteListReply",
    "DeleteListRequest",
    "DeleteMessageReply",
    "DeleteMessageRequest",
    "DeleteTagReply",
    "DeleteTagRequest",
    "DeliveryTable",
    "DkimResult",
    "DomainList",
    "EmptyObject",
    "ErrorReply",
    "ExcludeGetContactType",
    "ExcludeReply",
    "ExcludeRequest",
    "ExcludeRequestContactType",
    "ExportContactsReply",
    "ExportContactsRequest",
    "ExportPage",
    "FieldInfo",
    "FieldMap",
    "FieldType",
    "FieldValuesResult",
    "FieldValuesResultFieldValues",
    "Flag",
    "Format",
    "GetAvailableTariffsReply",
    "GetAvailableTariffsRequest",
    "GetCampaignCommonStatsReply",
    "GetCampaignCommonStatsRequest",
    "GetCampaignDeliveryStatsReply",
    "GetCampaignDeliveryStatsRequest",
    "GetCampaignStatusReply",
    "GetCampaignStatusRequest",
    "GetCampaignsReply",
    "GetCampaignsRequest",
    "GetCheckedEmailReply",
    "GetCheckedEmailRequest",
    "GetContactCountReply",
    "GetContactCountRequest",
    "GetContactFieldValuesReply",
    "GetContactFieldValuesRequest",
    "GetContactReply",
    "GetContactRequest",
    "GetFieldsReply",
    "GetFieldsRequest",
    "GetListsReply",
    "GetListsRequest",
    "GetMessageReply",
    "GetMessageRequest",
    "GetMessagesReply",
    "GetMessagesRequest",
    "GetSenderDomainListReply",
    "GetSenderDomainListRequest",
    "GetTagsReply",
    "GetTagsRequest",
    "GetTotalContactsCountReply",
    "GetTotalContactsCountRequest",
    "GetUserInfoReply",
    "GetUserInfoRequest",
    "GetUsersReply",
    "GetUsersRequest",
    "IdResult",
    "ImportContactsGetDoubleOptin",
    "ImportContactsReply",
    "ImportContactsRequest",
    "ImportContactsRequestDoubleOptin",
    "ImportLogEntry",
    "ImportResult",
    "IsContactInListsGetCondition",
    "IsContactInListsReply",
    "IsContactInListsRequest",
    "IsContactInListsRequestCondition",
    "Lang",
    "ListInfo",
    "ListMessagesReply",
    "ListMessagesRequest",
    "MessageCreated",
    "MessageDetail",
    "MessageInfo",
    "MessageSummary",
    "MessageText",
    "PersonResult",
    "RegisterReply",
    "RegisterRequest",
    "Registered",
    "SendSmsReply",
    "SendSmsRequest",
    "SenderDomain",
    "SetSenderDomainReply",
    "SetSenderDomainRequest",
    "SmsSent",
    "SmsStatusResult",
    "SubscribeGetDoubleOptin",
    "SubscribeGetOverwrite",
    "SubscribeReply",
    "SubscribeRequest",
    "SubscribeRequestDoubleOptin",
    "SubscribeRequestOverwrite",
    "TagInfo",
    "Tariff",
    "TariffChanged",
    "TaskReadyCallback",
    "TaskResult",
    "TaskStarted",
    "TotalResult",
    "TransferMoneyGetCurrency",
    "TransferMoneyReply",
    "TransferMoneyRequest",
    "TransferMoneyRequestCurrency",
    "TransferResult",
    "UnsubscribeGetContactType",
    "UnsubscribeReply",
    "UnsubscribeRequest",
    "UnsubscribeRequestContactType",
    "UpdateFieldReply",
    "UpdateFieldRequest",
    "UpdateListReply",
    "UpdateListRequest",
    "UserExists",
    "UserInfo",
    "ValidateSenderReply",
    "ValidateSenderRequest",
    "Warning_",
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
