"""smsgate: typed sync and async clients for the Selzy, SMSC, SMS.by and uBill SMS gateways.

Each vendor lives in its own module (`smsgate.ubill`, ...), which imports only that vendor's
generated client. Errors for every vendor are in `smsgate.errors`.
"""

from ._facade import DEFAULT_TIMEOUT
from ._retry import RetryPolicy
from .errors import (
    ApiError,
    AuthenticationError,
    CallbackError,
    DecodeError,
    InsufficientFundsError,
    InvalidRequestError,
    OutcomeUnknownError,
    RateLimitError,
    ServerError,
    SmsgateError,
    TransportError,
)

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiError",
    "AuthenticationError",
    "CallbackError",
    "DecodeError",
    "InsufficientFundsError",
    "InvalidRequestError",
    "OutcomeUnknownError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "SmsgateError",
    "TransportError",
    "__version__",
]
