# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""Contains all the data models used in inputs/outputs

Each model is imported on first use (PEP 562 module ``__getattr__`` over ``_SUBMODULES``),
so that importing one operation does not load every model of the API. Type checkers and
IDEs read the ``TYPE_CHECKING`` block instead, which imports every name for real.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_SUBMODULES: dict[str, str] = {
    "BaseResponse": ".base_response",
    "BrandName": ".brand_name",
    "BrandNamesResponse": ".brand_names_response",
    "CreateBrandNameRequest": ".create_brand_name_request",
    "CreateBrandNameResponse": ".create_brand_name_response",
    "DeliveryReportItem": ".delivery_report_item",
    "DeliveryReportResponse": ".delivery_report_response",
    "DeliveryStatusNumber": ".delivery_status_number",
    "DeliveryStatusText": ".delivery_status_text",
    "QueryFlagType1": ".query_flag_type_1",
    "SendSMSRequest": ".send_sms_request",
    "SendSMSResponse": ".send_sms_response",
    "SMSBalanceResponse": ".sms_balance_response",
}
"""Each public name -> the submodule (relative to this package) that defines it."""

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
