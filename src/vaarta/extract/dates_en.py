"""Date expressions in English news, resolved against the publication date: "on Wednesday",
"June 12", "12 June 2018", "in 2002", "last month", "yesterday"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from vaarta.lang.en.calendar import MONTHS, WEEKDAYS
from vaarta.model import EventDate, Mention

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("month_day", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I)),
    ("day_month", re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b", re.I)),
    ("weekday", re.compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|of)\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    ("relative", re.compile(r"\b(?P<which>last|this|next)\s+(?P<unit>week|month|year)\b", re.I)),
    ("today", re.compile(r"\b(?P<word>today|yesterday|tomorrow)\b", re.I)),
]


def find_dates_en(text: str, published: date | None) -> list[Mention]:
    if published is None:
        return []
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name, rx in _RULES:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            got = _resolve(name, m.groupdict(), published)
            if got:
                out.append(Mention(m.start(), m.end(), m.group(), "date", date=got[0], alt_date=got[1],
                                   source=f"en.date.{name}"))
                taken.append(m.span())
    return sorted(out, key=lambda x: x.start)


def _resolve(name: str, g: dict[str, str], pub: date) -> tuple[EventDate, EventDate | None] | None:
    if name in ("month_day", "day_month"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        year = int(g["year"]) if g.get("year") else pub.year
        try:
            d = date(year, month, int(g["day"]))
        except ValueError:
            return None
        if not g.get("year") and d > pub + timedelta(days=200):
            d = d.replace(year=year - 1)
        return EventDate.of_day(d), None
    if name == "weekday":
        wd = WEEKDAYS[g["weekday"].lower()]
        back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
        return EventDate.of_day(pub - timedelta(days=back)), EventDate.of_day(pub + timedelta(days=ahead))
    if name == "year":
        return EventDate(g["year"], "year"), None
    if name == "relative":
        step = {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        unit = g["unit"].lower()
        if unit == "year":
            return EventDate(f"{pub.year + step:04d}", "year"), None
        if unit == "month":
            idx = pub.year * 12 + pub.month - 1 + step
            return EventDate(f"{idx // 12:04d}-{idx % 12 + 1:02d}", "month"), None
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return EventDate(monday.isoformat(), "week"), None
    word = g["word"].lower()
    shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    return EventDate.of_day(pub + timedelta(days=shift)), None
