"""The `smsgate` command: send, ledger, status, balance, listen, import-contacts, stub, demo.

Credentials come from SMSGATE_<VENDOR>_<SETTING> environment variables or the config file
(`--config`, $SMSGATE_CONFIG, ~/.config/smsgate/config.toml); see smsgate._config. `--json`
prints machine-readable output, one JSON document per command (one line per callback for
`listen`); progress bars go to stderr, and only to a terminal.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, TextIO

from .errors import SmsgateError

BULK_CHUNK = 100
"""Recipients per neutral send when a file lists many: the unit of progress and of failure."""


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)  # Decimal, datetime, enums


class Output:
    def __init__(self, out: TextIO, as_json: bool):
        self.out, self.as_json = out, as_json

    def emit(self, value: Any, text: str) -> None:
        line = json.dumps(_jsonable(value), ensure_ascii=False) if self.as_json else text
        print(line, file=self.out, flush=True)


def _progress(total: int, what: str, quiet: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit=what, disable=quiet or not sys.stderr.isatty(), file=sys.stderr)


def _recipients(args: argparse.Namespace) -> list[str]:
    numbers = list(args.to or [])
    if args.to_file:
        with open(args.to_file, encoding="utf-8") as listing:
            numbers += [line.split(",")[0].strip() for line in listing if line.strip()]
    if not numbers:
        raise SystemExit("smsgate send: give --to or --to-file")
    return numbers


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def cmd_send(args: argparse.Namespace, out: Output) -> int:
    from contextlib import nullcontext

    from ._bulk import BulkSend, ledger_target, opened_ledger
    from .gateway import connect

    numbers = _recipients(args)
    when = datetime.fromisoformat(args.at) if args.at else None
    ledgered = (
        nullcontext(None)
        if args.dry_run
        else opened_ledger(ledger_target(args.ledger, args.to_file))
    )
    with (
        ledgered as ledger,
        connect(
            args.vendor,
            config=args.config,
            sender=args.sender,
            ledger=ledger,
            chunk_size=args.chunk_size,
        ) as gateway,
    ):
        estimate = gateway.estimate(numbers, args.text)
        if args.dry_run:
            segments = estimate.segments
            out.emit(
                estimate,
                f"{estimate.recipients} recipients x {segments.parts} part(s) ({segments.encoding},"
                f" {segments.units} units) = {estimate.parts} SMS; nothing sent",
            )
            return 0
        bulk = BulkSend(gateway, numbers, args, when, out)
        return bulk.run(lambda: _progress(len(bulk.numbers), "sms", out.as_json))


def cmd_ledger_show(args: argparse.Namespace, out: Output) -> int:
    from ._bulk import ledger_target, show

    return show(ledger_target(args.ledger), args.key, out, each=args.recipients)


def cmd_status(args: argparse.Namespace, out: Output) -> int:
    from .gateway import connect

    with connect(args.vendor, config=args.config) as gateway:
        for message_id in args.ids:
            report = gateway.status(message_id)
            out.emit(
                report, f"{report.id}  {report.state}  (vendor: {report.vendor_status or '-'})"
            )
    return 0


def cmd_balance(args: argparse.Namespace, out: Output) -> int:
    from .gateway import connect

    with connect(args.vendor, config=args.config) as gateway:
        balance = gateway.balance()
    out.emit(balance, f"{balance.amount} {balance.currency}")
    return 0


def cmd_listen(args: argparse.Namespace, out: Output) -> int:
    import uvicorn

    from ._config import settings_for
    from .callbacks import CallbackReceiver, callback_app
    from .gateway import DeliveryReport, facade_class, vendors

    receivers = []
    for vendor in args.vendor or vendors():
        settings = settings_for(vendor, facade_class(vendor), config=args.config)
        receivers.append(CallbackReceiver(vendor, secret=settings.get("callback_secret")))

    def show(report: DeliveryReport) -> None:
        out.emit(report, f"{report.vendor}  {report.id}  {report.to}  {report.state}")

    for receiver in receivers:
        print(f"{receiver!r} at http://{args.host}:{args.port}/{receiver.vendor}", file=sys.stderr)
    uvicorn.run(callback_app(receivers, show), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_import_contacts(args: argparse.Namespace, out: Output) -> int:
    from .gateway import connect
    from .selzy import IMPORT_BATCH

    with open(args.file, newline="", encoding="utf-8") as table:
        rows = list(csv.reader(table))
    if len(rows) < 2:
        raise SystemExit("smsgate import-contacts: the CSV needs a header and at least one row")
    names, data = rows[0], rows[1:]
    if args.list_id is not None:  # subscribe each row's email and phone to the list
        kinds = [k for k in ("email", "phone") if k in names]
        names = [*names, *(f"{k}_list_ids" for k in kinds)]
        data = [[*row, *(str(args.list_id) for _ in kinds)] for row in data]
    totals = {"inserted": 0, "updated": 0, "rejected": 0, "failed": 0}
    with connect("selzy", config=args.config) as gateway:
        selzy = gateway.client
        with _progress(len(data), "contact", out.as_json) as bar:
            for chunk in _chunks(data, IMPORT_BATCH):
                try:
                    report = selzy.import_contacts(names, chunk)
                except SmsgateError as error:
                    totals["failed"] += len(chunk)
                    print(f"{len(chunk)} rows failed: {error}", file=sys.stderr)
                else:
                    totals["inserted"] += report.inserted
                    totals["updated"] += report.updated
                    totals["rejected"] += len(report.rejected)
                bar.update(len(chunk))
    out.emit(totals, ", ".join(f"{v} {k}" for k, v in totals.items()))
    return 0 if not totals["failed"] else 1


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from ._demo import run

    return run(out.out)


def cmd_stub(args: argparse.Namespace, out: Output) -> int:
    from .stub.__main__ import main as serve

    serve(args.stub_args)
    return 0


def parser() -> argparse.ArgumentParser:
    from .gateway import vendors

    top = argparse.ArgumentParser(prog="smsgate", description="Typed SMS gateway SDKs.")
    top.add_argument("--config", help="TOML settings file (default: $SMSGATE_CONFIG)")
    top.add_argument("--json", action="store_true", help="print JSON for scripts")
    commands = top.add_subparsers(dest="command", required=True)

    send = commands.add_parser("send", help="send one text to one or more numbers")
    send.add_argument("vendor", choices=vendors())
    send.add_argument("--to", action="append", help="a number in any common form (repeatable)")
    send.add_argument("--to-file", help="a file with one number per line (or CSV, first column)")
    send.add_argument("--text", required=True)
    send.add_argument("--sender")
    send.add_argument("--at", help="schedule: ISO 8601 with a timezone")
    send.add_argument("--dry-run", action="store_true", help="estimate parts only")
    send.add_argument(
        "--ledger",
        metavar="PATH|URL",
        help="the send ledger: a SQLite file or postgresql://... (default: beside --to-file,"
        " else $XDG_STATE_HOME/smsgate/ledger.db); the same command again resumes",
    )
    send.add_argument(
        "--key",
        help="the send's key in the ledger (default: a hash of vendor, text, sender, numbers)",
    )
    send.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again the recipients whose outcome is unknown (they may have got it)",
    )
    send.add_argument(
        "--chunk-size",
        type=int,
        default=BULK_CHUNK,
        help=f"recipients per request: the unit of progress and of failure (default {BULK_CHUNK})",
    )
    send.set_defaults(run=cmd_send)

    ledger = commands.add_parser("ledger", help="where the sends recorded in a ledger stand")
    ledger_commands = ledger.add_subparsers(dest="ledger_command", required=True)
    show = ledger_commands.add_parser("show", help="counts per state of the send under KEY")
    show.add_argument("key", metavar="KEY")
    show.add_argument("--ledger", metavar="PATH|URL", help="default: the state directory's")
    show.add_argument("--recipients", action="store_true", help="one line per recipient too")
    show.set_defaults(run=cmd_ledger_show)

    status = commands.add_parser("status", help="delivery reports of sent messages")
    status.add_argument("vendor", choices=vendors())
    status.add_argument("ids", nargs="+", metavar="id")
    status.set_defaults(run=cmd_status)

    balance = commands.add_parser("balance", help="the account's balance")
    balance.add_argument("vendor", choices=vendors())
    balance.set_defaults(run=cmd_balance)

    listen = commands.add_parser("listen", help="receive delivery callbacks at /<vendor>")
    listen.add_argument("--vendor", action="append", choices=vendors())
    listen.add_argument("--host", default="127.0.0.1")
    listen.add_argument("--port", type=int, default=8000)
    listen.set_defaults(run=cmd_listen)

    contacts = commands.add_parser("import-contacts", help="import a CSV into a Selzy list")
    contacts.add_argument("file", help="CSV whose header row names Selzy fields")
    contacts.add_argument("--list-id", type=int, help="the Selzy list to put every contact in")
    contacts.set_defaults(run=cmd_import_contacts)

    commands.add_parser("demo", help="send through the embedded stubs").set_defaults(run=cmd_demo)
    stub = commands.add_parser("stub", help="serve the vendor stubs (see python -m smsgate.stub)")
    stub.add_argument("stub_args", nargs=argparse.REMAINDER)
    stub.set_defaults(run=cmd_stub)
    return top


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    args = parser().parse_args(argv)
    output = Output(out or sys.stdout, args.json)
    try:
        code: int = args.run(args, output)
    except SmsgateError as error:
        print(f"smsgate: {error}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    sys.exit(main())
