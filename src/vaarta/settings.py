"""One frozen Settings object, built in layers: shipped defaults -> a user file -> the
environment -> command-line options (each layer overrides the one before).

The user file is TOML, read from ``$VAARTA_SETTINGS`` or else ``~/.config/vaarta/settings.toml``
when it exists::

    db = "postgresql+psycopg://news@localhost/vaarta"
    kb_extra = ["/srv/vaarta/kb"]
    max_body = 10_000_000

Environment: ``VAARTA_DB``, ``VAARTA_TOKEN``, ``VAARTA_MAX_BODY``, ``VAARTA_KB_EXTRA``
(folders separated by the path separator, ``:`` on Linux), ``VAARTA_BATCH``,
``VAARTA_CONTACT``, ``VAARTA_WATCH_DELAY``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

USER_FILE = Path("~/.config/vaarta/settings.toml")


class SettingsError(ValueError):
    """A settings file or variable that cannot be used; the message says which and why."""


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "sqlite:///vaarta.db"  # the store's URL
    token: str | None = None  # enables POST /api/ingest for requests that carry it
    max_body: int = 5 * 1024 * 1024  # bytes an HTTP request body may carry
    kb_extra: tuple[str, ...] = ()  # folders of KB files merged over ours
    batch: int = 200  # documents per store transaction
    contact: str | None = None  # an e-mail or URL sent in vaarta watch's User-Agent, for site owners
    watch_delay: float = 1.0  # seconds vaarta watch waits between two requests to one host


_ENV = {"VAARTA_DB": "db", "VAARTA_TOKEN": "token", "VAARTA_MAX_BODY": "max_body",
        "VAARTA_KB_EXTRA": "kb_extra", "VAARTA_BATCH": "batch", "VAARTA_CONTACT": "contact",
        "VAARTA_WATCH_DELAY": "watch_delay"}


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings from the layers; ``overrides`` that are None (an option not given) are skipped."""
    env = os.environ if env is None else env
    settings = Settings()
    file = path or (Path(env["VAARTA_SETTINGS"]) if env.get("VAARTA_SETTINGS") else USER_FILE.expanduser())
    if path is not None or env.get("VAARTA_SETTINGS") or file.exists():
        settings = _apply(settings, _read(file), str(file))
    from_env = {field: env[var] for var, field in _ENV.items() if env.get(var)}
    settings = _apply(settings, from_env, "the environment")
    return _apply(settings, {k: v for k, v in overrides.items() if v is not None}, "the command line")


def _read(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise SettingsError(f"{file}: cannot read settings ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{file}: not valid TOML ({exc})") from None


def _apply(settings: Settings, values: Mapping[str, Any], where: str) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise SettingsError(f"{where}: unknown setting {key!r} (known: {', '.join(known)})")
        changes[key] = _coerce(key, value, where)
    return replace(settings, **changes)


def _coerce(key: str, value: Any, where: str) -> Any:
    if key in ("max_body", "batch"):
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{where}: {key} must be a whole number, not {value!r}") from None
        if number < 1:
            raise SettingsError(f"{where}: {key} must be at least 1")
        return number
    if key == "watch_delay":
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            raise SettingsError(f"{where}: {key} must be a number of seconds, not {value!r}") from None
        if not 0 <= seconds <= 3600:
            raise SettingsError(f"{where}: {key} must be between 0 and 3600 seconds")
        return seconds
    if key == "kb_extra":
        if isinstance(value, str):
            return tuple(p for p in value.split(os.pathsep) if p)
        if isinstance(value, list | tuple) and all(isinstance(p, str | Path) for p in value):
            return tuple(str(p) for p in value)
        raise SettingsError(f"{where}: kb_extra must be a list of folders")
    if not isinstance(value, str):
        raise SettingsError(f"{where}: {key} must be text, not {value!r}")
    return value or None if key in ("token", "contact") else value
