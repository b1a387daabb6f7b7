"""Names across scripts: every spelling the KB knows of what a search term names.

"Putin", "putin", "पुतिन" and "व्लादिमीर पुतिन" name one person; "Moscow" and "मॉस्को" one
place. Searches and filters go through this so that an analyst finds an article or an event
whichever script they type in.
"""

from __future__ import annotations

from vaarta.kb.load import KnowledgeBase
from vaarta.kb.records import Entry
from vaarta.text.normalise import nfc

MAX_SPELLINGS = 16  # enough for every alias of a person or a city; a word matching hundreds is no name


class Spellings:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._named: dict[str, set[Entry]] = {}  # lower-case alias, English name or name word -> entries
        self._aliases: dict[Entry, set[str]] = {}
        for alias, entries in kb.aliases.items():
            for e in entries:
                if e.kind == "role":
                    continue
                self._named.setdefault(alias.lower(), set()).add(e)
                self._aliases.setdefault(e, set()).add(alias)
        for e in list(self._aliases):
            name = self.english(e)
            if name:
                self._named.setdefault(name.lower(), set()).add(e)
                for word in name.lower().split():
                    if len(word) > 3:
                        self._named.setdefault(word, set()).add(e)

    def english(self, e: Entry) -> str | None:
        table = {"state": self.kb.states, "demonym": self.kb.states, "org": self.kb.orgs,
                 "person": self.kb.people, "place": self.kb.places}.get(e.kind)
        record = table.get(e.ref) if table is not None else None
        return getattr(record, "name", None)

    def entries(self, term: str) -> set[Entry]:
        found = self._named.get(nfc(" ".join(term.split())).lower(), set())
        return found if len(found) <= 3 else set()  # a common word, not a name

    def of(self, term: str) -> list[str]:
        """``term`` and the other spellings of what it names, in any script (the term first)."""
        out = [term]
        for e in sorted(self.entries(term), key=lambda e: (e.kind, e.ref)):
            for s in sorted(self._aliases.get(e, ()), key=len, reverse=True) + [self.english(e) or ""]:
                if s and s not in out:
                    out.append(s)
        return out[:MAX_SPELLINGS]

    def english_names(self, term: str) -> list[str]:
        """The KB's English names of what ``term`` names ("मॉस्को" -> ["Moscow"])."""
        return sorted({n for e in self.entries(term) if (n := self.english(e))})

    def code_of(self, term: str) -> str | None:
        """The event code of the state or organisation ``term`` names ("India", "भारत" -> IND)."""
        for e in sorted(self.entries(term), key=lambda e: e.kind):
            if e.kind in ("state", "demonym"):
                return e.ref
            if e.kind == "org":
                return self.kb.orgs[e.ref].code
        return None


class KbNames:
    """A KB and its spellings (built on first use): what the web pages need of the KB,
    without the pipeline's language profiles."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._spellings: Spellings | None = None

    @property
    def spellings(self) -> Spellings:
        if self._spellings is None:
            self._spellings = Spellings(self.kb)
        return self._spellings
