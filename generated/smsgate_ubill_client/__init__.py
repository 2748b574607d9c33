# Generated from specs/ubill.yaml by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py, regenerate.
"""A client library for accessing uBill SMS API"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

_SUBMODULES: dict[str, str] = {
    "AuthenticatedClient": ".client",
    "Client": ".client",
}
"""Each public name -> the submodule (relative to this package) that defines it: the clients
(and attrs, which they are built with) are imported on first use, not by every import of an
endpoint or model module, which loads this package first."""

__all__ = (
    "AuthenticatedClient",
    "Client",
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
