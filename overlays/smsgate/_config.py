"""Settings for a vendor from arguments, environment variables or a config file, in that order.

Every keyword of a vendor facade's constructor is a setting, so a new vendor needs no entry
here: `SMSGATE_SMSC_LOGIN`, `SMSGATE_UBILL_KEY`, `SMSGATE_SELZY_API_KEY`... The config file
is TOML with one table per vendor, found at `--config`, `$SMSGATE_CONFIG`, or
`~/.config/smsgate/config.toml`:

    [smsc]
    login = "shop"
    password = "..."
    sender = "Shop"
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import InvalidRequestError

__all__ = ["config_path", "settings_for"]

COMMON = ("base_url", "timeout", "sender", "default_region", "callback_url", "callback_secret")
"""Settings every vendor takes besides its constructor's: where the API is, how long to
wait, and the neutral gateway's and the callback receiver's own."""
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def config_path(config: str | None = None, environ: Mapping[str, str] = os.environ) -> Path | None:
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
        raise InvalidRequestError(f"cannot read the config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InvalidRequestError(f"the config file {path} is not TOML: {exc}") from None
    table = document.get(vendor, {})
    if not isinstance(table, dict):
        raise InvalidRequestError(f"[{vendor}] in {path} should be a table")
    return table


def _from_text(name: str, text: str, annotation: Any) -> Any:
    """An environment variable's text as the type its constructor parameter declares."""
    kind = str(annotation)
    if "bool" in kind:
        if text.lower() not in _TRUE | _FALSE:
            raise InvalidRequestError(f"{name} should be true or false, got {text!r}")
        return text.lower() in _TRUE
    if name.endswith("timeout"):
        try:
            return float(text)
        except ValueError:
            raise InvalidRequestError(f"{name} should be seconds, got {text!r}") from None
    if "Sequence" in kind:
        return [item.strip() for item in text.split(",") if item.strip()]
    if "int" in kind and "str" not in kind:
        try:
            return int(text)
        except ValueError:
            raise InvalidRequestError(f"{name} should be an integer, got {text!r}") from None
    return text


def settings_for(
    vendor: str,
    facade: type,
    *,
    config: str | None = None,
    given: Mapping[str, Any] | None = None,
    environ: Mapping[str, str] = os.environ,
) -> dict[str, Any]:
    """The settings for `facade`, the first found of: `given`, the environment, the file."""
    parameters = {
        name: p.annotation
        for name, p in inspect.signature(facade).parameters.items()
        if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)
    }
    names = [*parameters, *COMMON]
    settings = dict(_file_settings(vendor, config_path(config, environ)))
    prefix = f"SMSGATE_{vendor.upper()}_"
    for name in names:
        text = environ.get(prefix + name.upper())
        if text is not None:
            settings[name] = _from_text(prefix + name.upper(), text, parameters.get(name, str))
    settings.update({k: v for k, v in (given or {}).items() if v is not None})
    return settings
