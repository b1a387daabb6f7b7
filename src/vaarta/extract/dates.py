"""Date expressions in Hindi news, resolved against the publication date.

A rule layer, not a general parser: "15 मार्च", "पांच दिसंबर", "मार्च 2016", "2002 में",
"गुरुवार को", "इस हफ्ते के आखिर", "पिछले महीने", "17 साल पहले", "करीब दो माह पहले",
"आज", "कल". Weekdays and "कल" get two readings: the past one (on or before publication)
and the future one (after it); the coder picks by the clause's tense.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import ahocorasick

from vaarta.kb.matcher import is_word_char
from vaarta.lang.hi.calendar import MONTHS, WEEKDAYS
from vaarta.lang.hi.numbers import NUMBER_WORDS, to_int
from vaarta.model import EventDate, Mention

_NUM = r"(?:[0-9०-९]{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|[१२][०-९]{3})"
_B = r"(?<![\u0900-\u0963\u0966-\u097F\w])"  # word start
_E = r"(?![\u0900-\u0963\u0966-\u097F\w])"  # word end

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("event_relative", re.compile(_B + rf"(?:इससे|उससे|इसके|उसके)\s+(?P<n>{_NUM}|[0-9]+)\s+(?P<unit>दिन|हफ्ते|हफ़्ते|सप्ताह)\s+(?P<dir>पहले|बाद)" + _E)),
    ("day_month", re.compile(_B + rf"(?P<day>{_NUM})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?" + _E)),
    ("month_year", re.compile(_B + rf"(?P<month>{_MONTH})(?:,)?\s+(?P<year>{_YEAR})" + _E)),
    # a month named alone: "जनवरी में", "जनवरी महीने में" (the protest march is no month: "मार्च में
    # शामिल", so मार्च counts only as "मार्च महीने")
    ("month", re.compile(_B + rf"(?!मार्च\s+(?:में|के|से|तक))(?P<month>{_MONTH})(?:\s+(?:महीने|माह))?\s+(?:में|के|से|तक)" + _E)),
    ("ago", re.compile(_B + rf"(?P<n>{_NUM}|[0-9]+)\s+(?P<unit>साल|वर्ष|बरस|महीने|माह|हफ्ते|हफ़्ते|सप्ताह|दिन)\s+(?:पहले|पूर्व)" + _E)),
    ("relative", re.compile(_B + r"(?P<which>इस|पिछले|पिछली|पिछला|बीते|अगले|अगली|अगला|आगामी)\s+(?P<unit>साल|वर्ष|महीने|माह|हफ्ते|हफ़्ते|सप्ताह)(?P<end>\s+(?:के|की)\s+(?:आखिर|आख़िर|अंत|अखिर))?" + _E)),
    ("weekday", re.compile(_B + rf"(?P<weekday>{_WEEKDAY})" + _E)),
    ("year", re.compile(_B + rf"(?:(?:साल|वर्ष|सन)\s+)?(?P<year>{_YEAR})\s+(?:में|से|के|तक|की)" + _E
                        + r"(?!\s+बाद\s+(?:से\s+)?पहली\s+बार)")),
    ("today", re.compile(_B + r"(?P<word>आज|कल|परसों)" + _E)),
]


# Every rule starts with a number or one of these words; candidates are found with one
# Aho-Corasick pass and a digit scan, then read by the first rule that matches there.
_FIRST_WORDS = (*NUMBER_WORDS, *MONTHS, *WEEKDAYS, "इस", "पिछले", "पिछली", "पिछला", "बीते", "अगले", "अगली",
                "अगला", "आगामी", "साल", "वर्ष", "सन", "इससे", "उससे", "इसके", "उसके", "आज", "कल", "परसों")
_ANCHORS = ahocorasick.Automaton()
for _w in _FIRST_WORDS:
    _ANCHORS.add_word(_w, len(_w))
_ANCHORS.make_automaton()
_DIGITS = re.compile("(?<![0-9०-९])[0-9०-९]")


def _candidates(text: str) -> list[int]:
    starts = {end - n + 1 for end, n in _ANCHORS.iter(text)}
    starts.update(m.start() for m in _DIGITS.finditer(text))
    return sorted(s for s in starts if s == 0 or not is_word_char(text[s - 1]))


def _first_rule(text: str, pos: int) -> tuple[str, re.Match[str]] | None:
    """The first rule that reads a date at ``pos``, and its match."""
    for name, rx in _RULES:
        m = rx.match(text, pos)
        if m is not None:
            return name, m
    return None


def find_dates(text: str, published: date | None) -> list[Mention]:
    """Date mentions in ``text`` (non-overlapping, in order)."""
    if published is None:
        return []
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pos in _candidates(text):
        found = _first_rule(text, pos)
        if found is None:
            continue
        name, m = found
        s, e = m.start(), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        resolved = _resolve(name, m, published)
        if resolved is None:
            continue
        past, future = resolved
        mention = Mention(s, e, text[s:e], "date", date=past, source=f"hi.date.{name}", alt_date=future)
        if name == "event_relative":
            g = m.groupdict()
            days = (to_int(g["n"]) or 0) * (1 if g["unit"] == "दिन" else 7)
            mention.offset_days = -days if g["dir"] == "पहले" else days
        out.append(mention)
        taken.append((s, e))
    out.sort(key=lambda mm: mm.start)
    return out


def _resolve(name: str, m: re.Match[str], pub: date) -> tuple[EventDate, EventDate | None] | None:
    g = m.groupdict()
    if name == "day_month":
        day, month = to_int(g["day"]), MONTHS[g["month"]]
        year = int(g["year"].translate(str.maketrans("०१२३४५६७८९", "0123456789"))) if g.get("year") else pub.year
        try:
            d = date(year, month, day or 0)
        except ValueError:
            return None
        if not g.get("year") and d > pub + timedelta(days=200):
            d = d.replace(year=year - 1)
        return EventDate.of_day(d), None
    if name == "month_year":
        year = int(g["year"].translate(str.maketrans("०१२३४५६७८९", "0123456789")))
        return EventDate(f"{year:04d}-{MONTHS[g['month']]:02d}", "month"), None
    if name == "month":
        month = MONTHS[g["month"]]
        past = pub.year if month <= pub.month else pub.year - 1
        ahead = pub.year if month >= pub.month else pub.year + 1
        return EventDate(f"{past:04d}-{month:02d}", "month"), EventDate(f"{ahead:04d}-{month:02d}", "month")
    if name == "year":
        year = int(g["year"].translate(str.maketrans("०१२३४५६७८९", "0123456789")))
        return EventDate(f"{year:04d}", "year"), None
    if name == "event_relative":  # read against publication until the coder knows the event
        g = dict(g, unit=g["unit"])
        name = "ago"
    if name == "ago":
        n = to_int(g["n"]) or 0
        unit = g["unit"]
        if unit in ("साल", "वर्ष", "बरस"):
            return EventDate(f"{pub.year - n:04d}", "year"), None
        if unit in ("महीने", "माह"):
            y, mth = _add_months(pub.year, pub.month, -n)
            return EventDate(f"{y:04d}-{mth:02d}", "month"), None
        days = n * 7 if unit in ("हफ्ते", "हफ़्ते", "सप्ताह") else n
        return EventDate.of_day(pub - timedelta(days=days)), None
    if name == "relative":
        return _relative(g["which"], g["unit"], bool(g.get("end")), pub), None
    if name == "weekday":
        wd = WEEKDAYS[g["weekday"]]
        back = (pub.weekday() - wd) % 7
        ahead = (wd - pub.weekday()) % 7  # a future clause on the publication weekday means that day
        return EventDate.of_day(pub - timedelta(days=back)), EventDate.of_day(pub + timedelta(days=ahead))
    if name == "today":
        w = g["word"]
        if w == "आज":
            return EventDate.of_day(pub), None
        n = 1 if w == "कल" else 2
        return EventDate.of_day(pub - timedelta(days=n)), EventDate.of_day(pub + timedelta(days=n))
    return None


def _relative(which: str, unit: str, end: bool, pub: date) -> EventDate:
    step = {"इस": 0, "आगामी": 1, "अगले": 1, "अगली": 1, "अगला": 1}.get(which, -1)
    if unit in ("साल", "वर्ष"):
        return EventDate(f"{pub.year + step:04d}", "year")
    if unit in ("महीने", "माह"):
        y, m = _add_months(pub.year, pub.month, step)
        return EventDate(f"{y:04d}-{m:02d}", "month")
    # a week: its end ("के आखिर") is the Saturday; otherwise the week's Monday, week precision
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    day = monday + timedelta(days=5) if end else monday
    return EventDate(day.isoformat(), "week")


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + n
    return idx // 12, idx % 12 + 1
