# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs"""

from .base_response import BaseResponse
from .brand_name import BrandName
from .brand_names_response import BrandNamesResponse
from .create_brand_name_request import CreateBrandNameRequest
from .create_brand_name_response import CreateBrandNameResponse
from .delivery_report_item import DeliveryReportItem
from .delivery_report_response import DeliveryReportResponse
from .delivery_status_number import DeliveryStatusNumber
from .delivery_status_text import DeliveryStatusText
from .query_flag_type_1 import QueryFlagType1
from .send_sms_request import SendSMSRequest
from .send_sms_response import SendSMSResponse
from .sms_balance_response import SMSBalanceResponse

__all__ = (
    "BaseResponse",
    "BrandName",
    "BrandNamesResponse",
    "CreateBrandNameRequest",
    "CreateBrandNameResponse",
    "DeliveryReportItem",
    "DeliveryReportResponse",
    "DeliveryStatusNumber",
    "DeliveryStatusText",
    "QueryFlagType1",
    "SMSBalanceResponse",
    "SendSMSRequest",
    "SendSMSResponse",
)
