"""Selzy's delivery callbacks: it sends none for SMS (its notify_url is for finished async
tasks), so the receiver refuses any that claims to be one."""

from __future__ import annotations

from typing import Any

from ..callbacks import CallbackRequest
from ..errors import CallbackError


def read_delivery_callback(request: CallbackRequest, secret: str | None) -> list[Any]:
    """smsgate.callbacks' reader: Selzy sends no SMS delivery callbacks, so any is refused."""
    raise CallbackError(
        "Selzy sends no SMS delivery callbacks; poll status() instead",
        reason="unsupported",
        vendor="selzy",
    )
