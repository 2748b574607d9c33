"""jobs.php: mailings (a send that SMSC runs, optionally repeated), their state, cancelling
and deleting them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from smsgate_smsc_client import models
from smsgate_smsc_client.api.jobs import jobs_add, jobs_cancel, jobs_del, jobs_get, jobs_get_all

from .. import _limits
from .._calls import Call
from .._facade import operation
from . import _inputs
from . import _records as read
from ._base import SmscBase
from ._decode import DONE_SHAPE, MONEY, Shape
from ._results import Job

JOB_CREATED_SHAPE = Shape(
    ("id", "cost"), line=re.compile(rf"OK, ID - (?P<id>[0-9]+)(?:, COST - (?P<cost>{MONEY}))?")
)
JOBS_SHAPE = Shape(
    ("id", "name", "status", "start_date", "cnt"), many=True, empty_on=frozenset({3})
)
_ADD = frozenset({"add", "mes"})
"""What add_job sets itself (the command flag, the text), never taken among the options."""


def _first_job(decoded: Any) -> Job | None:
    jobs = [read.job(r) for r in read.records(decoded)]
    return jobs[0] if jobs else None


class Jobs(SmscBase):
    """jobs.php's operations."""

    @operation
    def add_job(
        self, /, name: str, phones: str | int | Iterable[str | int], text: str, **options: Any
    ) -> Call[int]:
        """Create a mailing; send.php options and `rpt`, `rptn`, `sender2`, `mes2`, `tpl` by
        their SMSC names. Returns its id. A mailing sends: it is never retried blindly."""
        given = _inputs.options(models.JobsAddBody, "jobs_add", options, taken=_ADD)
        body = models.JobsAddBody(
            add=1,
            name=_limits.text(name, "name"),
            phones=self._targets(phones),
            mes=_limits.text(text, "text"),
            **given,
        )
        convert = read.created_id
        return self._call(jobs_add, convert, send=True, body=body, shape=JOB_CREATED_SHAPE)

    @operation
    def job(self, id: int) -> Call[Job | None]:
        body = models.JobsGetBody(get=1, id=id)
        return self._call(jobs_get, _first_job, body=body, shape=JOBS_SHAPE)

    @operation
    def jobs(self, *, start: date | None = None, end: date | None = None) -> Call[list[Job]]:
        body = models.JobsGetAllBody(
            get_all=1,
            start=_inputs.unset(_inputs.request_date(start)),
            end=_inputs.unset(_inputs.request_date(end)),
        )
        return self._call(jobs_get_all, read.many(read.job), body=body, shape=JOBS_SHAPE)

    @operation
    def cancel_job(self, id: int) -> Call[None]:
        body = models.JobsCancelBody(cancel=1, id=id)
        return self._call(jobs_cancel, read.done, body=body, shape=DONE_SHAPE)

    @operation
    def delete_job(self, id: int) -> Call[None]:
        body = models.JobsDelBody(del_=1, id=id)
        return self._call(jobs_del, read.done, body=body, shape=DONE_SHAPE)
