"""Hindi: the frame coder over Devanagari news (``data/lexicon/frames.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass

from vaarta.coding.borders import across_border, across_lines, border_words_re
from vaarta.coding.coder import code_events
from vaarta.coding.common import MentionIndex, dateline
from vaarta.coding.lexicon import Lexicon
from vaarta.coding.placing import Atlas, complete_places
from vaarta.extract.actors import find_actors_and_places
from vaarta.extract.context import rehome_offices
from vaarta.extract.dates import find_dates
from vaarta.geo import neighbours
from vaarta.kb import KnowledgeBase
from vaarta.kb.records import Match
from vaarta.lang.hi.borders import BORDER_WORDS
from vaarta.model import Doc, Event, Mention

_BORDER = border_words_re(BORDER_WORDS)


@dataclass
class HindiProfile:
    lexicon: Lexicon
    atlas: Atlas
    borders: dict[str, tuple[str, ...]]
    code: str = "hi"
    home_country: str | None = "IND"

    def mentions(self, doc: Doc, matches: list[Match], kb: KnowledgeBase) -> list[Mention]:
        found = find_actors_and_places(doc.text, matches, kb, doc.published, self.home_country)
        found += find_dates(doc.text, doc.published)
        found.sort(key=lambda m: (m.start, m.end))
        if self.home_country is None:
            return found
        # an office named without its state is the state in view (extract/context.py)
        where = dateline(doc, MentionIndex([m for m in found if m.kind == "place"]))
        foreign = where.country if where is not None and where.country != self.home_country else None
        return rehome_offices(found, foreign, self.home_country, doc.text)

    def events(self, doc: Doc) -> list[Event]:
        events = across_lines(code_events(doc, self.lexicon), doc, self.borders)
        events = across_border(events, doc, neighbours(), _BORDER)
        return complete_places(events, self.atlas, self.lexicon.held_at, self.lexicon.two_sided)


def hindi_profile(kb: KnowledgeBase) -> HindiProfile:
    return HindiProfile(Lexicon.load(), Atlas.of(kb), kb.borders)
