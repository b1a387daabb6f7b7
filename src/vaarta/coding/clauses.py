"""Clauses and role markers, without a parser.

A sentence is cut into clauses at complementisers and conjunctions that start a new clause
(कि, लेकिन, जबकि, "…, जिसमें"); an actor's role is read from the postposition that follows
its noun phrase (ने, से, के साथ, की, पर, को …), and coordinated actors ("X और Y ने") share
the marker of the last one.
"""

from __future__ import annotations

import re

from vaarta.lang.hi.postpositions import (
    BETWEEN_NAME_AND_MARKER,
    CLAUSE_OPENERS,
    HEAD_NOUNS,
    INCLUDING,
    ROLE_MARKER_WORDS,
    TOPIC_MARKERS,
    TOPIC_NOUNS,
)

_BOUNDARY = re.compile(
    rf"(?:,\s*|\s+)(?=(?:{'|'.join(CLAUSE_OPENERS)})\s)"
    r"|\s+(?=कि\s)|\s+कि\s*[,:]?\s*(?=['\"‘“])|;|:\s*(?=['\"‘“])|\s*[‘“'\"](?=\S)"
)

_MARKERS = ROLE_MARKER_WORDS
_MARKER_RE = re.compile(
    r"\s*(?:\)\s*)?(?:\([^()\n]{1,40}\)\s*)?(?:(?:" + "|".join(BETWEEN_NAME_AND_MARKER) + r")\s+)?("
    + "|".join(re.escape(w) for _, w in sorted(_MARKERS, key=lambda m: -len(m[1])))
    + r")(?![\u0900-\u0963\u0966-\u097F\w])"
)
_CODE = {w: c for c, w in _MARKERS}


_AGENT = re.compile(r"(?<![\u0900-\u0963\u0966-\u097F\w])ने(?![\u0900-\u0963\u0966-\u097F\w])")
_COMMA_AGENT = re.compile(r"(?:,|(?<=\sके बाद))\s*(?=(?:\S+\s+){1,5}ने(?![\u0900-\u0963\u0966-\u097F\w]))")

# Every boundary holds one of these; a sentence with none is one clause (the usual case).
_HINTS = re.compile("|".join(re.escape(h) for h in ("कि", *CLAUSE_OPENERS, ";", "'", '"', "‘", "“", ",", "के बाद")))


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of ``text[start:end]``."""
    if not _HINTS.search(text, start, end):
        return [(start, end)] if text[start:end].strip() else []
    spans = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _scare_quote(text, m, end):
            continue
        if m.start() > s:
            spans.append((s, m.start()))
        s = m.end()
    if end > s:
        spans.append((s, end))
    return [piece for a, b in spans if text[a:b].strip() for piece in _second_agents(text, a, b)]


_QUOTE_CHARS = "‘“'\""
_CLOSE = re.compile(r"[^‘“’”'\"।]{1,40}?[’”'\"]\s+[\u0900-\u0963\u0966-\u097F]")


def _scare_quote(text: str, m: re.Match[str], end: int) -> bool:
    """A few words in quotes inside a clause ("को 'पर्सोना नॉन ग्राटा' घोषित किया") are no
    quoted speech: the clause goes on after the closing quote."""
    if not m.group().strip() or m.group().strip()[-1] not in _QUOTE_CHARS:
        return False
    return _CLOSE.match(text, m.end(), end) is not None


def _second_agents(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"X ने मिसाइल दागी, Y ने विरोध जताया", "X ने अभ्यास के बाद Y ने मिसाइलें दागीं": a comma
    or "के बाद" after a clause with its own ने agent, followed within a few words by another
    ने, opens a new clause. A list of agents
    ("A, B और C ने") has no ने before its commas and stays whole."""
    out = []
    s = start
    for m in _COMMA_AGENT.finditer(text, start, end):
        if _AGENT.search(text, s, m.start()):
            out.append((s, m.start()))
            s = m.end()
    out.append((s, end))
    return out


def marker_after(text: str, pos: int, limit: int) -> str:
    """The role marker after an actor ending at ``pos``: a code of _MARKERS or "none"."""
    m = _MARKER_RE.match(text, pos, limit)
    if not m and (head := _HEAD.match(text, pos, limit)) is not None:
        m = _MARKER_RE.match(text, head.end(), limit)  # "संयुक्त राष्ट्र प्रमुख ने": the body's head
    if not m and _TOPIC.match(text, pos, limit):
        return "about"  # "यूक्रेन युद्ध पर हुई बात": what the talk was about
    if not m:
        # "जापान समेत कई देशों के नेताओं से": the postposition that closes the phrase
        inc = _INCLUDING.match(text, pos, limit)
        at = inc.end() if inc else -1
        while at >= 0 and (found := closing_of(text, at, limit)) is not None:
            if found[0] != "gen":  # ("कई देशों के नेताओं से": the head noun's, not the genitive's)
                return found[0]
            at = found[1] + 2  # का, की, के
        return "none"
    return _CODE[m.group(1)]


_TOPIC = re.compile(r"\s+(?:" + "|".join(TOPIC_NOUNS) + r")\s+(?:" + "|".join(TOPIC_MARKERS) + r")(?![\u0900-\u0963\u0966-\u097F\w])")
_HEAD = re.compile(r"\s+(?:" + "|".join(HEAD_NOUNS) + r")(?![\u0900-\u0963\u0966-\u097F\w])")
_INCLUDING = re.compile(r"\s+(?:" + "|".join(INCLUDING) + r")(?![\u0900-\u0963\u0966-\u097F\w])")


_CLOSING = re.compile(r"(?:\s+\S+){0,4}?\s*(?<![\u0900-\u0963\u0966-\u097F\w])(" + "|".join(
    re.escape(w) for c, w in sorted(_MARKERS, key=lambda m: -len(m[1])) if c not in ("and",)
) + r")(?![\u0900-\u0963\u0966-\u097F\w])")


def marker_closing(text: str, pos: int, limit: int) -> str:
    """The postposition that closes a coordinated phrase with no second actor in it
    ("यूक्रेन और अपने यूरोपीय सहयोगियों से" -> से), looked for within five words."""
    m = _CLOSING.match(text, pos, limit)
    if not m:
        return "and"
    return _CODE[m.group(1)]


def closing_of(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """The postposition that closes the noun phrase an adjective at ``pos`` opens ("रूसी
    तेल कंपनियों पर" -> पर), with where it starts; None when none follows within five words."""
    m = _CLOSING.match(text, pos, limit)
    return (_CODE[m.group(1)], m.start(1)) if m else None
