"""Who a pronoun, "the two countries" or a speaker stands for across a document: the actors
named before, read off the document's mentions."""

from __future__ import annotations

from vaarta.lang.en.grammar import PERSON_PRONOUNS, PLURAL_PRONOUNS
from vaarta.model import Actor, Mention


class Resolver:
    """Pronouns and speakers across a document's sentences."""

    def __init__(self, actor_mentions: list[Mention], person_offices: frozenset[str],
                 sentence_starts: list[int] | None = None, text: str = "") -> None:
        self.text = text
        self.mentions = [m for m in actor_mentions if m.actor is not None and m.actor.country]
        self.person_offices = person_offices
        self.sentence_starts = sentence_starts or []

    def is_person(self, m: Mention) -> bool:
        a = m.actor
        return a is not None and (m.source == "kb.person" or m.source.startswith(("en.apposition", "en.named_again"))
                                  or (a.office in self.person_offices and a.sector != "IMG"))

    def last_two(self, pos: int, n: int = 2, skip: frozenset[str | None] = frozenset()) -> list[Actor]:
        """The ``n`` states named last before ``pos`` (for "the two countries", "both sides",
        "the three countries"), none of ``skip``."""
        out: list[Actor] = []
        for m in reversed([m for m in self.mentions if m.end <= pos]):
            a = m.actor
            if a is not None and a.country not in ("IMG",) and a.sector != "IGO" and a.country not in skip \
                    and all(o.country != a.country for o in out):
                out.append(a)
                if len(out) == n:
                    break
        return list(reversed(out)) if len(out) == n else []

    def last_state(self, pos: int) -> Actor | None:
        """The state named last before ``pos`` (no organisation, no armed group)."""
        for m in reversed([m for m in self.mentions if m.end <= pos]):
            a = m.actor
            if a is not None and a.country not in ("IMG",) and a.sector not in ("IGO", "IMG"):
                return Actor(None, a.country, None)
        return None

    def pronoun(self, word: str, pos: int, sentence_start: int, opening: bool = False) -> list[Actor]:
        """The actor "he", "it", "they", "its" stands for: the last one named before ``pos``
        (a person for he/she, anything else for it/they), this sentence first."""
        person = word in PERSON_PRONOUNS
        before = [m for m in self.mentions if m.end <= pos and m.source != "en.anaphor"]
        if word == "it" and opening:
            # "ECOWAS had suspended Guinea and Mali. On Friday it also suspended ...": a subject
            # "it" goes on with the subject of the sentence before, an organisation or a state
            previous_start = max((s for s in self.sentence_starts if s < sentence_start), default=-1)
            prev = [m for m in before if previous_start <= m.start < sentence_start]
            if prev and prev[0].start - previous_start <= 30 and not self.is_person(prev[0]) \
                    and prev[0].actor.sector in ("GOV", "IGO", None):  # type: ignore[union-attr]
                return [prev[0].actor]  # type: ignore[list-item]
        if word in ("it", "its"):  # "an Indian pilot ... by its forces": an adjective is no antecedent of "its"
            before = [m for m in before if m.source != "kb.demonym" or m.text.endswith("s")]
        for m in reversed(before):
            if pos - m.end > 600:
                break
            if person == self.is_person(m) or (not person and m.actor.sector in ("GOV", "MIL", "IMG", "IGO", None)  # type: ignore[union-attr]
                                                and not self.is_person(m) and m.start >= sentence_start):
                return self._joined(m, before) if word in PLURAL_PRONOUNS else [m.actor]  # type: ignore[list-item]
        if not person:
            for m in reversed(before):
                if pos - m.end > 400:
                    break
                if not self.is_person(m):
                    return [m.actor]  # type: ignore[list-item]
        return []

    def _joined(self, m: Mention, before: list[Mention]) -> list[Actor]:
        """"Russia and Ukraine said they had agreed a truce": "they" stands for every state of
        a list joined by "and" ("X, Y and Z") that ends right before it, not the last one only."""
        group, k, anded = [m], before.index(m), False
        while k > 0:
            prev = before[k - 1]
            gap = self.text[prev.end:group[0].start]
            if gap not in (" and ", ", ") or anded and gap == " and " or self.is_person(prev) \
                    or any(g.actor.country == prev.actor.country for g in group):  # type: ignore[union-attr]
                break
            anded = anded or gap == " and "
            group.insert(0, prev)
            k -= 1
        return [g.actor for g in group] if anded else [m.actor]  # type: ignore[misc]
