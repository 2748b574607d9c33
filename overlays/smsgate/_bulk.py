"""The `smsgate send` command's bulk run: every send through the send ledger (smsgate.ledger),
so that running the same command again resumes and sends nobody twice.

- The ledger is a SQLite file beside the input file (`numbers.txt.ledger.db`), or for numbers
  given with --to only `$XDG_STATE_HOME/smsgate/ledger.db` (~/.local/state/smsgate/), or
  `--ledger PATH|postgresql://...` (several machines sharing one send).
- The send key is a stable hash of vendor, text, sender and the set of recipients (in E.164,
  so "8 912..." and "+7 912..." are one recipient), unless `--key` names it.
- Results go to stdout chunk by chunk, flushed, as the vendor answers each chunk (one JSON
  line per recipient with --json); the summary goes to stderr (one JSON line with --json).
- The first SIGINT or SIGTERM lets the chunk in flight finish (its reply is read and
  recorded: a reply beats an unknown), a second one stops at once (the chunk in flight is
  recorded unknown by the gateway: its request may have reached the vendor). Then a summary
  (sent, rejected, unknown, pending and the command that resumes) and exit 130.
- An error that stops the send (insufficient funds after 200 of 1,000) prints what that chunk
  got, the error and the summary, and exits 1; so does a send that ends with recipients
  rejected or of unknown outcome (a partial failure).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shlex
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, Protocol, TextIO
from urllib.parse import urlsplit, urlunsplit

from ._neutral import DeliveryState, SentMessage
from .errors import InvalidRequestError, SmsgateError
from .ledger import POSTGRES_SCHEMES, Ledger, State, open_ledger

if TYPE_CHECKING:
    import argparse

    from .gateway import Gateway

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "BulkSend",
    "default_key",
    "default_ledger",
    "ledger_target",
    "opened_ledger",
    "show",
]

EXIT_FAILED = 1
"""A vendor error stopped the send (part-way or at the first chunk)."""
EXIT_INTERRUPTED = 130
"""Stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report Ctrl-C)."""
LEDGER_SUFFIX = ".ledger.db"
STATE_LEDGER = Path("smsgate") / "ledger.db"
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_NOT_SENT = (DeliveryState.REJECTED, DeliveryState.UNKNOWN)


class Output(Protocol):
    """Where results go: the command's output (`smsgate.__main__.Output`)."""

    out: TextIO
    as_json: bool

    def emit(self, value: Any, text: str) -> None: ...


def default_ledger(to_file: str | None, environ: Mapping[str, str] = os.environ) -> Path:
    """Beside the input file, so that the file and its sends' record travel together; for
    numbers given on the command line (or stdin), in the user's XDG state directory."""
    if to_file and to_file != "-":
        source = Path(to_file)
        return source.with_name(source.name + LEDGER_SUFFIX)
    state = environ.get("XDG_STATE_HOME", "")
    base = Path(state) if os.path.isabs(state) else Path.home() / ".local" / "state"
    return base / STATE_LEDGER


def ledger_target(ledger: str | None, to_file: str | None = None) -> str:
    """`--ledger` as given, else the default location."""
    return ledger or str(default_ledger(to_file))


def default_key(vendor: str, text: str, sender: str | None, recipients: Sequence[str]) -> str:
    """The same send gets the same key, whatever the order of its recipients: a hash of the
    vendor, the text, the sender and the sorted set of E.164 numbers."""
    identity = json.dumps([vendor, text, sender, sorted(set(recipients))], ensure_ascii=False)
    return f"{vendor}-{hashlib.sha256(identity.encode()).hexdigest()[:20]}"


def shown(target: str) -> str:
    """A ledger's location as printed: a PostgreSQL URL without its password."""
    if not target.startswith(POSTGRES_SCHEMES):
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


@contextmanager
def opened_ledger(target: str) -> Iterator[Ledger]:
    """The ledger at `target` (created if new), with a clear error when it cannot be had."""
    if not target.startswith(POSTGRES_SCHEMES):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    try:
        ledger = open_ledger(target)
    except ImportError:
        raise InvalidRequestError(
            "a postgresql:// ledger needs psycopg: pip install 'smsgate[postgres]'"
        ) from None
    except Exception as exc:  # sqlite3 / psycopg errors: no DSN in their text, only ours
        raise SmsgateError(
            f"cannot open the ledger {shown(target)}: {type(exc).__name__}"
        ) from None
    with ledger:
        yield ledger


class BulkSend:
    """One `smsgate send`: its recipients, key and ledger, run chunk by chunk."""

    def __init__(
        self,
        gateway: Gateway[Any],
        numbers: Sequence[str],
        args: argparse.Namespace,
        when: datetime | None,
        out: Output,
    ):
        if gateway.ledger is None:
            raise InvalidRequestError("a bulk send needs a ledger")
        self.gateway, self.ledger, self.out = gateway, gateway.ledger, out
        sender = args.sender if args.sender is not None else gateway.sender
        # Prepared once: its chunks share the lookups made for the first (SMS.by's sender id).
        self.prepared = gateway.outgoing(numbers, args.text, sender, when)
        self.numbers = list(self.prepared.to)
        self.resend_unknown: bool = args.resend_unknown
        self.key: str = args.key or default_key(gateway.vendor, args.text, sender, self.numbers)
        self.target = ledger_target(args.ledger, args.to_file)
        self.key_given = bool(args.key)
        self.parts = self.prepared.segments.parts
        self._phase = "sending"  # then "stopping" (a first signal), "finishing" (the summary)
        self.interrupted = False
        self.error: SmsgateError | None = None
        self.sent_now = 0

    def run(self, progress: Callable[[], AbstractContextManager[Any]]) -> int:
        """Send every chunk (or stop), print the summary, and answer the exit code."""
        with self._signals():
            try:
                with progress() as bar:
                    self._send_chunks(bar.update)
            except KeyboardInterrupt:  # the second signal: the gateway recorded the chunk
                self.interrupted = True
            except Exception:
                if not self.interrupted:
                    raise
                # An error the interrupt caused on its way out: psycopg turns a
                # KeyboardInterrupt inside its pipeline into an OperationalError.
            self._phase = "finishing"
            if self.error is not None and not self.out.as_json:  # JSON: in the summary
                print(f"smsgate: {self.error}", file=sys.stderr, flush=True)
            unsettled = self._summary()
        if self.interrupted:
            return EXIT_INTERRUPTED
        # Recipients rejected or of unknown outcome: a partial failure, whatever the cause.
        return EXIT_FAILED if self.error is not None or unsettled else 0

    def _send_chunks(self, advance: Callable[[int], object]) -> None:
        size = self.gateway.chunk_size
        for start in range(0, len(self.numbers), size):
            if self._phase == "stopping":
                self.interrupted = True
                return
            chunk = self.numbers[start : start + size]
            before = self._settled(chunk)
            try:
                sent = self.gateway.send_prepared(
                    dataclasses.replace(self.prepared, to=tuple(chunk)),
                    key=self.key,
                    resend_unknown=self.resend_unknown,
                )
            except SmsgateError as exc:
                unknown = [self._unknown(r, str(exc)) for r in exc.unknown]
                self._emit([*exc.accepted, *exc.rejected, *unknown])
                self.error = exc
                return
            self.sent_now += sum(1 for m in sent if m.state not in _NOT_SENT and m.to not in before)
            self._emit(sent)
            advance(len(chunk))

    def _settled(self, chunk: Sequence[str]) -> set[str]:
        """Who in the chunk was accepted or unknown before it went (sent by an earlier run)."""
        records = self.ledger.records(self.key, chunk)
        return {r for r, rec in records.items() if rec.state in (State.ACCEPTED, State.UNKNOWN)}

    def _unknown(self, recipient: str, error: str) -> SentMessage:
        vendor = self.gateway.vendor
        return SentMessage("", recipient, self.parts, False, vendor, DeliveryState.UNKNOWN, error)

    def _emit(self, messages: Sequence[SentMessage]) -> None:
        for m in messages:
            note = f"  ({m.error})" if m.error else ""
            self.out.emit(m, f"{m.to}  {m.state}  id={m.id}  parts={m.parts}{note}")

    def _summary(self) -> int:
        """Prints where the send stands; answers how many ended rejected or unknown."""
        counts = Counter(r.state for r in self.ledger.records(self.key, self.numbers).values())
        sent, rejected, unknown = (
            counts[s] for s in (State.ACCEPTED, State.REJECTED, State.UNKNOWN)
        )
        pending = len(self.numbers) - sent - rejected - unknown
        stopped = "interrupted" if self.interrupted else (str(self.error) if self.error else None)
        resume = self._resume_command() if stopped or pending or rejected else None
        notes = []
        if stopped == "interrupted":
            notes.append("stopped by a signal")
        elif not stopped and not self.sent_now and not pending and not rejected:
            notes.append("nothing left to send under this key (another --key sends it again)")
        if rejected:
            notes.append(f"{rejected} rejected are tried again when the send resumes")
        if resume:
            notes.append(f"to resume (sends nobody twice): {resume}")
        if unknown and not self.resend_unknown:
            notes.append(
                f"{unknown} unknown may have reached the vendor and are not sent again;"
                " --resend-unknown sends them again (where the vendor cannot be asked)"
            )
        summary = {
            "key": self.key,
            "ledger": shown(self.target),
            "recipients": len(self.numbers),
            "sent": sent,
            "sent_now": self.sent_now,
            "rejected": rejected,
            "unknown": unknown,
            "pending": pending,
            "stopped": stopped,
            "resume": resume,
            "notes": notes,
        }
        if self.out.as_json:
            print(json.dumps({"summary": summary}, ensure_ascii=False), file=sys.stderr, flush=True)
            return rejected + unknown
        counted = (
            f"{len(self.numbers)} recipients: {sent} sent ({self.sent_now} by this run),"
            f" {rejected} rejected, {unknown} unknown, {pending} pending"
            f"  [key {self.key}, ledger {shown(self.target)}]"
        )
        for line in (counted, *notes):
            print(f"smsgate: {line}", file=sys.stderr, flush=True)
        return rejected + unknown

    def _resume_command(self) -> str:
        """This command again, with its key pinned (the input may change) and no password."""
        argv = [shown(a) for a in sys.argv[1:]]
        if not self.key_given:
            argv += ["--key", self.key]
        return shlex.join(["smsgate", *argv])

    @contextmanager
    def _signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signal handlers belong to the main thread; elsewhere the caller's own
            return
        previous = {s: signal.getsignal(s) for s in STOP_SIGNALS}
        for s in STOP_SIGNALS:
            signal.signal(s, self._on_signal)
        try:
            yield
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        """First signal: stop after the chunk in flight. Second: stop now. Once the chunks
        are over, signals wait for the summary."""
        if self._phase == "stopping":
            self.interrupted = True
            raise KeyboardInterrupt
        if self._phase == "sending":
            self._phase = "stopping"
            name = signal.Signals(signum).name
            # os.write, not print: the handler may run inside a print of the main thread.
            os.write(
                2,
                f"smsgate: {name}: stopping after the chunk in flight; again to stop at once"
                " (its recipients would be recorded unknown)\n".encode(),
            )


def show(target: str, key: str, out: Output, *, each: bool) -> int:
    """`smsgate ledger show KEY`: where the send under `key` stands, per state (and, with
    `each`, per recipient). Read only: pending rows stay pending until a send resumes."""
    if not target.startswith(POSTGRES_SCHEMES) and not Path(target).is_file():
        print(f"smsgate: no ledger at {target}", file=sys.stderr)
        return EXIT_FAILED
    with opened_ledger(target) as ledger:
        records = ledger.records(key)
        keys = [] if records else ledger.keys()
    if not records:
        known = f"; keys there: {', '.join(keys)}" if keys else "; it is empty"
        print(f"smsgate: no send under key {key!r} in {shown(target)}{known}", file=sys.stderr)
        return EXIT_FAILED
    counts = Counter(r.state for r in records.values())
    states = {s.value: counts[s] for s in State}
    document: dict[str, Any] = {"key": key, "ledger": shown(target), "recipients": len(records)}
    document.update(states)
    if each:
        document["records"] = [
            {
                "to": r.recipient,
                "state": r.state.value,
                "id": r.message_id,
                "parts": r.parts,
                "error": r.error,
                "updated_at": r.updated_at,
            }
            for r in records.values()
        ]
    counted = ", ".join(f"{n} {state}" for state, n in states.items())
    out.emit(document, f"{key}: {len(records)} recipients: {counted}  [ledger {shown(target)}]")
    if each and not out.as_json:
        for r in records.values():
            note = f"  ({r.error})" if r.error else ""
            print(f"{r.recipient}  {r.state}  id={r.message_id or ''}{note}", file=out.out)
    return 0
