# Generated from specs/smsc.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562 module ``__getattr__`` over ``_SUBMODULES``),
so that importing one operation does not load every model of the API. Type checkers and
IDEs read the ``TYPE_CHECKING`` block instead, which imports every name for real.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .answer import Answer
    from .balance_result import BalanceResult
    from .black_entry import BlackEntry
    from .black_entry_type import BlackEntryType
    from .charset import Charset
    from .common import Common
    from .contact import Contact
    from .created import Created
    from .delete_message_body import DeleteMessageBody
    from .delivery_error_code import DeliveryErrorCode
    from .documents_add_account_body import DocumentsAddAccountBody
    from .documents_get_account_body import DocumentsGetAccountBody
    from .documents_get_act_body import DocumentsGetActBody
    from .error import Error
    from .format_ import Format
    from .get_answers_body import GetAnswersBody
    from .get_balance_body import GetBalanceBody
    from .get_messages_body import GetMessagesBody
    from .get_messages_body_format import GetMessagesBodyFormat
    from .get_price_body import GetPriceBody
    from .get_price_body_bin import GetPriceBodyBin
    from .get_price_body_translit import GetPriceBodyTranslit
    from .get_price_list_body import GetPriceListBody
    from .get_senders_body import GetSendersBody
    from .get_stat_body import GetStatBody
    from .get_status_body import GetStatusBody
    from .get_status_body_all import GetStatusBodyAll
    from .group import Group
    from .history_message import HistoryMessage
    from .info_get_operator_body import InfoGetOperatorBody
    from .job import Job
    from .job_created import JobCreated
    from .jobs_add_body import JobsAddBody
    from .jobs_add_body_bin import JobsAddBodyBin
    from .jobs_add_body_cost import JobsAddBodyCost
    from .jobs_add_body_rpt import JobsAddBodyRpt
    from .jobs_add_body_translit import JobsAddBodyTranslit
    from .jobs_cancel_body import JobsCancelBody
    from .jobs_del_body import JobsDelBody
    from .jobs_get_all_body import JobsGetAllBody
    from .jobs_get_body import JobsGetBody
    from .mails_add_black_body import MailsAddBlackBody
    from .mails_add_black_body_type import MailsAddBlackBodyType
    from .mails_add_body import MailsAddBody
    from .mails_add_group_body import MailsAddGroupBody
    from .mails_chg_body import MailsChgBody
    from .mails_chg_group_body import MailsChgGroupBody
    from .mails_del_black_body import MailsDelBlackBody
    from .mails_del_body import MailsDelBody
    from .mails_del_group_body import MailsDelGroupBody
    from .mails_get_black_body import MailsGetBlackBody
    from .mails_get_body import MailsGetBody
    from .mails_get_group_body import MailsGetGroupBody
    from .mails_get_group_body_type import MailsGetGroupBodyType
    from .mails_move_group_body import MailsMoveGroupBody
    from .mails_move_group_body_move_group import MailsMoveGroupBodyMoveGroup
    from .message_status import MessageStatus
    from .op_templates_add_body import OpTemplatesAddBody
    from .op_templates_get_body import OpTemplatesGetBody
    from .operator_info import OperatorInfo
    from .phones_add_black_body import PhonesAddBlackBody
    from .phones_add_black_body_type import PhonesAddBlackBodyType
    from .phones_add_body import PhonesAddBody
    from .phones_add_group_body import PhonesAddGroupBody
    from .phones_chg_body import PhonesChgBody
    from .phones_chg_group_body import PhonesChgGroupBody
    from .phones_del_black_body import PhonesDelBlackBody
    from .phones_del_body import PhonesDelBody
    from .phones_del_group_body import PhonesDelGroupBody
    from .phones_get_black_body import PhonesGetBlackBody
    from .phones_get_body import PhonesGetBody
    from .phones_get_group_body import PhonesGetGroupBody
    from .phones_get_group_body_type import PhonesGetGroupBodyType
    from .phones_move_group_body import PhonesMoveGroupBody
    from .phones_move_group_body_move_group import PhonesMoveGroupBodyMoveGroup
    from .ping_body import PingBody
    from .price_result import PriceResult
    from .receive_phones_buy_body import ReceivePhonesBuyBody
    from .receive_phones_chg_body import ReceivePhonesChgBody
    from .receive_phones_get_body import ReceivePhonesGetBody
    from .row import Row
    from .send_body import SendBody
    from .send_body_bin import SendBodyBin
    from .send_body_cost import SendBodyCost
    from .send_body_translit import SendBodyTranslit
    from .send_json_body import SendJsonBody
    from .send_json_body_bin import SendJsonBodyBin
    from .send_json_body_cost import SendJsonBodyCost
    from .send_json_body_translit import SendJsonBodyTranslit
    from .send_list_body import SendListBody
    from .send_list_body_bin import SendListBodyBin
    from .send_list_body_cost import SendListBodyCost
    from .send_list_body_translit import SendListBodyTranslit
    from .send_result import SendResult
    from .send_result_phones_item import SendResultPhonesItem
    from .sender import Sender
    from .sender_created import SenderCreated
    from .senders_add_body import SendersAddBody
    from .senders_check_code_body import SendersCheckCodeBody
    from .senders_chg_body import SendersChgBody
    from .senders_del_body import SendersDelBody
    from .senders_get_body import SendersGetBody
    from .senders_send_code_body import SendersSendCodeBody
    from .stat_row import StatRow
    from .status_code import StatusCode
    from .tariff import Tariff
    from .templates_add_body import TemplatesAddBody
    from .templates_add_body_format import TemplatesAddBodyFormat
    from .templates_chg_body import TemplatesChgBody
    from .templates_chg_body_format import TemplatesChgBodyFormat
    from .templates_del_body import TemplatesDelBody
    from .templates_get_body import TemplatesGetBody
    from .tinyurls_get_body import TinyurlsGetBody
    from .toggle import Toggle
    from .users_add_body import UsersAddBody
    from .users_add_body_curr import UsersAddBodyCurr
    from .users_add_body_type import UsersAddBodyType
    from .users_chg_body import UsersChgBody
    from .users_chg_body_curr import UsersChgBodyCurr
    from .users_chg_body_type import UsersChgBodyType
    from .users_get_stat_all_body import UsersGetStatAllBody
    from .users_get_stat_body import UsersGetStatBody
    from .users_pay_body import UsersPayBody
    from .wait_call_body import WaitCallBody

_SUBMODULES: dict[str, str] = {
    "Answer": ".answer",
    "BalanceResult": ".balance_result",
    "BlackEntry": ".black_entry",
    "BlackEntryType": ".black_entry_type",
    "Charset": ".charset",
    "Common": ".common",
    "Contact": ".contact",
    "Created": ".created",
    "DeleteMessageBody": ".delete_message_body",
    "DeliveryErrorCode": ".delivery_error_code",
    "DocumentsAddAccountBody": ".documents_add_account_body",
    "DocumentsGetAccountBody": ".documents_get_account_body",
    "DocumentsGetActBody": ".documents_get_act_body",
    "Error": ".error",
    "Format": ".format_",
    "GetAnswersBody": ".get_answers_body",
    "GetBalanceBody": ".get_balance_body",
    "GetMessagesBody": ".get_messages_body",
    "GetMessagesBodyFormat": ".get_messages_body_format",
    "GetPriceBody": ".get_price_body",
    "GetPriceBodyBin": ".get_price_body_bin",
    "GetPriceBodyTranslit": ".get_price_body_translit",
    "GetPriceListBody": ".get_price_list_body",
    "GetSendersBody": ".get_senders_body",
    "GetStatBody": ".get_stat_body",
    "GetStatusBody": ".get_status_body",
    "GetStatusBodyAll": ".get_status_body_all",
    "Group": ".group",
    "HistoryMessage": ".history_message",
    "InfoGetOperatorBody": ".info_get_operator_body",
    "Job": ".job",
    "JobCreated": ".job_created",
    "JobsAddBody": ".jobs_add_body",
    "JobsAddBodyBin": ".jobs_add_body_bin",
    "JobsAddBodyCost": ".jobs_add_body_cost",
    "JobsAddBodyRpt": ".jobs_add_body_rpt",
    "JobsAddBodyTranslit": ".jobs_add_body_translit",
    "JobsCancelBody": ".jobs_cancel_body",
    "JobsDelBody": ".jobs_del_body",
    "JobsGetAllBody": ".jobs_get_all_body",
    "JobsGetBody": ".jobs_get_body",
    "MailsAddBlackBody": ".mails_add_black_body",
    "MailsAddBlackBodyType": ".mails_add_black_body_type",
    "MailsAddBody": ".mails_add_body",
    "MailsAddGroupBody": ".mails_add_group_body",
    "MailsChgBody": ".mails_chg_body",
    "MailsChgGroupBody": ".mails_chg_group_body",
    "MailsDelBlackBody": ".mails_del_black_body",
    "MailsDelBody": ".mails_del_body",
    "MailsDelGroupBody": ".mails_del_group_body",
    "MailsGetBlackBody": ".mails_get_black_body",
    "MailsGetBody": ".mails_get_body",
    "MailsGetGroupBody": ".mails_get_group_body",
    "MailsGetGroupBodyType": ".mails_get_group_body_type",
    "MailsMoveGroupBody": ".mails_move_group_body",
    "MailsMoveGroupBodyMoveGroup": ".mails_move_group_body_move_group",
    "MessageStatus": ".message_status",
    "OpTemplatesAddBody": ".op_templates_add_body",
    "OpTemplatesGetBody": ".op_templates_get_body",
    "OperatorInfo": ".operator_info",
    "PhonesAddBlackBody": ".phones_add_black_body",
    "PhonesAddBlackBodyType": ".phones_add_black_body_type",
    "PhonesAddBody": ".phones_add_body",
    "PhonesAddGroupBody": ".phones_add_group_body",
    "PhonesChgBody": ".phones_chg_body",
    "PhonesChgGroupBody": ".phones_chg_group_body",
    "PhonesDelBlackBody": ".phones_del_black_body",
    "PhonesDelBody": ".phones_del_body",
    "PhonesDelGroupBody": ".phones_del_group_body",
    "PhonesGetBlackBody": ".phones_get_black_body",
    "PhonesGetBody": ".phones_get_body",
    "PhonesGetGroupBody": ".phones_get_group_body",
    "PhonesGetGroupBodyType": ".phones_get_group_body_type",
    "PhonesMoveGroupBody": ".phones_move_group_body",
    "PhonesMoveGroupBodyMoveGroup": ".phones_move_group_body_move_group",
    "PingBody": ".ping_body",
    "PriceResult": ".price_result",
    "ReceivePhonesBuyBody": ".receive_phones_buy_body",
    "ReceivePhonesChgBody": ".receive_phones_chg_body",
    "ReceivePhonesGetBody": ".receive_phones_get_body",
    "Row": ".row",
    "SendBody": ".send_body",
    "SendBodyBin": ".send_body_bin",
    "SendBodyCost": ".send_body_cost",
    "SendBodyTranslit": ".send_body_translit",
    "SendJsonBody": ".send_json_body",
    "SendJsonBodyBin": ".send_json_body_bin",
    "SendJsonBodyCost": ".send_json_body_cost",
    "SendJsonBodyTranslit": ".send_json_body_translit",
    "SendListBody": ".send_list_body",
    "SendListBodyBin": ".send_list_body_bin",
    "SendListBodyCost": ".send_list_body_cost",
    "SendListBodyTranslit": ".send_list_body_translit",
    "SendResult": ".send_result",
    "SendResultPhonesItem": ".send_result_phones_item",
    "Sender": ".sender",
    "SenderCreated": ".sender_created",
    "SendersAddBody": ".senders_add_body",
    "SendersCheckCodeBody": ".senders_check_code_body",
    "SendersChgBody": ".senders_chg_body",
    "SendersDelBody": ".senders_del_body",
    "SendersGetBody": ".senders_get_body",
    "SendersSendCodeBody": ".senders_send_code_body",
    "StatRow": ".stat_row",
    "StatusCode": ".status_code",
    "Tariff": ".tariff",
    "TemplatesAddBody": ".templates_add_body",
    "TemplatesAddBodyFormat": ".templates_add_body_format",
    "TemplatesChgBody": ".templates_chg_body",
    "TemplatesChgBodyFormat": ".templates_chg_body_format",
    "TemplatesDelBody": ".templates_del_body",
    "TemplatesGetBody": ".templates_get_body",
    "TinyurlsGetBody": ".tinyurls_get_body",
    "Toggle": ".toggle",
    "UsersAddBody": ".users_add_body",
    "UsersAddBodyCurr": ".users_add_body_curr",
    "UsersAddBodyType": ".users_add_body_type",
    "UsersChgBody": ".users_chg_body",
    "UsersChgBodyCurr": ".users_chg_body_curr",
    "UsersChgBodyType": ".users_chg_body_type",
    "UsersGetStatAllBody": ".users_get_stat_all_body",
    "UsersGetStatBody": ".users_get_stat_body",
    "UsersPayBody": ".users_pay_body",
    "WaitCallBody": ".wait_call_body",
}
"""Each public name -> the submodule (relative to this package) that defines it."""

__all__ = (
    "Answer",
    "BalanceResult",
    "BlackEntry",
    "BlackEntryType",
    "Charset",
    "Common",
    "Contact",
    "Created",
    "DeleteMessageBody",
    "DeliveryErrorCode",
    "DocumentsAddAccountBody",
    "DocumentsGetAccountBody",
    "DocumentsGetActBody",
    "Error",
    "Format",
    "GetAnswersBody",
    "GetBalanceBody",
    "GetMessagesBody",
    "GetMessagesBodyFormat",
    "GetPriceBody",
    "GetPriceBodyBin",
    "GetPriceBodyTranslit",
    "GetPriceListBody",
    "GetSendersBody",
    "GetStatBody",
    "GetStatusBody",
    "GetStatusBodyAll",
    "Group",
    "HistoryMessage",
    "InfoGetOperatorBody",
    "Job",
    "JobCreated",
    "JobsAddBody",
    "JobsAddBodyBin",
    "JobsAddBodyCost",
    "JobsAddBodyRpt",
    "JobsAddBodyTranslit",
    "JobsCancelBody",
    "JobsDelBody",
    "JobsGetAllBody",
    "JobsGetBody",
    "MailsAddBlackBody",
    "MailsAddBlackBodyType",
    "MailsAddBody",
    "MailsAddGroupBody",
    "MailsChgBody",
    "MailsChgGroupBody",
    "MailsDelBlackBody",
    "MailsDelBody",
    "MailsDelGroupBody",
    "MailsGetBlackBody",
    "MailsGetBody",
    "MailsGetGroupBody",
    "MailsGetGroupBodyType",
    "MailsMoveGroupBody",
    "MailsMoveGroupBodyMoveGroup",
    "MessageStatus",
    "OpTemplatesAddBody",
    "OpTemplatesGetBody",
    "OperatorInfo",
    "PhonesAddBlackBody",
    "PhonesAddBlackBodyType",
    "PhonesAddBody",
    "PhonesAddGroupBody",
    "PhonesChgBody",
    "PhonesChgGroupBody",
    "PhonesDelBlackBody",
    "PhonesDelBody",
    "PhonesDelGroupBody",
    "PhonesGetBlackBody",
    "PhonesGetBody",
    "PhonesGetGroupBody",
    "PhonesGetGroupBodyType",
    "PhonesMoveGroupBody",
    "PhonesMoveGroupBodyMoveGroup",
    "PingBody",
    "PriceResult",
    "ReceivePhonesBuyBody",
    "ReceivePhonesChgBody",
    "ReceivePhonesGetBody",
    "Row",
    "SendBody",
    "SendBodyBin",
    "SendBodyCost",
    "SendBodyTranslit",
    "SendJsonBody",
    "SendJsonBodyBin",
    "SendJsonBodyCost",
    "SendJsonBodyTranslit",
    "SendListBody",
    "SendListBodyBin",
    "SendListBodyCost",
    "SendListBodyTranslit",
    "SendResult",
    "SendResultPhonesItem",
    "Sender",
    "SenderCreated",
    "SendersAddBody",
    "SendersCheckCodeBody",
    "SendersChgBody",
    "SendersDelBody",
    "SendersGetBody",
    "SendersSendCodeBody",
    "StatRow",
    "StatusCode",
    "Tariff",
    "TemplatesAddBody",
    "TemplatesAddBodyFormat",
    "TemplatesChgBody",
    "TemplatesChgBodyFormat",
    "TemplatesDelBody",
    "TemplatesGetBody",
    "TinyurlsGetBody",
    "Toggle",
    "UsersAddBody",
    "UsersAddBodyCurr",
    "UsersAddBodyType",
    "UsersChgBody",
    "UsersChgBodyCurr",
    "UsersChgBodyType",
    "UsersGetStatAllBody",
    "UsersGetStatBody",
    "UsersPayBody",
    "WaitCallBody",
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
