"""A sentence as the English coder reads it: tokens, the actor and place mentions laid over
them as chunks, the date spans, and the quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vaarta.lang.en.grammar import (
    AUXILIARIES,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    VERB_NEGATION,
    is_adverb,
)
from vaarta.lang.en.phrases import BY_WHOM_SUFFIXES, FLAG_SUFFIXES, GO_BETWEEN_SUFFIXES
from vaarta.model import Actor, Mention, Place

_BY_WHOM = "|".join(BY_WHOM_SUFFIXES + FLAG_SUFFIXES)
_TOKEN = re.compile(
    rf"\w+(?=-(?:{_BY_WHOM})\b)|-(?:{_BY_WHOM})\b"  # Saudi|-led coalition, Rwanda|-backed rebels
    r"|\d+(?:[.,]\d+)+"  # 1.1, 20,000
    r"|(?:[A-Za-z]\.){2,}"  # U.S., U.N.
    r"|\w+(?=n['’]t\b)|n['’]t\b"  # did|n't
    r"|['’](?:s|ll|re|ve|d|m)\b"  # 's 'll
    r"|\w+(?:-\w+)*(?:['’](?!(?:s|ll|re|ve|d|m)\b)\w+)*"  # words, hyphenated words, d'Affaires
    r"|\S")
QUOTES = frozenset("\"“”«»„‘’'")
OPEN_QUOTES = frozenset("“«„‘")
CLOSE_QUOTES = frozenset("”»’")
PUNCT_BREAK = frozenset(";:!?.")


@dataclass(slots=True)
class Token:
    i: int
    start: int
    end: int
    text: str
    low: str


@dataclass(slots=True)
class Chunk:
    """An actor mention over tokens [i, j)."""

    i: int
    j: int
    mention: Mention

    @property
    def actor(self) -> Actor:
        assert self.mention.actor is not None
        return self.mention.actor

    @property
    def country(self) -> str | None:
        return self.actor.country


@dataclass(slots=True)
class PlaceChunk:
    i: int
    j: int
    place: Place
    mention: Mention


@dataclass
class SentenceView:
    start: int
    end: int
    toks: list[Token]
    words: list[str]
    chunk_end: dict[int, Chunk] = field(default_factory=dict)  # last token index -> chunk
    chunk_start: dict[int, Chunk] = field(default_factory=dict)
    in_chunk: list[Chunk | None] = field(default_factory=list)
    places: list[PlaceChunk] = field(default_factory=list)
    in_date: list[bool] = field(default_factory=list)
    quote: list[int] = field(default_factory=list)  # quotation index of each token (-1 outside)
    quote_spans: list[tuple[int, int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.toks)

    def chunk_at(self, i: int) -> Chunk | None:
        return self.in_chunk[i] if 0 <= i < len(self.in_chunk) else None

    def place_at(self, i: int) -> PlaceChunk | None:
        for p in self.places:
            if p.i <= i < p.j:
                return p
        return None

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""


def sentence_view(text: str, start: int, end: int, actors: list[Mention], places: list[Mention],
                  dates: list[Mention]) -> SentenceView:
    toks = [Token(k, m.start(), m.end(), m.group(), m.group().lower().replace("’", "'"))
            for k, m in enumerate(_TOKEN.finditer(text, start, end))]
    sv = SentenceView(start, end, toks, [t.low for t in toks])
    sv.in_chunk = [None] * len(toks)
    sv.in_date = [False] * len(toks)
    for m in actors:
        span = _token_span(toks, m.start, m.end)
        if span is None or any(sv.in_chunk[k] is not None for k in range(*span)):
            continue
        c = Chunk(span[0], span[1], m)
        for k in range(*span):
            sv.in_chunk[k] = c
        sv.chunk_start[span[0]] = c
        sv.chunk_end[span[1] - 1] = c
    for c in sorted(sv.chunk_start.values(), key=lambda x: -x.i):
        nxt = sv.chunk_start.get(c.j + 1) if sv.word(c.j) == "and" else None
        if sv.word(c.j) in GO_BETWEEN_SUFFIXES or (nxt is not None and nxt.i not in sv.chunk_start and sv.word(nxt.j) in GO_BETWEEN_SUFFIXES):
            _drop(sv, c)
        elif sv.word(c.j) == "and" and sv.word(c.j + 2) in GO_BETWEEN_SUFFIXES and sv.chunk_start.get(c.j + 1) is None:
            _drop(sv, c)  # "US and Saudi-brokered": the second was dropped already
    for m in places:
        span = _token_span(toks, m.start, m.end)
        if span is not None and m.place is not None:
            sv.places.append(PlaceChunk(span[0], span[1], m.place, m))
    for m in dates:
        span = _token_span(toks, m.start, m.end)
        if span is not None:
            for k in range(*span):
                sv.in_date[k] = True
    sv.quote, sv.quote_spans = _quotations(toks)
    return sv


def _drop(sv: SentenceView, c: Chunk) -> None:
    for k in range(c.i, c.j):
        sv.in_chunk[k] = None
    sv.chunk_start.pop(c.i, None)
    sv.chunk_end.pop(c.j - 1, None)


def _token_span(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    inside = [t.i for t in toks if t.start >= a and t.end <= b]
    return (inside[0], inside[-1] + 1) if inside else None


def _quotations(toks: list[Token]) -> tuple[list[int], list[tuple[int, int]]]:
    """Which tokens stand inside a quotation. Straight quotes pair in order; an apostrophe
    between letters (the Indian side's) never opens one."""
    marks = [t.i for t in toks if t.text in QUOTES and not _apostrophe(toks, t.i)]
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for k in marks:
        ch = toks[k].text
        if open_at is None:
            if ch not in CLOSE_QUOTES or ch == "’" and _opens(toks, k):
                open_at = k
        elif ch not in OPEN_QUOTES and _same_kind(toks[open_at].text, ch):
            spans.append((open_at, k))
            open_at = None
    inside = [-1] * len(toks)
    for n, (a, b) in enumerate(spans):
        for k in range(a, b + 1):
            inside[k] = n
    return inside, spans


def _apostrophe(toks: list[Token], k: int) -> bool:
    t = toks[k]
    before = toks[k - 1] if k else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    return t.text in "'’" and before is not None and after is not None and before.end == t.start \
        and after.start == t.end and before.text[-1:].isalnum() and after.text[:1].isalnum()


def _opens(toks: list[Token], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].start == toks[k].end


def _same_kind(a: str, b: str) -> bool:
    single = "‘’'"
    return (a in single) == (b in single)


def is_det(word: str) -> bool:
    return word in DETERMINERS or word in POSSESSIVE_PRONOUNS or word[:1].isdigit()


def is_prep(word: str) -> bool:
    return word in PREPOSITIONS


def is_aux(word: str) -> bool:
    return word in AUXILIARIES


def is_skippable(sv: SentenceView, k: int) -> bool:
    """Words that may stand between a subject and its verb: adverbs, auxiliaries, dates and
    quotation marks ("X on Wednesday strongly condemned")."""
    w = sv.words[k]
    return is_adverb(w) or is_aux(w) or sv.in_date[k] or w in QUOTES or w in VERB_NEGATION
