"""Help text in words a user reads, not Python's: typer 0.29 shows each option's type as the
annotation's name (``<str>``, ``<bool>``, ``<list[Path]>``); vaarta shows TEXT, N, PATH… and
nothing for a flag."""

from __future__ import annotations

from typing import Any

from typer import core

_WORDS = {"str": "TEXT", "int": "N", "int range": "N", "float": "NUMBER", "float range": "NUMBER",
          "Path": "PATH", "file": "FILE", "directory": "FOLDER", "path": "PATH", "datetime": "DATE"}


def _plain(label: str | None) -> str | None:
    if label is None:
        return None
    inner = label[1:-1] if label.startswith("<") and label.endswith(">") else label
    if inner == "bool":
        return None
    if inner.startswith("list[") and inner.endswith("]"):
        word = _plain(inner[5:-1])
        return f"{word}…" if word else None
    return _WORDS.get(inner, inner if "|" in inner else inner.upper())


def plain_help() -> None:
    """Make every vaarta command's help name value kinds in plain words."""
    option_rich: Any = core.TyperOption.display_type_rich
    base_rich: Any = core._TyperParameter.display_type_rich

    def option_type(self: Any, ctx: Any) -> str | None:
        return self.metavar if self.metavar is not None else (None if self.is_flag else _plain(option_rich(self, ctx)))

    def param_type(self: Any, ctx: Any) -> str | None:
        return _plain(base_rich(self, ctx))

    core.TyperOption.display_type_rich = option_type  # type: ignore[method-assign]
    core._TyperParameter.display_type_rich = param_type  # type: ignore[method-assign]
