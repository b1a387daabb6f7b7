"""English: the English frames (``data/lexicon/frames_en.yaml``) over word order and
prepositions; proper names only, adjectives and capitals as states, an English dateline."""

from __future__ import annotations

from dataclasses import dataclass

from vaarta.coding.borders import across_border, across_lines, border_words_re
from vaarta.coding.english import EnglishLexicon, code_english
from vaarta.coding.lexicon import load_cameo
from vaarta.coding.placing import Atlas, complete_places
from vaarta.extract.actors import find_actors_and_places
from vaarta.extract.actors_en import english_actors, proper_names
from vaarta.extract.dateline_en import dateline_en
from vaarta.extract.dates_en import find_dates_en
from vaarta.geo import neighbours
from vaarta.kb import KnowledgeBase
from vaarta.kb.records import Match
from vaarta.lang.en.borders import BORDER_WORDS
from vaarta.model import Doc, Event, Mention

_BORDER = border_words_re(BORDER_WORDS)


@dataclass
class EnglishProfile:
    lexicon: EnglishLexicon
    atlas: Atlas | None = None
    borders: dict[str, tuple[str, ...]] | None = None
    code: str = "en"
    home_country: str | None = None

    def mentions(self, doc: Doc, matches: list[Match], kb: KnowledgeBase) -> list[Mention]:
        matches = proper_names(matches)
        found = find_actors_and_places(doc.text, matches, kb, doc.published, self.home_country)
        found.sort(key=lambda m: (m.start, m.end))
        filed = dateline_en(doc.text, doc.sentences, [m for m in found if m.kind == "place"])
        found = english_actors(doc.text, matches, found, kb, filed.country if filed else None)
        found += find_dates_en(doc.text, doc.published)
        found.sort(key=lambda m: (m.start, m.end))
        return found

    def events(self, doc: Doc) -> list[Event]:
        # the same language-neutral passes as Hindi's: the state across a border line, and
        # places past the text (a strike on its target's soil, a state-only place named)
        events = across_lines(code_english(doc, self.lexicon), doc, self.borders or {})
        events = across_border(events, doc, neighbours(), _BORDER)
        return complete_places(events, self.atlas, {}) if self.atlas is not None else events


def english_profile(kb: KnowledgeBase) -> EnglishProfile:
    return EnglishProfile(EnglishLexicon.load(
        load_cameo(), person_offices={r.office for r in kb.roles.values() if r.kind == "person"}),
        Atlas.of(kb), kb.borders)
