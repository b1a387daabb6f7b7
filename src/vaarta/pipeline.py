"""The Pipeline: named Doc -> Doc components over one knowledge base and lexicon.

Load once (``load_pipeline()``), then call it on Docs: ``pipeline(doc)`` or
``pipeline.pipe(docs)``. The CLI, the evaluator and batch runners all go through here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from vaarta.coding.merge import merge_events
from vaarta.coding.spans import event_spans
from vaarta.coding.story_day import date_by_story
from vaarta.extract.actors import find_actors_and_places
from vaarta.kb import KnowledgeBase, load_kb
from vaarta.kb.spellings import Spellings
from vaarta.model import Doc, Removal
from vaarta.profiles import LanguageProfile, load_profiles
from vaarta.text.clean import Cleaner
from vaarta.text.lang import LanguageIdentifier
from vaarta.text.normalise import normalise
from vaarta.text.segment import split_sentences

Component = Callable[[Doc], Doc]


class Pipeline:
    @property
    def spellings(self) -> Spellings:
        """Every spelling of what a search term names, across scripts (built on first use)."""
        if self._spellings is None:
            self._spellings = Spellings(self.kb)
        return self._spellings

    def __init__(self, kb: KnowledgeBase, cleaner: Cleaner, profiles: dict[str, LanguageProfile] | None = None,
                 langid: LanguageIdentifier | None = None, home_country: dict[str, str] | None = None) -> None:
        self.kb = kb
        self._spellings: Spellings | None = None
        # one profile per coded language (vaarta.profiles); home_country overrides whose
        # offices "विदेश मंत्रालय" and the like name when no state is given
        self.profiles = profiles if profiles is not None else load_profiles(kb, home_country)
        self.cleaner = cleaner
        self.langid = langid or LanguageIdentifier()
        self.components: list[tuple[str, Component]] = [
            ("clean", self.clean),
            ("lang", self.identify_language),
            ("segment", self.segment),
            ("mentions", self.find_mentions),
            ("code", self.code),
        ]

    @property
    def component_names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, doc: Doc) -> Doc:
        for name, component in self.components:
            doc = component(doc)
            if not isinstance(doc, Doc):
                raise TypeError(f"component {name!r} returned {type(doc).__name__}, not Doc")
        return doc

    def pipe(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    # -- components -------------------------------------------------------------------
    def clean(self, doc: Doc) -> Doc:
        """NFC + boilerplate removal; sets text, segments (text -> raw) and removals."""
        norm, runs = normalise(doc.raw)
        cuts = self.cleaner.cut(norm)
        keep: list[tuple[int, int]] = []
        pos = 0
        for s, e, _ in cuts:
            if s > pos:
                keep.append((pos, s))
            pos = e
        if pos < len(norm):
            keep.append((pos, len(norm)))
        pieces, segments, t = [], [], 0
        for s, e in keep:
            pieces.append(norm[s:e])
            segments.extend(_compose(runs, s, e, t))
            t += e - s
        doc.text = "".join(pieces)
        doc.segments = segments
        doc.removals = [Removal(_raw(runs, s), _raw(runs, e), reason, norm[s:e]) for s, e, reason in cuts]
        return doc

    def identify_language(self, doc: Doc) -> Doc:
        if not doc.lang:
            doc.lang = self.langid.identify(doc.text)
        return doc

    def segment(self, doc: Doc) -> Doc:
        doc.sentences = split_sentences(doc.text)
        return doc

    def find_mentions(self, doc: Doc) -> Doc:
        matches = self.kb.matcher.find(doc.text) if self.kb.matcher else []
        profile = self.profiles.get(doc.lang or "")
        if profile is None:  # a language we read but do not code: its KB names only
            doc.mentions = sorted(find_actors_and_places(doc.text, matches, self.kb, doc.published, None),
                                  key=lambda m: (m.start, m.end))
        else:
            doc.mentions = profile.mentions(doc, matches, self.kb)
        return doc

    def code(self, doc: Doc) -> Doc:
        """Events from the language's profile; other languages are read but not coded. Each
        keeps the words of its sentence that named its parts (``Evidence.spans``)."""
        profile = self.profiles.get(doc.lang or "")
        doc.events = date_by_story(merge_events(profile.events(doc)), doc) if profile is not None else []
        for n, ev in enumerate(doc.events):
            ev.event_id = f"{doc.id}:{n}"
            # (one sentence's Evidence may be shared by several events: each gets its own)
            ev.evidence = replace(ev.evidence, spans=event_spans(ev, doc))
        return doc


def _compose(runs: list[tuple[int, int, int]], s: int, e: int, t: int) -> list[tuple[int, int, int]]:
    """Runs (text_start, raw_start, length) for norm[s:e] placed at text offset t."""
    out = []
    for n0, r0, n in runs:
        a, b = max(s, n0), min(e, n0 + n)
        if a < b:
            out.append((t + a - s, r0 + a - n0, b - a))
    return out


def _raw(runs: list[tuple[int, int, int]], i: int) -> int:
    for n0, r0, n in runs:
        if n0 <= i <= n0 + n:
            return r0 + i - n0
    return i


def load_pipeline(kb_extra: Iterable[Path] = (), kb: KnowledgeBase | None = None) -> Pipeline:
    """Load the knowledge base (unless ``kb`` is one loaded already), lexicon and cleaner
    once and build the pipeline."""
    return Pipeline(kb if kb is not None else load_kb(kb_extra), Cleaner.from_file())
