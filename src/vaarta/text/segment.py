"""Paragraph and sentence splitting for Hindi and English news.

A line is a paragraph. Sentences end at the danda (।, ॥, or a Latin I or | typed for it
right after a Devanagari word), ? and !, and at a full stop
unless it closes an initial ("एस. जयशंकर", "J. Biden"), a known abbreviation or a number.
Closing quotes and brackets stay with the sentence they close.
"""

from __future__ import annotations

import re

from vaarta.lang.en.calendar import MONTHS, TIMES_OF_DAY
from vaarta.lang.hi.abbreviations import ABBREVIATIONS, SHORT_FINAL_WORDS
from vaarta.model import Sentence

# some outlets type the danda as a Latin I or a pipe: "मिसाइल दागी हैI दक्षिण कोरिया …"
_END = re.compile(r"[।॥?!…]+|\.(?!\d)|(?<=[\u0900-\u097F]) ?[I|](?=\s|$)")
_CLOSERS = "'\"’”)]»"
_INITIAL = re.compile(r"(?:^|[\s(‘'\".])([\u0900-\u097F]{1,3}|[A-Z])$")
_LAST_WORD = re.compile(r"(\S+)$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets into it, numbered in order."""
    out: list[Sentence] = []
    for para, (start, end) in enumerate(_lines(text)):
        for s, e in _sentences_in(text, start, end):
            out.append(Sentence(s, e, text[s:e], para, len(out)))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    s = start
    for m in _END.finditer(text, start, end):
        if m.group() == "." and _keeps_going(text, s, m.start()):
            continue
        e = m.end()
        while e < end and text[e] in _CLOSERS:
            e += 1
        spans.append((s, e))
        s = e
    spans.append((s, end))
    return [t for t in (_strip(text, a, b) for a, b in spans) if t[1] > t[0]]


def _keeps_going(text: str, s: int, dot: int) -> bool:
    before = text[s:dot]
    m = _INITIAL.search(before)
    if m and m.group(1) not in SHORT_FINAL_WORDS:
        return True
    m = _LAST_WORD.search(before)
    word = m.group(1).strip("(‘'\"").lower() if m else ""
    after = text[dot + 1 : dot + 3].lstrip()
    if word in MONTHS and len(word) <= 4 and after[:1].isdigit():
        return True  # "on Jan. 24", "Feb. 16, 2024"
    if word in TIMES_OF_DAY and (after[:1].islower() or after[:1].isdigit() or after[:1] == "(" or not after
                                 and text[dot + 1 : dot + 2] == "m"):
        return True  # "after 2 a.m. local time"
    return word in ABBREVIATIONS


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
