"""Selzy's campaigns: send a created message now or at a time (createCampaign), the
documented create-then-send flow for a list (send_campaign), and cancelCampaign."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from typing import Any

from smsgate_selzy_client import models
from smsgate_selzy_client.api.sms import cancel_campaign, create_campaign

from .. import _limits, _wire
from .._calls import Call
from .._facade import Steps, operation
from . import _decode as decode
from . import _inputs as inputs
from ._base import given
from ._messages import MessageOperations
from ._results import Ack, CampaignStarted, CampaignStatus


class CampaignOperations(MessageOperations):
    """On the messages' operations: a campaign sends a message made with them."""

    def _create_campaign(
        self,
        message_id: int,
        *,
        start_time: datetime | None = None,
        contacts: Iterable[str] = (),
        payment_limit: Decimal | float | None = None,
        payment_currency: str | None = None,
    ) -> Call[CampaignStarted]:
        """Send a created message now, or at `start_time` (timezone-aware; sent as UTC).
        Never retried once it may have reached Selzy."""
        _limits.integer(message_id, "message_id")
        if start_time is not None:
            _limits.future(start_time, "start_time", within=inputs.CAMPAIGN_AHEAD)
        start = inputs.utc(start_time, inputs.MINUTES, "start_time")
        body = models.CreateCampaignRequest(
            message_id=message_id,
            start_time=given(start),
            timezone=given("UTC" if start else None),
            contacts=given(",".join(contacts) or None),
            payment_limit=given(None if payment_limit is None else float(payment_limit)),
            payment_currency=given(payment_currency),
        )

        def convert(result: Any, warnings: tuple[str, ...]) -> CampaignStarted:
            status = decode.unset(result.status)
            count = decode.unset(result.count)
            count = decode.unset(result.Count) if count is None else count  # `Count` in one client
            return CampaignStarted(
                campaign_id=_wire.integer(result.campaign_id, "campaign_id"),
                status=None
                if status is None
                else decode.open_enum(CampaignStatus, status, "status"),
                count=decode.opt_int(count, "count"),
                message_id=message_id,
                warnings=warnings,
            )

        return self._call(create_campaign, decode.of_result(convert), send=True, body=body)

    create_campaign = operation(_create_campaign)

    @operation
    def send_campaign(
        self,
        sender: str,
        body: str,
        list_id: int,
        *,
        tag: str | None = None,
        start_time: datetime | None = None,
    ) -> Steps[CampaignStarted]:
        """The documented flow: createSmsMessage for a list, then createCampaign for it."""
        inputs.utc(start_time, inputs.MINUTES, "start_time")  # fails before anything is made
        created = yield from self._create_sms_message(sender, body, list_id, tag=tag)
        return (yield from self._create_campaign(created.id, start_time=start_time))

    @operation
    def cancel_campaign(self, campaign_id: int) -> Call[Ack]:
        body = models.CancelCampaignRequest(campaign_id=_limits.integer(campaign_id, "campaign_id"))
        return self._call(cancel_campaign, decode.of_result(decode.ack), body=body)
