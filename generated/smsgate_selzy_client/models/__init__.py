# Generated from specs/selzy.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs"""

from .async_export_contacts_reply import AsyncExportContactsReply
from .async_export_contacts_request import AsyncExportContactsRequest
from .async_get_campaign_delivery_stats_reply import AsyncGetCampaignDeliveryStatsReply
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
