"""The `smsgate` command: send, ledger, status, balance, listen, import-contacts, stub, demo.

Credentials come from SMSGATE_<VENDOR>_<SETTING> environment variables or the config file
(`--config`, $SMSGATE_CONFIG, ~/.config/smsgate/config.toml); see smsgate._config. `--json`
prints machine-readable output, one JSON document per command (one line per callback for
`listen`); progress bars go to stderr, and only to a terminal. The global options (--json,
--config, -v/--debug, --base-url, --region) go before or after the command alike.

Errors print as `smsgate: <error>` on stderr, never with a traceback; under --json as one
JSON object on stderr, `{"error": {"type": ..., "message": ..., "exit_code": ...}}`, so that
stdout holds only results.

Exit codes:
  0    success
  1    the vendor refused or failed (an API, transport or decode error), or a partial
       failure (rows or recipients the vendor rejected)
  2    usage: bad arguments, an unreadable or invalid input file, invalid numbers, bad
       settings or missing credentials; nothing was sent
  130  interrupted (Ctrl-C)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, NoReturn, TextIO

from ._recipients import RecipientsError
from .errors import InvalidRequestError, SmsgateError

BULK_CHUNK = 100
"""Recipients per neutral send when a file lists many: the unit of progress and of failure."""

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
GLOBAL_DEFAULTS: dict[str, Any] = {
    "json": False,
    "config": None,
    "debug": False,
    "base_url": None,
    "region": None,
}
"""The global options' values when given neither before nor after the command: the parsers
themselves default to argparse.SUPPRESS, so that a command's parser, which has them too,
does not overwrite with its default what was given before the command."""
DEBUG_HANDLER = "smsgate-cli-debug"
VENDOR_OPTIONS = ("base_url", "region")
"""Global options that only the commands talking to one vendor take."""


class UsageError(Exception):
    """The command line does not parse (raised instead of argparse's exit, so that --json
    can print it as JSON)."""

    def __init__(self, message: str, usage: str):
        super().__init__(message)
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.format_usage())


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

    def warn(self, message: str, **detail: Any) -> None:
        """A warning on stderr: `smsgate: warning: ...`, or {"warning": ...} under --json."""
        if self.as_json:
            line = json.dumps(_jsonable({"warning": message, **detail}), ensure_ascii=False)
        else:
            line = f"smsgate: warning: {message}"
        print(line, file=sys.stderr, flush=True)


def exit_code(error: BaseException) -> int:
    """The exit code for an error that ended a command (see the module docstring)."""
    if isinstance(error, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    if isinstance(error, UsageError | InvalidRequestError):
        return EXIT_USAGE
    return EXIT_FAILURE


def report_error(error: BaseException, as_json: bool) -> int:
    """Print `error` on stderr as the module docstring says, and return its exit code."""
    code = exit_code(error)
    message = "interrupted" if isinstance(error, KeyboardInterrupt) else str(error)
    if not as_json:
        if isinstance(error, UsageError):
            print(error.usage, end="", file=sys.stderr)
        print(f"smsgate: {message}", file=sys.stderr, flush=True)
        return code
    document: dict[str, Any] = {"type": type(error).__name__, "message": message}
    for name in ("vendor", "operation", "code", "status_code", "retry_after", "reason"):
        if getattr(error, name, None) is not None:
            document[name] = getattr(error, name)
    if isinstance(error, RecipientsError) and error.bad_lines:
        document["lines"] = error.bad_lines
    document["exit_code"] = code
    print(json.dumps(_jsonable({"error": document}), ensure_ascii=False), file=sys.stderr)
    return code


def _log_debug() -> None:
    """-v/--debug: smsgate's requests and replies, and httpx's request lines, on stderr.
    Both are redacted where they are made (smsgate._redact), so no credential shows."""
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(DEBUG_HANDLER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("smsgate", "httpx"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.DEBUG)
        if all(h.get_name() != DEBUG_HANDLER for h in logger.handlers):  # main() run again
            logger.addHandler(handler)


def _progress(total: int, what: str, quiet: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit=what, disable=quiet or not sys.stderr.isatty(), file=sys.stderr)


def _vendor_settings(args: argparse.Namespace) -> dict[str, Any]:
    """What the global options set for connect(): unset ones leave the settings to the
    environment and the config file."""
    return {"config": args.config, "base_url": args.base_url, "default_region": args.region}


def _recipients(args: argparse.Namespace, out: Output, region: str | None) -> list[str]:
    from ._recipients import read_recipients

    numbers = list(args.to or [])
    if args.to_file:
        found = read_recipients(args.to_file, region=region, skip_invalid=args.skip_invalid)
        if found.skipped:
            lines = ", ".join(str(bad.line) for bad in found.skipped)
            out.warn(
                f"skipped {len(found.skipped)} line(s) of {args.to_file} without a valid"
                f" number: {lines}",
                lines=found.skipped,
            )
        numbers += found.numbers
    if not numbers:
        raise InvalidRequestError("send needs --to or --to-file")
    return numbers


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def cmd_send(args: argparse.Namespace, out: Output) -> int:
    from contextlib import nullcontext

    from ._bulk import BulkSend, ledger_target, opened_ledger
    from .gateway import connect

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
            **_vendor_settings(args),
            sender=args.sender,
            ledger=ledger,
            chunk_size=args.chunk_size,
        ) as gateway,
    ):
        numbers = _recipients(args, out, gateway.default_region)
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

    with connect(args.vendor, **_vendor_settings(args)) as gateway:
        for message_id in args.ids:
            report = gateway.status(message_id)
            out.emit(
                report, f"{report.id}  {report.state}  (vendor: {report.vendor_status or '-'})"
            )
    return 0


def cmd_balance(args: argparse.Namespace, out: Output) -> int:
    from .gateway import connect

    with connect(args.vendor, **_vendor_settings(args)) as gateway:
        balance = gateway.balance()
    out.emit(balance, f"{balance.amount} {balance.currency}")
    return 0


def cmd_listen(args: argparse.Namespace, out: Output) -> int:
    import uvicorn

    from . import _registry
    from ._config import settings_for
    from .callbacks import CallbackReceiver, callback_app
    from .gateway import DeliveryReport, facade_class

    # By default every vendor whose callbacks can be verified; each needs its secret.
    verifiable = [v.name for v in _registry.VENDORS if v.callback_secret is not None]
    receivers = []
    for vendor in args.vendor or verifiable:
        settings = settings_for(vendor, facade_class(vendor), config=args.config)
        secret = settings.get("callback_secret")
        allow = args.allow_unverified
        receivers.append(CallbackReceiver(vendor, secret=secret, allow_unverified=allow))

    def show(report: DeliveryReport) -> None:
        out.emit(report, f"{report.vendor}  {report.id}  {report.to}  {report.state}")

    for receiver in receivers:
        verified = (
            "callbacks verified"
            if receiver.verified
            else "callbacks NOT verified (--allow-unverified): anyone can forge them"
        )
        where = f"http://{args.host}:{args.port}/{receiver.vendor}"
        print(f"{receiver.vendor} at {where}: {verified}", file=sys.stderr)
    uvicorn.run(callback_app(receivers, show), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_import_contacts(args: argparse.Namespace, out: Output) -> int:
    from ._recipients import read_contacts
    from .gateway import connect
    from .selzy import IMPORT_BATCH

    totals = {"inserted": 0, "updated": 0, "rejected": 0, "failed": 0}
    problems: list[dict[str, Any]] = []  # one per row the vendor did not take, with its line

    def problem(line: int, outcome: str, code: Any, message: str | None, show: bool) -> None:
        problems.append({"line": line, "outcome": outcome, "code": code, "message": message})
        if show and not out.as_json:
            because = f" ({code})" if code is not None else ""
            print(f"line {line}: {outcome}{because}: {message}", file=sys.stderr)

    with connect("selzy", **_vendor_settings(args)) as gateway:
        table = read_contacts(
            args.file, region=gateway.default_region, skip_invalid=args.skip_invalid
        )
        if table.skipped:
            skipped = ", ".join(str(bad.line) for bad in table.skipped)
            out.warn(
                f"skipped {len(table.skipped)} row(s) of {args.file}: {skipped}",
                lines=table.skipped,
            )
        names, data = table.names, table.rows
        if args.list_id is not None:  # subscribe each row's email and phone to the list
            kinds = [k for k in ("email", "phone") if k in names]
            names = [*names, *(f"{k}_list_ids" for k in kinds)]
            data = [[*row, *(str(args.list_id) for _ in kinds)] for row in data]
        selzy = gateway.client
        with _progress(len(data), "contact", out.as_json) as bar:
            for start in range(0, len(data), IMPORT_BATCH):
                chunk = data[start : start + IMPORT_BATCH]
                try:
                    report = selzy.import_contacts(names, chunk)
                except SmsgateError as error:
                    totals["failed"] += len(chunk)
                    lines = table.lines[start : start + len(chunk)]
                    for line in lines:  # one line of text for them all
                        problem(line, "failed", getattr(error, "code", None), str(error), False)
                    if not out.as_json:
                        print(f"lines {lines[0]}-{lines[-1]} failed: {error}", file=sys.stderr)
                else:
                    totals["inserted"] += report.inserted
                    totals["updated"] += report.updated
                    totals["rejected"] += len(report.rejected)
                    for row in report.rejected:
                        line = table.lines[start + row.index]
                        problem(line, row.outcome, row.code, row.message, True)
                bar.update(len(chunk))
    out.emit({**totals, "rows": problems}, ", ".join(f"{v} {k}" for k, v in totals.items()))
    return EXIT_FAILURE if totals["failed"] or totals["rejected"] else EXIT_OK


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from ._demo import run

    return run(out.out)


def cmd_stub(args: argparse.Namespace, out: Output) -> int:
    from ._stub_command import serve

    serve(args)
    return 0


def _version() -> str:
    from importlib.metadata import version

    return f"smsgate {version('smsgate')}"


def _global_options(version: str) -> tuple[_Parser, _Parser]:
    """The options every command takes, and those of the commands that talk to one vendor:
    parents of the main parser and of each command's, so that they go before or after the
    command. Their defaults are SUPPRESS (see GLOBAL_DEFAULTS)."""
    common = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--config", help="TOML settings file (default: $SMSGATE_CONFIG)")
    common.add_argument("--json", action="store_true", help="print JSON for scripts")
    common.add_argument(
        "-v",
        "--debug",
        action="store_true",
        help="log each request and reply on stderr (DEBUG; credentials masked)",
    )
    common.add_argument("--version", action="version", version=version)
    vendor = _Parser(add_help=False, argument_default=argparse.SUPPRESS)
    vendor.add_argument("--base-url", help="the vendor's API at this URL instead (a stub, say)")
    vendor.add_argument(
        "--region",
        help="the default region of national numbers, e.g. BY (setting default_region)",
    )
    return common, vendor


def parser() -> argparse.ArgumentParser:
    from ._stub_command import add_arguments as add_stub_arguments
    from .gateway import vendors

    docstring = __doc__ or ""
    common, vendor_options = _global_options(_version())
    top = _Parser(
        prog="smsgate",
        description="Typed SMS gateway SDKs.",
        epilog=docstring[docstring.index("Errors print") :],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common, vendor_options],
    )
    commands = top.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, *, vendor: bool) -> argparse.ArgumentParser:
        parents = [common, vendor_options] if vendor else [common]
        sub = commands.add_parser(name, help=help, parents=parents)
        sub.set_defaults(vendor_options=vendor)
        return sub

    send = command("send", "send one text to one or more numbers", vendor=True)
    send.add_argument("vendor", choices=vendors())
    send.add_argument("--to", action="append", help="a number in any common form (repeatable)")
    send.add_argument(
        "--to-file",
        help="a file with one number per line, or CSV with the number first; '-' reads"
        " standard input; blank lines, '# comments' and a header row are skipped",
    )
    send.add_argument(
        "--skip-invalid",
        action="store_true",
        help="leave out lines of --to-file without a valid number (named in a warning)"
        " instead of refusing the file",
    )
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

    ledger = command("ledger", "where the sends recorded in a ledger stand", vendor=False)
    ledger_commands = ledger.add_subparsers(dest="ledger_command", required=True)
    show = ledger_commands.add_parser(
        "show", help="counts per state of the send under KEY", parents=[common]
    )
    show.add_argument("key", metavar="KEY")
    show.add_argument("--ledger", metavar="PATH|URL", help="default: the state directory's")
    show.add_argument("--recipients", action="store_true", help="one line per recipient too")
    show.set_defaults(run=cmd_ledger_show)

    status = command("status", "delivery reports of sent messages", vendor=True)
    status.add_argument("vendor", choices=vendors())
    status.add_argument("ids", nargs="+", metavar="id")
    status.set_defaults(run=cmd_status)

    balance = command("balance", "the account's balance", vendor=True)
    balance.add_argument("vendor", choices=vendors())
    balance.set_defaults(run=cmd_balance)

    listen = command("listen", "receive delivery callbacks at /<vendor>", vendor=False)
    listen.add_argument(
        "--vendor",
        action="append",
        choices=vendors(),
        help="serve only this vendor (repeatable; default: every vendor whose callbacks can be"
        " verified)",
    )
    listen.add_argument("--host", default="127.0.0.1")
    listen.add_argument("--port", type=int, default=8000)
    listen.add_argument(
        "--allow-unverified",
        action="store_true",
        help="take callbacks that no SMSGATE_<VENDOR>_CALLBACK_SECRET verifies (forgeable)",
    )
    listen.set_defaults(run=cmd_listen)

    contacts = command("import-contacts", "import a CSV into a Selzy list", vendor=True)
    contacts.add_argument(
        "file", help="CSV whose header row names Selzy fields ('-': standard input)"
    )
    contacts.add_argument("--list-id", type=int, help="the Selzy list to put every contact in")
    contacts.add_argument(
        "--skip-invalid",
        action="store_true",
        help="leave out rows with an invalid phone (named in a warning) instead of refusing",
    )
    contacts.set_defaults(run=cmd_import_contacts)

    command("demo", "send through the embedded stubs", vendor=False).set_defaults(run=cmd_demo)
    stub = command("stub", "serve the vendor stubs (as python -m smsgate.stub)", vendor=False)
    add_stub_arguments(stub)
    stub.set_defaults(run=cmd_stub)
    return top


def _parse(argv: list[str] | None) -> argparse.Namespace:
    args = parser().parse_args(argv)
    for name, default in GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    given = [name for name in VENDOR_OPTIONS if getattr(args, name) is not None]
    if given and not args.vendor_options:
        options = ", ".join("--" + name.replace("_", "-") for name in given)
        raise UsageError(
            f"{args.command} takes no {options} (only the commands that talk to a vendor do)", ""
        )
    return args


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    as_json = "--json" in arguments  # until the arguments parse, for their own errors
    try:
        args = _parse(arguments)
        as_json = args.json
        if args.debug:
            _log_debug()
        code: int = args.run(args, Output(out or sys.stdout, as_json))
    except (UsageError, SmsgateError, KeyboardInterrupt) as error:
        return report_error(error, as_json)
    return code


if __name__ == "__main__":
    sys.exit(main())
