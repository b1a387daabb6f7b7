"""Where the frames are in a sentence: the longest pattern at each word, read as a verb or an
event noun by the words around it ("Israel strikes" / "Israeli strikes"), and what the coder
keeps of each trigger and of the document as it reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from vaarta.coding.english.lexicon import EnglishFrame, EnglishLexicon, Match
from vaarta.coding.english.roles import Side
from vaarta.coding.english.tokens import SentenceView, is_det, is_prep
from vaarta.lang.en.grammar import (
    AGREEMENT_NOUNS,
    AUXILIARIES,
    BE,
    HAVE,
    POSSESSIVE_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_PRONOUNS,
    VERB_NEGATION,
    WEAPON_MODIFIERS,
    is_adverb,
)
from vaarta.lang.en.phrases import (
    NOT_EVENT_AFTER,
    NOT_EVENT_COMPOUNDS,
    NOT_EVENT_NAMES,
    PARTICIPIAL_OPENERS,
)
from vaarta.model import Actor, Event, EventDate, Place


@dataclass
class Trig:
    """A frame found in a sentence, and what the coder learns of it as it reads."""

    match: Match
    reading: str  # "verb" or "noun"
    forms: frozenset[str] = frozenset()  # a verb's forms: base, third, past, participle, gerund
    agent: Side | None = None
    recipient: Side | None = None
    modality: str | None = None  # the modality a control verb gives ("plans to")
    absorbed: bool = False  # the content of an absorbing frame ("threatened to impose")
    consumed: bool = False  # told by another trigger ("Israeli strikes killed ten": the strikes)
    light: int | None = None  # the light verb that governs a noun ("imposed sanctions")
    inner: Trig | None = None  # the event an absorbing frame governs
    reactor: bool = False  # a noun that a reacting frame has as its object ("condemned the attack")
    subject: bool = False  # a noun that is its clause's subject
    window: tuple[int, int] = (0, 0)  # tokens read for modality
    place: Place | None = None  # a place inside a noun phrase ("Kabul blast")
    passive: bool = False
    retaliation: bool = False  # told by "retaliated with", "responded with"
    intent: bool = False  # "ready to", "willing to": the intent, not the act
    victim_setting: bool = False  # "troops were killed in an attack": the attack told by its toll
    joint: bool = False  # the other side acted together (the agents of one event reacted to)
    np_start: int = 0  # where an event noun's phrase begins
    preset: bool = False  # its sides read by a construction of its own (a judgement said with a copula)

    @property
    def frame(self) -> EnglishFrame:
        return self.match.frame

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end


# the events between two sides that make them "both sides" of a conflict in view
CONFLICT_TYPES = frozenset(["ASSAULT", "THREATEN", "COERCE", "MOBILIZE"])


@dataclass
class DocState:
    """What the coder remembers across a document's sentences."""

    last_by_type: dict[str, Event] = field(default_factory=dict)
    # who last did something hostile to a state: whom its retaliation is against
    last_against: dict[str, list[Actor]] = field(default_factory=dict)
    # the people of the last sentence that dated its event, and that date: the next sentence
    # about the same people, with no date of its own, goes on on that day
    sentence: int = 0
    dated: tuple[int, frozenset[str], EventDate, Place | None] | None = None
    # the state the story is about: the last state that did something or spoke; a bare office
    # ("the ministry said") or statement is its
    salient: Actor | None = None
    # the last speaker of a quotation, and its sentence: the "we" of a quotation running on
    speaker: tuple[int, list[Actor]] | None = None
    # the two sides of the last attack told between states: "both sides", "all parties" urged
    # to show restraint are these
    conflict: list[Actor] = field(default_factory=list)

    def note(self, events: list[Event]) -> None:
        for ev in events:
            self.last_by_type[ev.type] = ev
            people = frozenset(a.kb_id or a.name or "" for a in ev.actors + ev.recipients if a.kb_id or
                               (a.name and a.office))
            if ev.date is not None and ev.date.precision == "day" and people:
                self.dated = (self.sentence, people, ev.date, ev.place)
            sides = _one_each(ev.actors + ev.recipients)
            if ev.type in CONFLICT_TYPES and len(sides) >= 2 and ev.modality in ("asserted", "historical"):
                self.conflict = sides
            if ev.quad in (3, 4):
                for r in ev.recipients:
                    if r.country:
                        self.last_against[r.country] = list(ev.actors)


def find_triggers(sv: SentenceView, lex: EnglishLexicon) -> list[Trig]:
    out: list[Trig] = []
    i = 0
    while i < len(sv):
        chunk = sv.in_chunk[i]
        found = lex.matches_at(sv.words, i)
        if chunk is not None and chunk.j - chunk.i > 1:
            # inside a name ("Rapid Support Forces"), only a phrase running past it ("air defence systems")
            found = [m for m in found if m.end > chunk.j]
        chosen = None
        for m in found:
            if m.frame.not_followed_by and _followed_by(sv, m.end, m.frame.not_followed_by):
                continue
            if m.kind == "verb":
                noun_too = any(n.kind == "noun" for n in found)
                if not _verb_position(sv, lex, i, noun_too) and (noun_too or m.end - m.start == 1):
                    continue  # "a meeting with Xi" is a noun, not "meet with"
                if m.slot is not None and m.slot[0] == i + 1 and _after_determiner(sv, i):
                    continue  # "freed the captured Russian soldiers": an adjective, not "capture {x} soldiers"
            elif m.kind == "noun" and _not_event_noun(sv, i, m):
                continue
            if m.frame.type == "RETREAT" and m.frame.mode == "withdraw" and _leaves_a_deal(sv, m.end):
                continue  # "pulled out of the nuclear deal": no forces withdrawn
            chosen = m
            break
        if chosen is None:
            i += 1
            continue
        forms = frozenset(lex.verb_forms.get(sv.words[i], ())) if chosen.kind == "verb" else frozenset()
        out.append(Trig(chosen, chosen.kind, forms))
        if chosen.slot is not None and chosen.frame.reacts:
            out += _slot_nouns(sv, lex, chosen.slot)  # "called the launch a provocation": the launch
        i = chosen.end
    return out


def _slot_nouns(sv: SentenceView, lex: EnglishLexicon, slot: tuple[int, int]) -> list[Trig]:
    out = []
    n = slot[0]
    while n < slot[1]:
        m = next((m for m in lex.matches_at(sv.words, n) if m.kind == "noun" and m.end <= slot[1]), None)
        if m is None or _not_event_noun(sv, n, m):
            n += 1
            continue
        out.append(Trig(m, "noun"))
        n = m.end
    return out


def _leaves_a_deal(sv: SentenceView, k: int) -> bool:
    """"withdrew from the 2015 nuclear deal", "the withdrawal from the accord": what is left is
    an agreement, not a place."""
    for n in range(k, min(len(sv), k + 7)):
        w = sv.words[n]
        if w in AGREEMENT_NOUNS:
            return True
        if sv.chunk_start.get(n) is not None or sv.place_at(n) is not None or w in (",", ";", ".") \
                or (is_prep(w) and n > k + 1 and w not in ("of",)):
            return False
    return False


def _followed_by(sv: SentenceView, k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(sv.words[k : k + len(p)]) == p for p in phrases)


def _verb_position(sv: SentenceView, lex: EnglishLexicon, i: int, noun_too: bool = False) -> bool:
    """Can the word at ``i`` be a verb here? Not after a determiner, a possessive or a state
    adjective ("the strikes", "Israel's strikes", "Israeli strikes"), nor, when it may be a
    noun, where no subject stands before it or a verb follows it ("the army attacks targeted")."""
    forms = lex.verb_forms.get(sv.words[i], set())
    k = i - 1
    while k >= 0 and is_adverb(sv.words[k]):
        k -= 1
    if k < 0:
        return not noun_too
    w = sv.words[k]
    if w == "to" or w in AUXILIARIES or w in VERB_NEGATION:
        return True
    if w in WEAPON_MODIFIERS and k == i - 1:
        return False  # "deliver artillery shells": a noun
    if is_det(w) or w == "'s" or w in POSSESSIVE_PRONOUNS:
        return False
    if noun_too:
        # "an angry warning", "the deadly new strikes": adjectives after a determiner
        j = k
        while j >= 0 and j > k - 3 and sv.words[j].replace("-", "").isalpha() and not lex.is_verb_form(sv.words[j]) \
                and sv.chunk_end.get(j) is None and not is_prep(sv.words[j]) and sv.words[j] not in AUXILIARIES \
                and not is_det(sv.words[j]):
            j -= 1
        if j < k and j >= 0 and (is_det(sv.words[j]) and sv.words[j] not in ("that", "this") or sv.words[j] == "'s"):
            return False
    if is_prep(w):
        return "gerund" in forms and (w in PARTICIPIAL_OPENERS or (w in ("of", "from") and not noun_too))
    if noun_too and forms <= {"base", "third"} and (_verb_follows(sv, lex, i + 1) or not _subject_word(sv, k)):
        return False
    c = sv.chunk_end.get(k)
    if c is not None:
        g = c.i - 1
        while g >= 0 and is_det(sv.words[g]):
            g -= 1
        if g >= 0 and forms <= {"base", "third"} and lex.is_verb_form(sv.words[g]):
            return False  # "struck Houthi targets": a compound noun after an object
        if forms <= {"base"} and c.i > 0 and is_det(sv.words[c.i - 1]) and c.mention.source != "kb.demonym":
            return False  # "the BIMSTEC retreat": a singular name takes "retreats" as its verb
        return c.mention.source != "kb.demonym" or c.mention.text.endswith("s")
    if sv.place_at(k) is not None:
        return not noun_too  # "Kabul blast", but "a market in Baghdad killed"
    return True


def _after_determiner(sv: SentenceView, i: int) -> bool:
    w = sv.word(i - 1)
    return i > 0 and (is_det(w) or w == "'s" or w in POSSESSIVE_PRONOUNS)


def _subject_word(sv: SentenceView, k: int) -> bool:
    """Can the word at ``k`` end a subject? A name, not in a prepositional phrase ("a package of
    EU sanctions"), a subject pronoun or a relative pronoun."""
    w = sv.words[k]
    c = sv.chunk_end.get(k)
    if c is not None:
        return c.mention.source != "kb.demonym" and not is_prep(sv.word(c.i - 1))
    return w in SUBJECT_PRONOUNS or w in RELATIVE_PRONOUNS


def _verb_follows(sv: SentenceView, lex: EnglishLexicon, n: int) -> bool:
    w = sv.word(n)
    return w in BE or w in HAVE or ("past" in lex.verb_forms.get(w, ()))


def _not_event_noun(sv: SentenceView, i: int, m: Match) -> bool:
    """"a trade war", "the Test series": a noun in a compound that names something else."""
    before = sv.word(i - 1)
    if before in NOT_EVENT_COMPOUNDS.get(sv.words[m.end - 1], ()):
        return True
    if any(tuple(sv.words[max(0, i - len(p)) : i]) == p for p in NOT_EVENT_AFTER.get(sv.words[i], ())):
        return True  # "prisoners of war"
    return sv.toks[i].text[:1].isupper() and sv.words[i] in NOT_EVENT_NAMES and i > 0


def _one_each(actors: list[Actor]) -> list[Actor]:
    """One actor per state or armed group, in order."""
    out: list[Actor] = []
    for a in actors:
        if a.country and all(o.country != a.country for o in out):
            out.append(Actor(None, a.country, None))
    return out
