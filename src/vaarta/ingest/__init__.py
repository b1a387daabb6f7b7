"""Readers: files, folders and stdin in, Docs (or one InputError per bad item) out.

Formats by suffix: ``.txt`` (one article; an optional front-matter block of ``key: value``
lines between ``---`` lines may set id, published, title, url, lang), ``.jsonl`` and
``.csv`` (fields ``id, text, published, title?, url?, lang?``), ``.html``/``.htm``
(main text by trafilatura). Folders are read recursively in name order; gold files
(``*gold.jsonl``) hold answers, not news, and are skipped there (name one to read it).
``-`` reads stdin: JSONL if its first character is ``{``, else one plain-text article.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from vaarta.model import Doc

MAX_BYTES = 20 * 1024 * 1024
MAX_ID = 255  # characters of a document id (the store's column)
_SURROGATE = re.compile("[\ud800-\udfff]")
SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class InputError:
    """One bad input item: where it is and what is wrong."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "error": self.message}


Item = Doc | InputError


def read_inputs(inputs: Iterable[str], published: date | None = None, stdin: TextIO | None = None) -> Iterator[Item]:
    """Docs and errors from every input, in order. Never raises for bad content."""
    for name in inputs:
        if name == "-":
            yield from _read_stdin(stdin or sys.stdin, published)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _wanted(p))
            if not files:
                yield InputError(name, None, f"no readable files in folder (looked for {', '.join(SUFFIXES)})")
            for f in files:
                yield from read_file(f, published)
        elif path.exists():
            yield from read_file(path, published)
        else:
            yield InputError(name, None, "no such file or folder")


def _wanted(p: Path) -> bool:
    return p.suffix.lower() in SUFFIXES and not p.name.startswith(".") and not p.name.endswith("gold.jsonl")


def read_file(path: Path, published: date | None = None) -> Iterator[Item]:
    src = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield InputError(src, None, f"unknown format {suffix or '(no suffix)'}; use one of {', '.join(SUFFIXES)}")
        return
    if suffix == ".jsonl" and not _utf16(path):
        yield from _stream_jsonl(path, published)  # a corpus file: any size, line by line
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield InputError(src, None, f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit "
                                        "for one document; put many documents in a .jsonl file (any size)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(src, None, f"cannot read: {exc.strerror or exc}")
        return
    text = decode(data)
    if isinstance(text, InputError):
        yield InputError(src, None, text.message)
        return
    if suffix == ".txt":
        yield from _from_text(text, src, path.stem, published)
    elif suffix == ".jsonl":
        yield from items_from_jsonl(io.StringIO(text), src, published)
    elif suffix == ".csv":
        yield from items_from_csv(text, src, published)
    else:
        yield from _from_html(text, src, path.stem, published)


def _utf16(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(2) in (b"\xff\xfe", b"\xfe\xff")
    except OSError:
        return False


def _stream_jsonl(path: Path, published: date | None) -> Iterator[Item]:
    """JSONL read a line at a time: memory stays flat whatever the file's size, and a line
    that is not UTF-8, holds NUL bytes or is over MAX_BYTES is an error of that line only."""
    src = str(path)
    try:
        f = path.open("rb")
    except OSError as exc:
        yield InputError(src, None, f"cannot read: {exc.strerror or exc}")
        return
    with f:
        for n, raw in enumerate(iter(lambda: f.readline(MAX_BYTES + 1), b""), 1):
            if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                yield InputError(src, n, f"line over the {MAX_BYTES / 1e6:.0f} MB limit; skipped")
                for rest in iter(lambda: f.readline(MAX_BYTES + 1), b""):
                    if rest.endswith(b"\n"):
                        break
                continue
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(src, n, f"not UTF-8: undecodable byte 0x{raw[exc.start]:02x} at column {exc.start + 1}")
                continue
            if "\x00" in line:
                yield InputError(src, n, "binary data (NUL bytes), not text")
                continue
            yield from _jsonl_line(line, src, n, published)


def decode(data: bytes) -> str | InputError:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is an error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return InputError("", None, f"bad UTF-16 at byte {exc.start}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError("", None, f"not UTF-8: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}")
    if "\x00" in text:
        return InputError("", None, "binary data (NUL bytes), not text")
    return text


def _read_stdin(stream: TextIO, published: date | None) -> Iterator[Item]:
    try:
        text = stream.read()
    except UnicodeDecodeError as exc:
        yield InputError("<stdin>", None, f"not UTF-8: {exc.reason} at offset {exc.start}")
        return
    yield from items_from_body(text, "<stdin>", "stdin", published)


def items_from_body(text: str, src: str, stem: str, published: date | None,
                    doc_id: str | None = None) -> Iterator[Item]:
    """A body of text as sent on stdin or to the HTTP API: JSONL when its first character
    is ``{``, else one plain-text article (front matter allowed) with the id ``doc_id``, or
    ``stem`` and a hash of its text."""
    if text.lstrip().startswith("{"):
        yield from items_from_jsonl(io.StringIO(text), src, published)
    else:
        yield from _from_text(text, src, stem, published, doc_id)


def _from_text(text: str, src: str, stem: str, published: date | None, doc_id: str | None = None) -> Iterator[Item]:
    meta, body = _front_matter(text)
    record = {"text": body, **({"id": doc_id} if doc_id else {}), **meta}
    yield from doc_from_record(record, src, None, published, default_id=stem)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    meta = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in ("id", "published", "title", "url", "lang"):
            meta[key.strip()] = value.strip()
    return meta, text[end + 5 :]


def items_from_jsonl(stream: TextIO, src: str, published: date | None) -> Iterator[Item]:
    """Docs and errors from JSONL lines (one object with a "text" field a line)."""
    for n, line in enumerate(stream, 1):
        yield from _jsonl_line(line, src, n, published)


def _jsonl_line(line: str, src: str, n: int, published: date | None) -> Iterator[Item]:
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield InputError(src, n, f"malformed JSON: {exc.msg} at column {exc.colno}")
        return
    except RecursionError:
        yield InputError(src, n, "JSON nested too deeply")
        return
    if not isinstance(record, dict):
        yield InputError(src, n, "a JSONL line must be an object with a 'text' field")
        return
    yield from doc_from_record(record, src, n, published, default_id=f"{Path(src).stem}-{n}")


def items_from_csv(text: str, src: str, published: date | None) -> Iterator[Item]:
    """Docs and errors from CSV text with a header row naming a "text" column. A row the
    csv module cannot parse ends the file with an error naming its line (the rows before
    it are kept)."""
    csv.field_size_limit(MAX_BYTES)  # a long article is one cell; the default (128k) would end the file there
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        fields = reader.fieldnames
    except csv.Error as exc:
        yield InputError(src, 1, f"CSV header cannot be read: {exc}")
        return
    if not fields or "text" not in fields:
        yield InputError(src, 1, "CSV needs a header row with a 'text' column")
        return
    rows = iter(reader)
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(src, reader.line_num, f"CSV cannot be read from here on: {exc}")
            return
        n = reader.line_num
        yield from doc_from_record(row, src, n, published, default_id=f"{Path(src).stem}-{n}")


def _from_html(text: str, src: str, stem: str, published: date | None) -> Iterator[Item]:
    import trafilatura

    try:
        body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_recall=True)
        meta = trafilatura.extract_metadata(text)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        yield InputError(src, None, f"HTML could not be parsed: {exc}")
        return
    if not body or not body.strip():
        body = _plain_text_of(text)  # markup too deep or odd for trafilatura: keep what text there is
    record: dict[str, Any] = {"text": body or ""}
    if meta is not None:
        record.update({k: v for k, v in (("title", meta.title), ("url", meta.url), ("published", meta.date)) if v})
    yield from doc_from_record(record, src, None, published, default_id=stem)


_SKIPPED_ELEMENTS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|br|section|article)\s*>|<br\s*/?>", re.I)


def _plain_text_of(html: str) -> str:
    """Text of markup without a parser (no depth limit): scripts and styles dropped, block
    ends made line breaks, tags removed, entities decoded, blank lines squeezed."""
    import html as html_lib

    body = _SKIPPED_ELEMENTS.sub(" ", html)
    body = _BLOCK_END.sub("\n", body)
    body = html_lib.unescape(_TAG.sub(" ", body))
    lines = (" ".join(line.split()) for line in body.splitlines())
    return "\n".join(line for line in lines if line)


def doc_from_record(record: dict[str, Any], src: str, line: int | None, published: date | None,
         default_id: str | None = None) -> Iterator[Item]:
    """The Doc of one record, or the InputError that keeps it out. A bad ``published`` is
    reported and the document kept without a date. A record without an id gets one from
    where it was read and a hash of its text, so two inputs never claim the same id."""
    text = record.get("text")
    if text is None:
        yield InputError(src, line, "missing 'text'")
        return
    if not isinstance(text, str) or not text.strip():
        yield InputError(src, line, "empty text")
        return
    for name in ("id", "title", "url", "lang", "published"):
        value = record.get(name)
        if value is not None and not isinstance(value, str | int | float) or isinstance(value, bool):
            yield InputError(src, line, f"'{name}' must be text, not {type(value).__name__}")
            return
    given = record.get("id")
    if given not in (None, "") and len(str(given)) > MAX_ID:
        yield InputError(src, line, f"'id' is longer than {MAX_ID} characters")
        return
    lang = record.get("lang")
    if lang not in (None, "") and not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,4})?", str(lang)):
        yield InputError(src, line, f"'lang' must be a language code such as hi or en, not {str(lang)[:20]!r}")
        return
    text = text.replace("\x00", "")  # a "\u0000" in JSON: no character of the text (and no database takes it)
    if _SURROGATE.search(text):  # "\\ud800" in JSON: not a character; keep the rest
        text = _SURROGATE.sub("\ufffd", text)
    pub = published
    raw_pub = record.get("published")
    if raw_pub:
        try:
            pub = date.fromisoformat(str(raw_pub)[:10])
        except ValueError:
            pub = published
            yield InputError(src, line, f"bad 'published' {raw_pub!r} (want YYYY-MM-DD): stored "
                                        + ("with the default date" if published else "without a date"))
    doc_id = str(given) if given not in (None, "") else \
        f"{(default_id or Path(src).stem)[:200]}-{hashlib.sha256(text.encode('utf-8', 'replace')).hexdigest()[:12]}"
    yield Doc(
        id=doc_id,
        raw=text,
        published=pub,
        title=str(record["title"]).replace("\x00", "") if record.get("title") not in (None, "") else None,
        url=str(record["url"]).replace("\x00", "") if record.get("url") not in (None, "") else None,
        lang=str(record["lang"]) if record.get("lang") not in (None, "") else None,
        source=src,
    )
