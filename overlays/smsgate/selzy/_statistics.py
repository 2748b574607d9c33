"""Selzy's statistics: per-recipient delivery reports (the async one and the legacy table),
a campaign's totals and status, and the campaigns by start time (getCampaigns)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from smsgate_selzy_client import models
from smsgate_selzy_client.api.statistics import (
    async_get_campaign_delivery_stats,
    get_campaign_common_stats,
    get_campaign_delivery_stats,
    get_campaign_status,
    get_campaigns,
)

from .. import _limits, _pager, _wire
from .._calls import Call
from .._facade import Stream, operation, stream
from . import _decode as decode
from . import _inputs as inputs
from ._base import SelzyFacade, given
from ._results import Campaign, CampaignState, CampaignStats, CampaignStatus, Listing, Task


def _campaign_page(reply: Any) -> list[Campaign]:
    return [decode.campaign(entry) for entry in reply.result]


def _delivery_table(result: Any, warnings: tuple[str, ...]) -> Listing[dict[str, str | None]]:
    names = [_wire.text(n, "field") for n in result.fields]
    return Listing([dict(zip(names, row, strict=True)) for row in result.data], warnings)


def _campaign_stats(result: Any, warnings: tuple[str, ...]) -> CampaignStats:
    counters = {
        name: _wire.integer(value, name)
        for name, value in result.to_dict().items()
        if name in CampaignStats.__dataclass_fields__ and name != "warnings"
    }
    return CampaignStats(**counters, warnings=warnings)


def _campaign_state(result: Any, warnings: tuple[str, ...]) -> CampaignState:
    return CampaignState(
        status=decode.open_enum(CampaignStatus, result.status, "status"),
        created=decode.moment(result.creation_time, "creation_time"),
        started=decode.moment(result.start_time, "start_time"),
        warnings=warnings,
    )


class StatisticsOperations(SelzyFacade):
    def _start_delivery_report(
        self,
        campaign_id: int,
        *,
        changed_since: datetime | None = None,
        field_ids: Iterable[int] = (),
        notify_url: str | None = None,
    ) -> Call[Task]:
        """Start async/getCampaignDeliveryStats; `wait_for_task` and `read_file` finish it."""
        body = models.AsyncGetCampaignDeliveryStatsRequest(
            campaign_id=_limits.integer(campaign_id, "campaign_id"),
            changed_since=given(inputs.utc(changed_since, inputs.SECONDS, "changed_since")),
            field_ids=given([_limits.integer(i, "field id") for i in field_ids] or None),
            notify_url=given(notify_url),
        )
        endpoint = async_get_campaign_delivery_stats
        return self._call(endpoint, decode.of_result(decode.task), body=body)

    start_delivery_report = operation(_start_delivery_report)

    @stream
    def delivery_report(
        self, campaign_id: int, *, changed_since: datetime | None = None
    ) -> Stream[dict[str, str]]:
        """The async delivery report: start it, poll until done, yield its rows (for SMS:
        the phone and its `send_result`, an `SmsStatus` value)."""
        started = yield from self._start_delivery_report(campaign_id, changed_since=changed_since)
        task = yield from self._wait(started)
        yield from self._file_rows(task)

    @operation
    def delivery_table(
        self,
        campaign_id: int,
        *,
        changed_since: datetime | None = None,
        field_ids: Iterable[int] = (),
    ) -> Call[Listing[dict[str, str | None]]]:
        """The legacy synchronous report (unconfirmed on Selzy): one {column: value} per row."""
        fields = [str(_limits.integer(i, "field id")) for i in field_ids]
        body = models.GetCampaignDeliveryStatsRequest(
            campaign_id=_limits.integer(campaign_id, "campaign_id"),
            changed_since=given(inputs.utc(changed_since, inputs.SECONDS, "changed_since")),
            field_ids=given(",".join(fields) or None),
        )
        return self._call(get_campaign_delivery_stats, decode.of_result(_delivery_table), body=body)

    @operation
    def campaign_stats(self, campaign_id: int) -> Call[CampaignStats]:
        body = models.GetCampaignCommonStatsRequest(
            campaign_id=_limits.integer(campaign_id, "campaign_id")
        )
        return self._call(get_campaign_common_stats, decode.of_result(_campaign_stats), body=body)

    @operation
    def campaign_status(self, campaign_id: int) -> Call[CampaignState]:
        body = models.GetCampaignStatusRequest(
            campaign_id=_limits.integer(campaign_id, "campaign_id")
        )
        return self._call(get_campaign_status, decode.of_result(_campaign_state), body=body)

    @stream
    def campaigns(
        self,
        *,
        start_from: datetime | None = None,
        start_to: datetime | None = None,
        page_size: int = inputs.LIST_PAGE,
    ) -> Stream[Campaign]:
        """Campaigns by start time, page by page."""
        size = _limits.integer(page_size, "page_size", most=inputs.CAMPAIGN_PAGE)
        since = inputs.utc(start_from, inputs.SECONDS, "start_from")
        until = inputs.utc(start_to, inputs.SECONDS, "start_to")

        def page(offset: int) -> Call[Sequence[Campaign]]:
            body = models.GetCampaignsRequest(
                from_=given(since), to=given(until), offset=offset, limit=size
            )
            return self._call(get_campaigns, _campaign_page, body=body)

        yield from _pager.pages(page, 0, _pager.by_offset(size))
