"""Settings for a vendor from arguments, environment variables or a config file, in that order.

Every keyword of a vendor facade's constructor is a setting, so a new vendor needs no entry
here: `SMSGATE_SMSC_LOGIN`, `SMSGATE_UBILL_KEY`, `SMSGATE_SELZY_API_KEY`... The config file
is TOML with one table per vendor, found at `--config`, `$SMSGATE_CONFIG`, or
`~/.config/smsgate/config.toml`:

    [smsc]
    login = "shop"
    password = "..."
    sender = "Shop"

Values from the environment and the file are converted to the type the vendor's settings
TypedDict declares (`smsgate.smsc.SmscSettings`...): `SMSGATE_SMSC_TIMEOUT=5` is the float 5.0,
`md5 = "yes"` the bool True. One that cannot be read so is a ConfigurationError naming the
variable (or the file and key) and the type expected, never the value, which may be a secret.
"""

from __future__ import annotations

import enum
import functools
import inspect
import math
import os
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import _registry
from .errors import ConfigurationError

__all__ = ["config_path", "declared_types", "settings_for"]

COMMON = ("base_url", "timeout", "sender", "default_region", "callback_url", "callback_secret")
"""Settings every vendor takes besides its constructor's: where the API is, how long to
wait, and the neutral gateway's and the callback receiver's own."""
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def config_path(config: str | None = None, environ: Mapping[str, str] | None = None) -> Path | None:
    """The config file to read: `config`, else $SMSGATE_CONFIG, else the default if it exists.
    `environ` is os.environ unless given (a default argument would show it in help())."""
    environ = os.environ if environ is None else environ
    if config:
        return Path(config)
    if environ.get("SMSGATE_CONFIG"):
        return Path(environ["SMSGATE_CONFIG"])
    default = Path.home() / ".config" / "smsgate" / "config.toml"
    return default if default.is_file() else None


def _file_settings(vendor: str, path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    import tomllib  # only when there is a config file to read

    try:
        document = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigurationError(f"cannot read the config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"the config file {path} is not TOML: {exc}") from None
    table = document.get(vendor, {})
    if not isinstance(table, dict):
        raise ConfigurationError(f"[{vendor}] in {path} should be a table")
    return table


_OBJECT = object()
"""The declared type of a setting that only code can give (a RetryPolicy, a transport)."""


@functools.cache
def declared_types(vendor: str) -> Mapping[str, Any]:
    """Each setting's type, as the vendor's settings TypedDict declares it (the registry
    names it). A type that names what only code can make, or that cannot be resolved at
    run time (imported for type checkers only, such as a Ledger), is `_OBJECT`."""
    return types.MappingProxyType(dict(_annotations(vendor)))


def _annotations(vendor: str) -> list[tuple[str, Any]]:
    settings = _registry.vendor(vendor).settings_type()
    resolved = []
    for name, annotation in settings.__annotations__.items():
        if isinstance(annotation, typing.ForwardRef):
            module = sys.modules.get(annotation.__forward_module__ or settings.__module__)
            try:
                # Our own annotations, in the module that wrote them: what typing would do.
                annotation = eval(annotation.__forward_arg__, vars(module) if module else {})
            except NameError:  # imported under TYPE_CHECKING: not made from text
                annotation = _OBJECT
        resolved.append((name, annotation))
    return resolved


def _alternatives(declared: Any) -> tuple[Any, ...]:
    if typing.get_origin(declared) in (typing.Union, types.UnionType):
        return typing.get_args(declared)
    return (declared,)


class _Unreadable(Exception):
    """A value is not of the declared type; `expected` says what it should be."""

    def __init__(self, expected: str):
        super().__init__(expected)
        self.expected = expected


def _timeout_class() -> type:
    import httpx  # only to recognise httpx.Timeout in a declared type

    return httpx.Timeout


def _is_list(kind: Any) -> bool:
    origin = typing.get_origin(kind) or kind
    return isinstance(origin, type) and issubclass(origin, Sequence) and origin is not str


def _described(kind: Any) -> str:
    if kind is bool:
        return "true or false (1/0, yes/no, on/off)"
    if typing.get_origin(kind) is typing.Literal:
        return "one of " + ", ".join(repr(choice) for choice in typing.get_args(kind))
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in kind)
    if kind is int:
        return "an integer"
    if kind is float or kind is _timeout_class():
        return "a finite number"
    if _is_list(kind):
        return "a list of text (comma-separated in a variable)"
    if kind is str:
        return "text"
    return "something only code can give (pass it to connect())"


def _expected(declared: Any) -> str:
    return " or ".join(dict.fromkeys(_described(kind) for kind in _alternatives(declared)))


def _finite(number: float) -> float:
    if not math.isfinite(number):
        raise ValueError("not finite")  # an infinite timeout would wait forever
    return number


def _one_from_text(text: str, kind: Any) -> Any:
    """`text` as `kind`; ValueError if it is not one."""
    if kind is bool:
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise ValueError
    if typing.get_origin(kind) is typing.Literal:
        return next(c for c in typing.get_args(kind) if str(c) == text)  # StopIteration: none
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(m for m in kind if text in (str(m.value), m.name.lower(), m.name))
    if kind is int:
        return int(text)
    if kind is float or kind is _timeout_class():
        return _finite(float(text))
    if _is_list(kind):
        return [item.strip() for item in text.split(",") if item.strip()]
    if kind is str:
        return text
    raise ValueError


def _one_from_toml(value: Any, kind: Any) -> Any:
    """A TOML value (already a bool, int, float, list...) as `kind`; ValueError if not one."""
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif typing.get_origin(kind) is typing.Literal:
        if value in typing.get_args(kind):
            return value
    elif isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    elif isinstance(value, bool):
        pass  # neither a number nor text
    elif kind is int:
        if isinstance(value, int):
            return value
    elif kind is float or kind is _timeout_class():
        if isinstance(value, int | float):
            return _finite(float(value))
    elif _is_list(kind):
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
    elif kind is str and isinstance(value, int):
        return str(value)  # `password = 123456`: the digits, as written
    raise ValueError


# The order alternatives are tried in: the most particular first, text last.
def _rank(kind: Any) -> int:
    if kind is bool:
        return 0
    if typing.get_origin(kind) is typing.Literal:
        return 1
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return 2
    return {int: 3, float: 4, str: 9}.get(kind, 5)


def _converted(value: Any, declared: Any) -> Any:
    """`value` (an environment variable's text or a TOML value) as the declared type."""
    if declared is not _OBJECT:
        read = _one_from_text if isinstance(value, str) else _one_from_toml
        for kind in sorted(_alternatives(declared), key=_rank):
            try:
                return read(value, kind)
            except (ValueError, TypeError, StopIteration):
                continue
    raise _Unreadable(_expected(declared))


def _toml_kind(value: Any) -> str:
    return {bool: "a boolean", int: "an integer", float: "a number", str: "text"}.get(
        type(value), "a table" if isinstance(value, dict) else "a list"
    )


def settings_for(
    vendor: str,
    facade: type,
    *,
    config: str | None = None,
    given: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The settings for `facade`, the first found of: `given`, the environment (os.environ
    unless `environ` is given), the file; ConfigurationError for one of the wrong type."""
    environ = os.environ if environ is None else environ
    declared = declared_types(vendor)
    names = [
        *(
            name
            for name, p in inspect.signature(facade).parameters.items()
            if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
        ),
        *COMMON,
    ]
    path = config_path(config, environ)
    settings = dict(_file_settings(vendor, path))
    for name, value in settings.items():
        if name in declared:
            try:
                settings[name] = _converted(value, declared[name])
            except _Unreadable as unreadable:
                raise ConfigurationError(
                    f"`{name}` in [{vendor}] of {path} should be {unreadable.expected},"
                    f" not {_toml_kind(value)}"
                ) from None
    prefix = f"SMSGATE_{vendor.upper()}_"
    for name in names:
        variable = prefix + name.upper()
        text = environ.get(variable)
        if text is not None:
            try:
                settings[name] = _converted(text, declared.get(name, str))
            except _Unreadable as unreadable:
                raise ConfigurationError(f"{variable} should be {unreadable.expected}") from None
    settings.update({k: v for k, v in (given or {}).items() if v is not None})
    return settings
