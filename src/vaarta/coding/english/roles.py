"""Who did it and to whom, read off an English sentence without a parser.

English puts the agent before the verb and the other party after it or after a preposition;
a passive turns them round ("were arrested by the Sri Lankan Navy"); an infinitive or a
participle takes the subject of the verb it hangs on ("moved to impose", ", accusing"); a
relative pronoun stands for the noun before it ("Hezbollah, which fired"); a pronoun for an
actor named before it, and "we" in a quotation for its speaker. An event noun takes its agent
from a possessive, an adjective or a compound before it ("Russia's", "Israeli", "Pakistan air
strikes") or "by X" after it, and its other party from a preposition after it ("on", "against").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vaarta.coding.english.resolver import Resolver
from vaarta.coding.english.tokens import (
    PUNCT_BREAK,
    QUOTES,
    Chunk,
    SentenceView,
    is_det,
    is_prep,
    is_skippable,
)
from vaarta.lang.en.calendar import WEEKDAYS
from vaarta.lang.en.grammar import (
    AUXILIARIES,
    CONDITIONALS,
    CONFLICT_QUANTIFIERS,
    CONFLICT_SIDES,
    CONTROL,
    COUNTED,
    DECISION_NOUNS,
    FIRST_PERSON,
    OBJECT_CONTROL,
    OBJECT_PRONOUNS,
    PAIR_NOUNS,
    PLAIN_ARTICLES,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    QUANTITIES,
    RELATIVE_PRONOUNS,
    REPORTING,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    WATERS,
    is_adverb,
)
from vaarta.lang.en.phrases import (
    AGENT_SUFFIXES,
    AMOUNT_PHRASES,
    AMOUNT_WORDS,
    ATTRIBUTION_AFTER,
    AUDIENCES,
    BY_STOPS,
    CHAIN_PREPOSITIONS,
    CLAUSE_STOPS,
    GO_BETWEEN_PARTICIPLES,
    QUOTED_AS,
    SPEAKING_OFFICES,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    TOPIC_PREPOSITIONS,
)
from vaarta.model import Actor

MAX_BACK = 30
ROLE_SOURCES = frozenset({"kb.role", "kb.role.context"})
TITLE_STOPS = RELATIVE_PRONOUNS | SUBJECT_PRONOUNS | REPORTING | AUXILIARIES | frozenset({"and", "or", "but", "not"})
MAX_AFTER = 12


@dataclass
class Side:
    """One side of an event: actors, and where it was found (for evidence and coordination)."""

    actors: list[Actor]
    chunks: list[Chunk] = field(default_factory=list)
    event: object | None = None  # an event noun standing for the side ("the attack that killed")
    pronoun: bool = False
    joint: bool = False  # the two sides of one conflict, addressed as one ("urged both sides")

    def __bool__(self) -> bool:
        return bool(self.actors) or self.event is not None


def _name_word(sv: SentenceView, k: int) -> bool:
    """A capitalised word no mention covers: a name the KB does not know ("the ELN rebels")."""
    t = sv.toks[k]
    return t.text[:1].isupper() and t.text.isalpha() and sv.in_chunk[k] is None and k > 0


def _water(name: str) -> bool:
    return any(w in WATERS for w in name.lower().split())


def _quantity(word: str) -> bool:
    return word in QUANTITIES or word[:1].isdigit()


def coordinated(sv: SentenceView, c: Chunk, leftward: bool,
                is_verb_form: Callable[[str], bool] | None = None) -> list[Chunk]:
    """``c`` and the chunks joined to it by "and" or commas ("X, Y and Z"), read away from the
    verb. Leftward the list must end in "and" next to ``c``: "From Maldives, Jaishankar" is one.
    Rightward a verb after "and" starts a clause of its own: in "sanctions on Kosovo and urged
    NATO to act" NATO is urged, not sanctioned."""
    out = [c]
    cur = c
    while True:
        if leftward:
            k = cur.i - 1
            while k >= 0 and (is_det(sv.words[k]) or _name_word(sv, k)) and sv.words[k] not in ("and",):
                k -= 1  # "Colombia's government and the ELN rebel group"
            gap = sv.word(k)
            # "X, Y and Z": a comma next to the verb's chunk only in a headline's "India, Pakistan trade fire"
            headline = gap == "," and sv.chunk_end.get(k - 1) is not None and sv.chunk_end[k - 1].i == 0
            if gap not in ("and", ",") or (gap == "," and len(out) == 1 and not headline):
                break
            k -= 1
            if gap == "and" and sv.word(k) == ",":
                k -= 1
            prev = sv.chunk_end.get(k)
            if prev is None:
                break
            out.append(prev)
            cur = prev
        else:
            k = cur.j
            if sv.word(k) == "," and sv.word(k + 1) in ("and", "as"):
                k += 1
            if sv.word(k) == "as" and sv.word(k + 1) == "well" and sv.word(k + 2) == "as":
                k += 2
            if sv.word(k) not in ("and", ","):
                break
            anded = sv.word(k) == "and"
            k += 1
            while k < len(sv) and is_det(sv.words[k]):
                k += 1
            if anded and is_verb_form is not None and sv.chunk_start.get(k) is None and is_verb_form(sv.word(k)):
                break
            nxt = sv.chunk_start.get(k) or _after_title(sv, k)
            if nxt is None:
                break
            out.append(nxt)
            cur = nxt
    return out


def _after_title(sv: SentenceView, k: int) -> Chunk | None:
    """"by the US, former colonial power France and the UN": a name after a title of
    lower-case words the KB does not know is the next one in the list."""
    for n in range(k, min(len(sv), k + 4)):
        c = sv.chunk_start.get(n)
        if c is not None:
            return c if n > k else None
        w = sv.words[n]
        if not (w.isalpha() and sv.toks[n].text.islower()) or is_prep(w) or w in TITLE_STOPS:
            return None
    return None


class Roles:
    """The role readings of one sentence."""

    def __init__(self, sv: SentenceView, resolver: Resolver, verb_at: dict[int, object],
                 is_verb_form, noun_at: dict[int, object] | None = None) -> None:  # type: ignore[no-untyped-def]
        self.sv = sv
        self.resolver = resolver
        self.verb_at = verb_at  # token index -> the verb trigger found there
        self.noun_at = noun_at or {}  # token index of an event noun's head -> its trigger
        self.asking: object | None = None  # the noun whose own phrases are being read
        self.is_verb_form = is_verb_form
        self.speaker: dict[int, Side] = {}
        # the state the story is about so far: whose a bare office or statement is
        self.salient: Actor | None = None
        # who spoke last in the sentences just before: the "we" of a quotation running on
        self.last_speaker: list[Actor] = []
        # the two sides of the last attack told: who "both sides", "all parties" are
        self.conflict: list[Actor] = []

    # ------------------------------------------------------------------ sides from chunks
    def side(self, c: Chunk, leftward: bool = True) -> Side:
        chunks = sorted(coordinated(self.sv, c, leftward, self.is_verb_form), key=lambda x: x.i)
        actors = [self._actor_of(x) for x in chunks]
        last = chunks[-1]
        owner_at = self._owner_after(last) if leftward is False else None
        if owner_at is not None:  # "the government and people of India": India's
            owner = self.sv.chunk_start[owner_at]
            return self.side(owner, leftward=False)
        if not any(a is not None and a.country for a in actors) and self.sv.word(last.j) in ("of", "from"):
            k = last.j + 1  # "officials from Sudan's army and the RSF": whose officials they are
            while k < len(self.sv) and is_det(self.sv.words[k]):
                k += 1
            owner = self.sv.chunk_start.get(k)
            if owner is not None:
                return self.side(owner, leftward=False)
        return Side([a for a in actors if a is not None and a.country], chunks)

    def _owner_after(self, c: Chunk) -> int | None:
        """"the government and people of India": a bare role word joined to a plain noun, then
        "of" and a named party, is that party's (the role's country from context is only a guess)."""
        sv = self.sv
        if c.actor.kb_id is not None or c.actor.name is not None and c.mention.source not in ROLE_SOURCES:
            return None
        k = c.j
        if sv.word(k) != "and":
            return None
        k += 1
        while k < len(sv) and k <= c.j + 3 and (is_det(sv.words[k]) or sv.words[k].isalpha() and not is_prep(sv.words[k])
                                                and sv.chunk_start.get(k) is None and sv.words[k] != "and"):
            k += 1
        if sv.word(k) != "of":
            return None
        k += 1
        while k < len(sv) and is_det(sv.words[k]):
            k += 1
        owner = sv.chunk_start.get(k)
        return k if owner is not None and owner.country else None

    def _actor_of(self, c: Chunk) -> Actor | None:
        a = c.actor
        body = self.sv.chunk_end.get(c.i - 1)  # "Iran's Foreign Ministry spokesperson": the body's state
        if body and body.country and body.actor.office and not body.actor.name and not (a.country or a.kb_id or a.name):
            return Actor(a.name, body.country, a.sector, text=a.text, office=a.office)
        if a.country is None and a.kb_id is None and a.office in SPEAKING_OFFICES and self.salient is not None \
                and not self._named_before(c.i - 1):
            # "the foreign ministry said": the office of the state the story is about (not
            # "its ministry", nor "Coalition spokesman": a body the KB does not know)
            return Actor(a.name, self.salient.country, a.sector, text=a.text, office=a.office)
        if a.country is None and self.sv.word(c.i - 1) == "whose":
            ante = self.sv.chunk_end.get(c.i - 2) or self.sv.chunk_end.get(c.i - 3)
            if ante is not None and ante.country:
                return Actor(a.name, ante.country, a.sector, text=a.text, office=a.office)
        if a.country is None and self.sv.word(c.i - 1) in POSSESSIVE_PRONOUNS:
            owner = self.pronoun_side(c.i - 1).actors  # "our forces": the speaker's
            if owner and owner[0].country:
                return Actor(a.name, owner[0].country, a.sector, text=a.text, office=a.office)
        return a

    def _named_before(self, k: int) -> bool:
        """Is token ``k`` a possessive pronoun or a capitalised word of a name?"""
        if k < 0:
            return False
        w = self.sv.words[k]
        return w in POSSESSIVE_PRONOUNS or (self.sv.toks[k].text[:1].isupper() and w.isalpha() and not is_det(w))

    def pronoun_side(self, k: int) -> Side:
        w = self.sv.words[k]
        if w in FIRST_PERSON:
            sp = self.speaker_of(k)
            if not sp and self.last_speaker:  # a quotation running on from the sentence before
                return Side(list(self.last_speaker), pronoun=True)
            return Side(sp.actors, sp.chunks, pronoun=True) if sp else Side([], pronoun=True)
        if w == "it" and self.last_speaker and all(x in QUOTES for x in self.sv.words[:k]) \
                and (self.sv.word(k + 1) in REPORTING or self.sv.word(k + 1) in QUOTES):
            # '"...," the statement read. It added: "..."'; 'It "called on all parties to ..."'
            return Side(list(self.last_speaker), pronoun=True)
        ahead = self.opening_subject(k)
        if ahead is not None:
            return ahead
        main = self._main_subject(k) if w == "it" else None
        if main is not None:
            return main
        opening = k <= 6 and not any(self.sv.chunk_end.get(n) for n in range(k))  # "On Friday it also ..."
        actors = self.resolver.pronoun(w, self.sv.toks[k].start, self.sv.start, opening)
        return Side([a for a in actors if a.country], pronoun=True)

    def _main_subject(self, k: int) -> Side | None:
        """"Japan sent envoys to Manila, as it urged China to stop": "it" opening a clause after
        the main one (after "as", "while", "and", ...) goes on with the sentence's subject, a state
        or a body named first and followed by its verb, not with the state named last."""
        sv = self.sv
        if k < 3 or not (sv.words[k - 1] in SUBORDINATORS or sv.words[k - 1] in ("and", "but")) \
                or sv.words[k - 1] in CONDITIONALS or sv.words[k - 1] in ("when", "where", "once") \
                or sv.quote[k] >= 0:
            return None  # "in 2021, when it seized power": a relative "when" goes on with its noun
        n = 0
        while n < k and is_det(sv.words[n]):
            n += 1
        c = sv.chunk_start.get(n)
        if c is None or c.j >= k - 1 or not c.country or c.mention.source == "kb.person" or sv.word(c.j) == "'s":
            return None
        v = c.j
        if not (v in self.verb_at or sv.words[v] in AUXILIARIES or self.is_verb_form(sv.words[v])):
            return None
        if sv.quote[n] >= 0 or any(sv.words[x] in (";", ":") for x in range(v, k)):
            return None
        return Side([c.actor], [c], pronoun=True)

    def opening_subject(self, k: int) -> Side | None:
        """"During his visit to Moscow, Modi held talks": a pronoun in an opening phrase is the
        subject named right after its comma."""
        sv = self.sv
        if not (sv.words[0] in PREPOSITIONS or sv.words[0] in SUBORDINATORS):
            return None
        comma = next((n for n in range(k, len(sv)) if sv.words[n] == ","), None)
        if comma is None or comma > 12 or any(sv.words[n] == "," for n in range(0, k)):
            return None
        if any(n in self.verb_at or sv.words[n] in AUXILIARIES for n in range(0, comma)):
            return None  # "At least 14 people were killed when ..., police said": no opening phrase
        c = sv.chunk_start.get(comma + 1)
        if c is None or not c.country:
            return None
        return Side([c.actor], [c], pronoun=True)

    def subject_after_opening(self, k: int) -> Side | None:
        """"After meeting Ruto, the Ugandan leader flew home": the subject of an opening phrase's
        participle is the one named right after its comma (a name, or a pronoun)."""
        sv = self.sv
        comma = next((n for n in range(k, min(len(sv), k + 15)) if sv.words[n] == ","), None)
        if comma is None or any(sv.words[n] in QUOTES for n in range(0, comma)):
            return None
        n = comma + 1
        while n < len(sv) and n <= comma + 3 and is_det(sv.words[n]):
            n += 1
        c = sv.chunk_start.get(n)
        if c is not None:
            return self.side(c, leftward=False) if c.country else None
        if sv.word(n) in SUBJECT_PRONOUNS and sv.words[n] not in FIRST_PERSON:
            side = self.pronoun_side(n)
            return side if side.actors else None
        return None

    def pair_at(self, k: int) -> Side | None:
        """"the two countries", "both sides" ending at token ``k``: the last two states named."""
        sv = self.sv
        if sv.words[k] in CONFLICT_SIDES and sv.word(k - 1) in CONFLICT_QUANTIFIERS and len(self.conflict) >= 2 \
                and (sv.word(k - 1) != "two" or sv.word(k - 2) == "the"):
            return Side(list(self.conflict), pronoun=True, joint=True)  # "urged both sides": the sides of the attack told
        if sv.words[k] not in PAIR_NOUNS or k < 1:
            return None
        count = COUNTED.get(sv.words[k - 1])
        if count is None or sv.words[k - 1] != "both" and sv.word(k - 2) != "the":
            return None
        # more than two: not the states of the sentence itself ("the Russian envoy thanked the three
        # countries"), unless they are the ones
        here = frozenset(c.country for n, c in sv.chunk_start.items() if n < k) if count > 2 else frozenset()
        pos = sv.toks[k].start
        return Side(self.resolver.last_two(pos, count, here) or self.resolver.last_two(pos, count), pronoun=True)

    # ------------------------------------------------------------------ speakers
    def speaker_of(self, k: int) -> Side | None:
        """The speaker of the quotation holding token ``k``: '"...," X said', 'X said: "..."'."""
        q = self.sv.quote[k] if 0 <= k < len(self.sv.quote) else -1
        if q < 0:
            return None
        if q in self.speaker:
            return self.speaker[q]
        a, b = self.sv.quote_spans[q]
        found = self._speaker_after(b + 1) or self._speaker_before(a - 1)
        self.speaker[q] = found or Side([])
        return found

    def speaker_after_clause(self, k: int) -> Side | None:
        """"..., would face consequences, the minister said": the speaker after a clause."""
        return self._speaker_after(k)

    def _speaker_after(self, k: int) -> Side | None:
        sv = self.sv
        while k < len(sv) and sv.words[k] in (",", "'", '"'):
            k += 1
        if k < len(sv) and sv.words[k] in REPORTING:  # "..., said X"
            k += 1
            while k < len(sv) and is_det(sv.words[k]):
                k += 1
            c = sv.chunk_start.get(k)
            if c is None and sv.word(k) in STATEMENT_NOUNS:
                return self.statement_side()
            return self.side(c, leftward=False) if c else None
        n = k
        while n < len(sv) and is_det(sv.words[n]):
            n += 1
        if n > k and sv.word(n) in STATEMENT_NOUNS:  # "..., the statement read"
            n += 1
            while n < len(sv) and is_adverb(sv.words[n]):
                n += 1
            return self.statement_side() if sv.word(n) in REPORTING or sv.word(n) in STATEMENT_VERBS else None
        c = sv.chunk_start.get(k)
        if c is None and k < len(sv) and sv.words[k] in SUBJECT_PRONOUNS and sv.word(k + 1) in REPORTING:
            return self.pronoun_side(k)
        while c is None and k < len(sv) and is_det(sv.words[k]):
            k += 1
            c = sv.chunk_start.get(k)
        if c is None:
            return None
        n = c.j
        while n < len(sv) and (is_skippable(sv, n) or sv.words[n] in QUOTED_AS):
            n += 1
        return self.side(c, leftward=False) if n < len(sv) and sv.words[n] in REPORTING else None

    def statement_side(self) -> Side | None:
        """A statement with no author named: the state the story is about."""
        return Side([self.salient], pronoun=True) if self.salient is not None else None

    def _speaker_before(self, k: int) -> Side | None:
        sv = self.sv
        while k >= 0 and sv.words[k] in (",", ":"):
            k -= 1
        n = k
        while n >= 0 and (sv.words[n] in REPORTING or sv.words[n] in STATEMENT_VERBS or sv.words[n] in AUDIENCES):
            n -= 1
        if n == k:
            return None
        got = self.subject_before(n + 1)
        return got if got and got.actors else None

    # ------------------------------------------------------------------ subjects
    def subject_before(self, i: int, passing_reports: bool = False) -> Side | None:
        """The subject of the verb group that ends just before token ``i`` (the verb's first
        token): the nearest actor to its left that no preposition or verb governs."""
        sv = self.sv
        j = i - 1
        while j >= 0 and is_skippable(sv, j) and not (sv.words[j] in QUOTES and sv.quote[j] != sv.quote[i] if i < len(sv) else False):
            j -= 1
        steps = 0
        crossed_and = False
        in_quote = sv.quote[i] if i < len(sv) else -1
        while j >= 0 and steps < MAX_BACK:
            w = sv.words[j]
            if in_quote >= 0 and sv.quote[j] != in_quote:
                a, _b = sv.quote_spans[in_quote]
                if a == 0 or sv.words[a - 1] in (":", ","):
                    return None  # a quotation of its own: its subject is inside it
                in_quote = -1  # a quotation inside the sentence ('X "strongly condemns" Y')
            pair = self.pair_at(j)
            if pair is not None:
                return pair
            c = sv.chunk_end.get(j)
            if c is not None:
                before = sv.word(c.i - 1)
                listed = coordinated(sv, c, leftward=True)
                first = min(x.i for x in listed)
                before = sv.word(first - 1)
                if crossed_and and before in PLAIN_ARTICLES and is_prep(sv.word(first - 2)):
                    first -= 1  # "the attack on the Afghan parliament and praised": governed by "on"
                    before = sv.word(first - 1)
                opens_clause = before in SUBORDINATORS and steps == 0  # "before Kim met Putin"
                if before == "of" and _quantity(sv.word(first - 2)):  # "Thousands of Kenyans marched"
                    before = sv.word(first - 3)
                    first -= 2
                if before in ("of", "from") and len(listed) > 1 and self._group_of(first - 2):
                    return self.side(c)  # "The navies of Egypt and Saudi Arabia announced": both
                if not opens_clause and (before == "'s" or is_prep(before) and before not in ("than", "whose")):
                    if len(listed) > 1 and sv.word(c.i - 1) == "and" and steps == 0 and before != "between":
                        return Side([a for a in [self._actor_of(c)] if a and a.country], [c])  # "near Taiwan and Taiwan condemned"
                    j = first - 1
                    steps += 1
                    continue
                gov = self._verb_before(first - 1)
                if gov is not None:
                    # the object of another verb: ours shares that verb's subject when joined by "and"
                    if crossed_and:
                        return self.subject_before(gov, passing_reports)
                    j = gov - 1
                    steps += 1
                    continue
                return self.side(c)
            if w in STATEMENT_NOUNS and sv.word(j - 1) in PLAIN_ARTICLES and not crossed_and \
                    and (steps == 0 or all(is_adverb(x) or x in QUOTES for x in sv.words[j + 1 : i])) \
                    and self.salient is not None:
                return self.statement_side()  # "the statement urged Iran to": whose the statement is
            noun = self.noun_at.get(j)
            if noun is not None and not crossed_and:
                np_start = getattr(noun, "np_start", j)
                if self._verb_before(np_start - 1) is None and not is_prep(sv.word(np_start - 1)):
                    return Side([], event=noun)  # "The tariffs announced Saturday also placed ..."
            if w in SUBJECT_PRONOUNS:
                return self.pronoun_side(j)
            if w in POSSESSIVE_PRONOUNS and w != "her" and steps <= 3 and not crossed_and:
                side = self.pronoun_side(j)  # "its warplanes had struck": whose the subject is
                if side.actors:
                    return side
            if w in RELATIVE_PRONOUNS and w != "whose":
                return self._antecedent(j)
            if w == "and" or w == ",":
                crossed_and = crossed_and or w == "and"
            if w in (";",) or (w == ":" and j > 3):
                return None
            if w in REPORTING and not passing_reports and steps > 0:
                return None
            if crossed_and and sv.word(j - 1) in ("that", "which") and w.isalpha() and sv.word(j - 2) != ",":
                j -= 2  # "condemned the attack that left ten dead, and offered": not the attack's verb
                steps += 1
                continue
            verb_here = j in self.verb_at or self.is_verb_form(w) and not is_det(sv.word(j - 1))
            if verb_here and crossed_and and (j in self.verb_at or w in REPORTING or w.endswith("ed")):
                return self.subject_before(j, passing_reports)  # "X met Y and praised Z"
            if w in SUBORDINATORS and steps > 0 and not crossed_and:
                return None
            j -= 1
            steps += 1
        return None

    def _group_of(self, k: int) -> bool:
        """"the navies (of ...)", "the foreign ministers (of ...)": a plural noun opening the
        subject, the people of the states named after it."""
        sv = self.sv
        w = sv.word(k)
        if not (w.isalpha() and w.endswith("s")) or _quantity(w) or self.is_verb_form(w):
            return False
        g = k - 1
        while g >= 0 and sv.words[g].isalpha() and not is_det(sv.words[g]) and not is_prep(sv.words[g]) \
                and k - g <= 2 and not self.is_verb_form(sv.words[g]):
            g -= 1  # "the foreign ministers"
        if g < 0 or sv.words[g] == ",":  # "Delegates from Nepal and Bangladesh signed", "After talks, officials from ..."
            return sv.word(g + 1) != "the" or k > g + 1
        return sv.words[g] == "the" and (g == 0 or not is_prep(sv.word(g - 1)) and
                                         not self.is_verb_form(sv.word(g - 1)))

    def _verb_before(self, k: int) -> int | None:
        """A verb right before token ``k`` (determiners skipped): the token index, or None."""
        sv = self.sv
        while k >= 0 and (is_det(sv.words[k]) or is_adverb(sv.words[k]) or sv.words[k] in QUOTES):
            k -= 1
        if k < 0:
            return None
        w = sv.words[k]
        if k in self.verb_at:
            return k
        if is_prep(w) and k - 1 in self.verb_at:
            return k - 1
        if self.is_verb_form(w) and w not in CONTROL and w not in REPORTING and not is_det(sv.word(k - 1)):
            return k
        return None

    def _antecedent(self, j: int) -> Side | None:
        """"X, which/who ..." and "the strikes that ...": the noun before a relative pronoun."""
        sv = self.sv
        k = j - 1
        if sv.word(k) == ",":
            k -= 1
        c = sv.chunk_end.get(k)
        if c is not None:
            return self.side(c)
        noun = self.noun_at.get(k)
        return Side([], event=noun) if noun is not None else None

    def infinitive_subject(self, to: int) -> tuple[Side | None, str | None, int | None]:
        """The subject of the verb after "to" at ``to``: (side, modality of the control verb,
        index of a governing frame verb). "urged India to stop": India; "moved to impose": the
        mover; "Pakistan's move to expel": Pakistan."""
        sv = self.sv
        k = to - 1
        while k >= 0 and is_adverb(sv.words[k]):
            k -= 1
        if k < 0:
            return None, None, None
        c = sv.chunk_end.get(k)
        if c is not None:
            gov = self._verb_before(c.i - 1)
            if gov is None or self._object_control(gov):
                return self.side(c), None, gov
            return self.subject_before(gov), None, gov  # a purpose: "summoned the envoy to protest"
        w = sv.words[k]
        two = f"{sv.word(k - 1)} {w}"
        if k in self.verb_at:
            return None, None, k
        for phrase, back in ((two, 1), (w, 0)):
            if phrase in CONTROL:
                start = k - back
                subj = self.subject_before(start)
                return subj, CONTROL[phrase], None
        if w in DECISION_NOUNS:
            n = k - 1
            while n >= 0 and (is_det(sv.words[n]) and sv.words[n] not in POSSESSIVE_PRONOUNS or is_adverb(sv.words[n])):
                n -= 1
            if sv.word(n) == "'s" and sv.chunk_end.get(n - 1) is not None:
                return self.side(sv.chunk_end[n - 1]), None, None
            if sv.word(n) in POSSESSIVE_PRONOUNS:
                return self.pronoun_side(n), None, None
            return self.subject_before(n + 1), None, None
        # an object the KB does not know: "summoned J. P. Singh to condemn"
        for g in range(k, max(-1, k - 8), -1):
            if sv.words[g] in (",", ";") or sv.chunk_end.get(g) is not None:
                break
            if g in self.verb_at or (self.is_verb_form(sv.words[g]) and sv.words[g] not in REPORTING):
                if self._object_control(g):
                    return None, None, g
                return self.subject_before(g), None, g
        return None, None, None

    def _object_control(self, g: int) -> bool:
        trig = self.verb_at.get(g)
        return self.sv.words[g] in OBJECT_CONTROL or (trig is not None and trig.frame.type == "REQUEST")

    # ------------------------------------------------------------------ after the verb
    def object_after(self, k: int, limit: int, places: bool = False) -> tuple[Side | None, int]:
        """The noun phrase right after token ``k``: (its side, the token after it). Determiners,
        adjectives, amounts, quotation marks and possessives may open it ("the Indian side",
        "Beijing's ambassador", "$20 billion worth of US goods"); a chunk of no state
        ("officials") ends it with no side, so that "of"/"from" after it may name one."""
        sv = self.sv
        n = k
        named = comma = False
        for _ in range(9):
            if n >= limit:
                return None, n
            pair = self.pair_at(n)  # "thanked the three countries that had abstained": the states named before
            if pair is not None and pair.actors:
                return pair, n + 1
            c = sv.chunk_start.get(n)
            if c is not None and sv.word(c.j) in AGENT_SUFFIXES:
                n = c.j + 1  # "Russia-led talks": whose the noun is, not the object
                continue
            if c is not None:
                side = self.side(c, leftward=False)
                return (side if side.actors else None), max(x.j for x in side.chunks)
            w = sv.words[n]
            if places:
                p = sv.place_at(n)
                if p is not None and p.place.country and not _water(p.mention.text):
                    return Side([Actor(p.place.name, p.place.country, None, text=p.mention.text)]), p.j
            if w in ("our", "my") and sv.quote[n] >= 0 and sv.chunk_start.get(n + 1) is None:
                side = self.pronoun_side(n)  # "an attack on our territory": the speaker's state
                if side.actors:
                    return side, n + 2
            if w == "it" and (sv.word(n + 1) in AUXILIARIES or self.is_verb_form(sv.word(n + 1))):
                return None, n  # "warned it could impose": the subject of what was said
            if w in OBJECT_PRONOUNS and w != "her" or (w == "her" and not sv.word(n + 1).isalpha()):
                side = self.pronoun_side(n)
                return (side if side.actors else None), n + 1
            inner = self.hyphen_states(n)
            if inner:
                return Side(inner), n + 1  # "co-chaired India-US consultations"
            if is_det(w) or w in QUOTES or is_adverb(w) or w in AMOUNT_WORDS or (
                    w.replace("-", "").isalpha() and not is_prep(w) and not self.is_verb_form(w)
                    and n not in self.verb_at and w not in ("and", "or", "to", "that", "who", "which")):
                # "quake-hit Nepal", "war-torn Sudan": a hyphenated adjective opens the phrase
                named = named or sv.toks[n].text[:1].isupper()
                n += 1
                continue
            if n > k and w.endswith("ed") and sv.chunk_start.get(n + 1) is not None and (
                    is_det(sv.word(n - 1)) or _quantity(sv.word(n - 1)) or sv.word(n - 1) in AMOUNT_WORDS):
                n += 1  # "released six detained US citizens": a participle before the noun is its adjective
                continue
            if n == k and w == "on" and sv.word(n + 1) in WEEKDAYS:
                n += 2  # "summoned on Monday the Indian envoy": the day before the object
                continue
            if n == k and w in ("today", "yesterday") + tuple(WEEKDAYS):
                n += 1  # "summoned Monday the envoy"
                continue
            if w == "of" and n > k and _quantity(sv.word(n - 1)):  # "hundreds of Afghan refugees"
                n += 1
                continue
            if (w, sv.word(n + 1)) in AMOUNT_PHRASES:  # "at least nine Indians", "up to 60"
                n += 2
                continue
            if w in ("–", "—", ":") and n > k and not comma and sv.chunk_start.get(n + 1) is not None:
                comma = True  # "suspended two other members – Guinea and Mali –": the dash names them
                n += 1
                continue
            if w == "," and named and not comma and (is_det(sv.word(n + 1)) or sv.chunk_start.get(n + 1)):
                comma = True  # "expel Ivan Petrov, an attaché of the Russian embassy"
                n += 1
                continue
            break
        return None, n

    def hyphen_states(self, k: int) -> list[Actor]:
        """States named inside one hyphenated word: "India-US consultations", "Russia-Ukraine
        talks"; not "Saudi-brokered" or "Rwanda-backed" (a go-between or a backer)."""
        tok = self.sv.toks[k]
        if "-" not in tok.text:
            return []
        found = [m for m in self.resolver.mentions if tok.start <= m.start < tok.end]
        covered = sum(min(m.end, tok.end) - m.start for m in found)  # "India-US Foreign Office": US is cut
        if len(found) < 2 or covered + len(found) - 1 != len(tok.text):
            return []
        return [m.actor for m in found if m.actor is not None and m.actor.country]

    def after_prep(self, start: int, limit: int, preps: tuple[str, ...], places: bool = False) -> tuple[Side | None, str | None]:
        """The first of ``preps`` after ``start`` (before ``limit``) and the actor of the noun phrase
        after it, through one more "of", "from" or "in" ("on goods from China", "in the border
        regions of Afghanistan", "between officials from the AU, the UN and the EU")."""
        sv = self.sv
        for n in range(start, limit):
            w = sv.words[n]
            if w in PUNCT_BREAK or w in CLAUSE_STOPS or (n in self.verb_at and n > start):
                break  # not into another verb's phrase ("condemned the attack and called on X")
            if n - 1 in self.noun_at and n - 1 >= start and self.noun_at[n - 1] is not self.asking:
                break  # a phrase after an event noun is the noun's ("blocked sanctions against Moscow")
            if w not in preps:
                continue
            side, stop = self.object_after(n + 1, limit, places)
            if side:
                return side, w
            if stop < limit and sv.words[stop] in CHAIN_PREPOSITIONS and stop - n <= 8:
                side, _ = self.object_after(stop + 1, limit, places)
                if side:
                    return side, w
        return None, None

    def by_agent(self, start: int, limit: int) -> Side | None:
        """"... by the Pakistan military": the agent of a passive or an event noun, not past the
        topic of another act ("a protest over the killing of a villager by its guards")."""
        sv = self.sv
        for n in range(start, limit):
            w = sv.words[n]
            if w in PUNCT_BREAK or w in BY_STOPS or (w in TOPIC_PREPOSITIONS and n > start) or \
                    (w.endswith("ing") and n > start and self.is_verb_form(w)):
                return None
            if w == "by":
                if sv.word(n - 1) in GO_BETWEEN_PARTICIPLES:
                    return None  # "a deal brokered by China": a go-between, not a party
                side, _ = self.object_after(n + 1, limit)
                return side if side and side.actors else None
        return None

    def clause_end(self, k: int) -> int:
        """Where the clause holding token ``k`` ends (exclusive)."""
        sv = self.sv
        n = k
        q = sv.quote[k] if k < len(sv) else -1
        while n < len(sv):
            w = sv.words[n]
            if w in (";", "!", "?") or (w == "." and n == len(sv) - 1) or w in ("while", "whereas", "but"):
                break
            if w in ("which", "who") and sv.word(n - 1) == ",":
                break
            if q >= 0 and sv.quote[n] != q:
                break
            if w in REPORTING and n > k + 1 and sv.word(n - 1) in (",", '"', "'"):
                break
            if w == "," and n > k and self._attribution_after(n + 1):
                break  # "..., the U.S. military said."
            n += 1
        return n

    def _attribution_after(self, n: int) -> bool:
        """", the U.S. military said": a speaker and a verb of saying close the clause."""
        sv = self.sv
        for m in range(n, min(len(sv), n + 8)):
            w = sv.words[m]
            if w in REPORTING:
                return m + 1 >= len(sv) or sv.words[m + 1] in ATTRIBUTION_AFTER
            if w in (",", ";") or (m in self.verb_at):
                return False
        return False
