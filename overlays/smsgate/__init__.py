"""smsgate: typed sync and async clients for the Selzy, SMSC, SMS.by and uBill SMS gateways.

Each vendor lives in its own module (`smsgate.ubill`, ...), which imports only that vendor's
generated client. Errors for every vendor are in `smsgate.errors`.
"""

from . import errors
from ._facade import DEFAULT_TIMEOUT
from ._retry import RetryPolicy
from .errors import *  # noqa: F403 - the errors are part of the top-level API

__version__ = "0.1.0"

__all__ = ["DEFAULT_TIMEOUT", "RetryPolicy", "__version__", *errors.__all__]
