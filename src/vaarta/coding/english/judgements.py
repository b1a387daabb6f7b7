"""A judgement of what another did, said with a copula: "Moscow's annexation of the islands
is a plain breach of the treaty, the Japanese minister said", "Japan said the Chinese
drills are unwarranted", '"China's move is not acceptable," the minister said'. It is a
criticism by the speaker of the one whose act the subject names (CAMEO 111). English puts
that owner first in the subject ("China's", "the Chinese drills", "China is"); the speaker
stands before the clause with a verb of saying, after it (", X said"), or outside the quotation."""

from __future__ import annotations

from vaarta.coding.english.lexicon import EnglishFrame, Match, Pattern
from vaarta.coding.english.roles import Roles, Side
from vaarta.coding.english.tokens import SentenceView, is_det
from vaarta.coding.english.triggers import Trig
from vaarta.lang.en.calendar import MONTHS, WEEKDAYS
from vaarta.lang.en.grammar import REPORTING, SUBJECT_PRONOUNS, is_adverb
from vaarta.lang.en.phrases import (
    BREACH_VERBS,
    CLAUSE_OPENERS,
    COPULAS,
    JUDGEMENTS,
    NOT_JUDGEMENTS,
    TIME_LEADERS,
)

MAX_SUBJECT = 12  # words a judged subject may run back from its copula



def has_copula(sv: SentenceView) -> bool:
    """A copula or a breach verb: a judgement may be told in the sentence."""
    return any(w in COPULAS or w in BREACH_VERBS for w in sv.words)


def judgements(sv: SentenceView, roles: Roles, frame: EnglishFrame, trigs: list[Trig]) -> list[Trig]:
    """Triggers for the judgements of the sentence, their two sides read already."""
    taken = [(t.start, t.end) for t in trigs]
    out = []
    for k, w in enumerate(sv.words):
        if w not in COPULAS or any(a <= k < b for a, b in taken):
            continue
        end = _judgement_end(sv, k)
        if end is None:
            continue
        owner, first = _owner(sv, roles, k)
        if owner is None:
            continue
        speaker = _speaker(sv, roles, first, end)
        if speaker is None or not speaker.actors:
            continue
        if {a.country for a in speaker.actors} & {a.country for a in owner.actors}:
            continue
        t = Trig(Match(Pattern((), frame, "verb", True), k, end), "verb", agent=speaker, recipient=owner)
        t.window = (k, k)
        t.preset = True
        out.append(t)
    return out


def breaches(sv: SentenceView, roles: Roles, frame: EnglishFrame, trigs: list[Trig]) -> list[Trig]:
    """"Chinese vessels violated Vietnam's waters, the ministry said": a breach told with its
    speaker after the clause (or outside the quotation) is the speaker's accusation of the
    breach's subject (CAMEO 112). With the speaker before ("said X violated"), a frame reads it."""
    taken = [(t.start, t.end) for t in trigs]
    out = []
    for k, w in enumerate(sv.words):
        if w not in BREACH_VERBS or any(a <= k < b for a, b in taken) or sv.word(k - 1) in COPULAS \
                or sv.word(k - 1) == "been":
            continue
        owner, first = _owner(sv, roles, k)
        if owner is None:
            continue
        said = _said_before(sv, first)
        if said is not None:  # "said on Monday that X had violated": the frames take it without a date
            speaker = roles.subject_before(said)
        elif sv.word(first - 1) in REPORTING or sv.word(first - 1) == "that":
            continue
        elif sv.quote[first] >= 0:
            speaker = roles.speaker_of(first)
        else:
            speaker = roles.speaker_after_clause(roles.clause_end(k))
        if speaker is None or not speaker.actors:
            continue
        if {a.country for a in speaker.actors} & {a.country for a in owner.actors}:
            continue
        t = Trig(Match(Pattern((), frame, "verb", True), k, k + 1), "verb", agent=speaker, recipient=owner)
        t.window = (k, k)
        t.preset = True
        out.append(t)
    return out


def _said_before(sv: SentenceView, first: int) -> int | None:
    """The verb of saying before "that" and a date between them ("said on Monday that")."""
    r = first - 1
    if sv.word(r) != "that":
        return None
    r -= 1
    n = r
    while n >= 0 and r - n < 4 and (sv.words[n] in TIME_LEADERS or sv.words[n] in WEEKDAYS or sv.words[n].isdigit()
                                    or sv.words[n] in MONTHS):
        n -= 1
    return n if n < r and n >= 0 and sv.words[n] in REPORTING else None


def _judgement_end(sv: SentenceView, k: int) -> int | None:
    """Where the judgement after the copula at ``k`` ends, or None if there is none."""
    n = k + 1
    negated = False
    if sv.word(n) == "not":
        negated, n = True, n + 1
    for _ in range(4):
        w = sv.word(n)
        if not negated and w in JUDGEMENTS or negated and w in NOT_JUDGEMENTS:
            return n + 1
        if not (is_adverb(w) or w in ("a", "an") or w in CLAUSE_OPENERS - {",", ";", ":"} or w in JUDGEMENTS):
            return None
        n += 1
    return None


def _owner(sv: SentenceView, roles: Roles, k: int) -> tuple[Side | None, int]:
    """The state whose act the subject before the copula names, and where the subject begins:
    the first name of the subject when it is possessive or an adjective of it, or the whole
    subject ("China is irresponsible")."""
    first = k
    while first > 0 and k - first < MAX_SUBJECT and sv.words[first - 1] not in CLAUSE_OPENERS \
            and sv.words[first - 1] not in REPORTING:
        first -= 1
    n = first
    while n < k and (is_det(sv.words[n]) or is_adverb(sv.words[n])):
        n += 1
    if n >= k or sv.words[n] in SUBJECT_PRONOUNS:
        return None, first
    c = sv.chunk_start.get(n)
    if c is None or not c.country or c.country == "IMG" and c.actor.kb_id is None:
        return None, first
    whole = c.j == k or all(is_adverb(x) for x in sv.words[c.j : k])
    owns = sv.word(c.j) == "'s" or c.mention.source == "kb.demonym"
    if not (whole or owns):
        return None, first
    return Side([c.actor], [c]), first


def _speaker(sv: SentenceView, roles: Roles, first: int, end: int) -> Side | None:
    """Who says it: the subject of a verb of saying before the clause, the one named after it,
    or the speaker of its quotation."""
    r = first - 1
    if sv.word(r) == "that":
        r -= 1
    if r >= 0 and sv.words[r] in REPORTING:
        return roles.subject_before(r)
    if sv.quote[first] >= 0:
        return roles.speaker_of(first)
    return roles.speaker_after_clause(roles.clause_end(end - 1))
