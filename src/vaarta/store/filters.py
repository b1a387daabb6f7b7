"""The event filters every surface shares (API, pages, CLI): names, allowed values, checks.

``check(name, value)`` returns the value as the store wants it or raises ``FilterError``
naming what is allowed. The API answers a ``FilterError`` with 422, the CLI exits 2, the
pages drop the value and say so above the list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from vaarta.ontology import EVENT_TYPES, MODALITIES
from vaarta.store.sql import EventQuery

if TYPE_CHECKING:
    from vaarta.kb.spellings import Spellings

FILTERS = ("actor", "recipient", "type", "modality", "since", "until", "place", "pair", "doc")
MAX_LIMIT = 10_000  # the most events one request or one `vaarta events` call returns
MAX_VALUE = 200  # characters of a free-text filter
_CODE = re.compile(r"^[A-Z]{2,5}$")
_DAY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class FilterError(ValueError):
    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name, self.message = name, message


def check(name: str, value: str) -> str:
    """``value`` of filter ``name``, normalised; FilterError when it cannot be one."""
    value = value.strip()
    if name not in FILTERS:
        raise FilterError(name, f"unknown filter; the filters are {', '.join(FILTERS)}")
    if "\x00" in value:
        raise FilterError(name, "contains a NUL character")
    if len(value) > MAX_VALUE:
        raise FilterError(name, f"longer than {MAX_VALUE} characters")
    if name == "type":
        if value.upper() not in EVENT_TYPES:
            raise FilterError(name, f"{value!r} is not an event type; one of {', '.join(EVENT_TYPES)}")
        return value.upper()
    if name == "modality":
        if value.lower() not in MODALITIES:
            raise FilterError(name, f"{value!r} is not a modality; one of {', '.join(MODALITIES)}")
        return value.lower()
    if name in ("since", "until"):
        m = _DAY.match(value)
        try:
            ok = m is not None and date(int(m[1]), int(m[2] or 1), int(m[3] or 1)) is not None
        except ValueError:
            ok = False
        if not ok:
            raise FilterError(name, f"{value!r} is not a date; use 2024, 2024-07 or 2024-07-08")
        return value
    if name == "pair":
        codes = [c.strip().upper() for c in value.split(",")]
        if len(codes) != 2 or not all(_CODE.match(c) for c in codes):
            raise FilterError(name, "must be two codes, e.g. RUS,USA")
        return ",".join(codes)
    return value


def parse(params: Mapping[str, str | None], strict: bool = True) -> tuple[dict[str, str], list[FilterError]]:
    """The filters given in ``params`` (empty values left out). With ``strict`` the first bad
    one raises; otherwise bad ones are dropped and returned as problems."""
    out: dict[str, str] = {}
    problems: list[FilterError] = []
    for name in FILTERS:
        raw = params.get(name)
        if raw is None or not str(raw).strip():
            continue
        try:
            out[name] = check(name, str(raw))
        except FilterError as exc:
            if strict:
                raise
            problems.append(exc)
    return out, problems


def event_query(filters: Mapping[str, str], limit: int = 50, offset: int = 0,
                spellings: Spellings | None = None) -> EventQuery:
    """The store query of these filters; with ``spellings`` a place or name is looked for in
    every script the KB knows ("मॉस्को" finds Moscow, "Putin" finds पुतिन)."""
    pair = filters.get("pair")
    q = EventQuery(filters.get("actor"), filters.get("recipient"), filters.get("type"), filters.get("modality"),
                   filters.get("since"), filters.get("until"), filters.get("place"), doc_id=filters.get("doc"),
                   pair=tuple(pair.split(",")) if pair else None,  # type: ignore[arg-type]
                   limit=limit, offset=offset)
    if spellings is not None:
        if q.place:
            q.place_also = tuple(spellings.english_names(q.place))
        if q.actor:
            q.actor_also = tuple(spellings.of(q.actor)[1:])
        if q.recipient:
            q.recipient_also = tuple(spellings.of(q.recipient)[1:])
    return q
