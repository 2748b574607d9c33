"""Send through one vendor, and through the next only when the first surely did not send.

    with FailoverGateway([connect("smsc"), connect("smsby")]) as sms:
        sent = sms.send("+375 29 123-45-67", "Your code is 1234")

A vendor's refusal (a rejected recipient, no balance, bad credentials, a rate limit) and a
connection that never reached it are definite: nothing went out, so the next vendor gets the
message. A send whose outcome is unknown (a timeout after the request left, a 5xx, a reply
that does not read) is never passed on, because the first vendor may deliver it: the error
is raised as it is, and sending twice is left to the caller's judgement.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence
from datetime import datetime
from typing import Any

from .errors import ApiError, InvalidRequestError, ServerError, SmsgateError, TransportError
from .gateway import AsyncGateway, DeliveryReport, DeliveryState, Gateway, SentMessage

__all__ = ["AsyncFailoverGateway", "FailoverGateway", "definitely_not_sent"]


def definitely_not_sent(error: SmsgateError) -> bool:
    """True when `error` proves that the vendor sent nothing."""
    if isinstance(error, TransportError):  # the request never left (a send never retries)
        return True
    return isinstance(error, ApiError) and not isinstance(error, ServerError)


Attempt = tuple[Any, list[str | int]]
Course = Generator[Attempt, list[SentMessage] | SmsgateError, list[SentMessage]]


def _course(gateways: Sequence[Any], to: str | int | Iterable[str | int]) -> Course:
    """Which gateway gets which recipients next, given how the last attempt went; both the
    sync and the async failover drive it."""
    pending: list[str | int] = list(to) if not isinstance(to, str | int) else [to]
    sent: list[SentMessage] = []
    last: SmsgateError | None = None
    for index, gateway in enumerate(gateways):
        outcome = yield gateway, pending
        if isinstance(outcome, SmsgateError):
            if not definitely_not_sent(outcome):
                raise outcome
            last = outcome
            continue
        final = index == len(gateways) - 1
        rejected = [m.to for m in outcome if m.state is DeliveryState.REJECTED]
        sent += outcome if final or not rejected else [m for m in outcome if m.to not in rejected]
        if not rejected:
            return sent
        pending = list(rejected)
    if last is not None and not sent:
        raise last
    return sent


class _Failover:
    def __init__(self, gateways: Sequence[Gateway] | Sequence[AsyncGateway]):
        if len(gateways) < 2:
            raise InvalidRequestError("failover needs at least two gateways")
        self.gateways = gateways
        self._by_vendor = {g.vendor: g for g in gateways}

    def _gateway_of(self, vendor: str) -> Any:
        try:
            return self._by_vendor[vendor]
        except KeyError:
            raise InvalidRequestError(f"no gateway for {vendor!r} in this failover") from None


class FailoverGateway(_Failover):
    """Blocking gateways tried in order; see the module's docstring for when."""

    gateways: Sequence[Gateway]

    def send(
        self,
        to: str | int | Iterable[str | int],
        text: str,
        *,
        sender: str | None = None,
        schedule_at: datetime | None = None,
    ) -> list[SentMessage]:
        """Every recipient's message from the vendor that took it, or, when no vendor did,
        the last vendor's rejections. Raises the last definite error if every vendor failed,
        and at once an error that leaves the outcome unknown."""
        course = _course(self.gateways, to)
        outcome: list[SentMessage] | SmsgateError | None = None
        try:
            while True:
                gateway, pending = course.send(outcome)  # type: ignore[arg-type]
                try:
                    outcome = gateway.send(pending, text, sender=sender, schedule_at=schedule_at)
                except SmsgateError as error:
                    outcome = error
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    def status(self, message: SentMessage) -> DeliveryReport:
        report: DeliveryReport = self._gateway_of(message.vendor).status(message.id)
        return report

    def close(self) -> None:
        for gateway in self.gateways:
            gateway.close()

    def __enter__(self) -> FailoverGateway:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncFailoverGateway(_Failover):
    """`FailoverGateway` for asyncio."""

    gateways: Sequence[AsyncGateway]

    async def send(
        self,
        to: str | int | Iterable[str | int],
        text: str,
        *,
        sender: str | None = None,
        schedule_at: datetime | None = None,
    ) -> list[SentMessage]:
        course = _course(self.gateways, to)
        outcome: list[SentMessage] | SmsgateError | None = None
        try:
            while True:
                gateway, pending = course.send(outcome)  # type: ignore[arg-type]
                try:
                    outcome = await gateway.send(
                        pending, text, sender=sender, schedule_at=schedule_at
                    )
                except SmsgateError as error:
                    outcome = error
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def status(self, message: SentMessage) -> DeliveryReport:
        report: DeliveryReport = await self._gateway_of(message.vendor).status(message.id)
        return report

    async def aclose(self) -> None:
        for gateway in self.gateways:
            await gateway.aclose()

    async def __aenter__(self) -> AsyncFailoverGateway:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
