"""Names in the KB files are language-neutral columns: one column a language, ``names:<code>``
and ``demonyms:<code>`` (``names:hi``, ``names:en``), read for every language present. A
language is added by a column, or by a file of its own (``names_<code>.tsv``,
``role_words_<code>.tsv``), never by code.

A bare ``names`` or ``demonyms`` column holds names in the language of its file
(``names_<code>.tsv``), or, in a file of no language, names in any script.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

NAME_FIELDS = ("names", "demonyms")
_LANG = re.compile(r"[a-z]{2,3}")
_OLD = re.compile(r"(names|demonyms)_([a-z]{2,3})")


def header_problems(columns: Iterable[str]) -> list[str]:
    """What is wrong with a file's name columns: a bad language code, or an old header."""
    out = []
    for col in columns:
        field, sep, lang = col.partition(":")
        if sep and field in NAME_FIELDS and not _LANG.fullmatch(lang):
            out.append(f"column {col!r}: {lang!r} is not a language code (two or three small letters)")
        elif old := _OLD.fullmatch(col):
            out.append(f"column {col!r} is now {old[1]}:{old[2]}")
    return out


def split_names(cell: str) -> list[str]:
    return [s.strip() for s in cell.split("|") if s.strip()]


def names_in(row: Mapping[str, str], field: str, lang: str | None = None) -> list[tuple[str | None, str]]:
    """(language, name) for every name of ``field`` ("names" or "demonyms") in a row, in
    column order: ``field:<code>`` columns are in their language, the bare ``field`` in
    ``lang`` (None: any)."""
    out: list[tuple[str | None, str]] = []
    for col, cell in row.items():
        if not cell or not col.startswith(field):
            continue
        if col == field:
            out += [(lang, a) for a in split_names(cell)]
        elif col[len(field)] == ":":
            code = col[len(field) + 1:]
            out += [(code, a) for a in split_names(cell)]
    return out


def language_files(folder: Path, stem: str) -> list[tuple[str, Path]]:
    """The per-language files ``<stem>_<code>.tsv`` of a folder, by language code."""
    out = []
    for path in sorted(folder.glob(f"{stem}_*.tsv")):
        out.append((path.stem[len(stem) + 1:], path))
    return out


def is_language(code: str) -> bool:
    return bool(_LANG.fullmatch(code))
