"""A third language is a profile, not a branch: a toy language whose few words live in this
test folder codes a sentence through the whole pipeline, and nothing in coding/ or extract/
knows it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest

import vaarta.profiles as profiles
from vaarta.coding.common import make_events
from vaarta.coding.lexicon import load_cameo
from vaarta.extract.actors import find_actors_and_places
from vaarta.model import Doc, Event, Evidence, Mention
from vaarta.pipeline import load_pipeline

# the toy language: two predicates, the agent before the verb, the other party after it
TOY_FRAMES = {"kritikas": ("ACCUSE", "111"), "renkontis": ("CONSULT", "040")}
_WORD = re.compile(r"\w+")


@dataclass
class ToyProfile:
    code: str = "xx"
    home_country: str | None = None

    def mentions(self, doc: Doc, matches: list, kb) -> list[Mention]:  # type: ignore[no-untyped-def]
        return sorted(find_actors_and_places(doc.text, matches, kb, doc.published, None), key=lambda m: m.start)

    def events(self, doc: Doc) -> list[Event]:
        cameo = load_cameo()
        out: list[Event] = []
        actors = [m for m in doc.mentions if m.kind == "actor" and m.actor is not None]
        for sent in doc.sentences:
            for w in _WORD.finditer(doc.text, sent.start, sent.end):
                if w.group() not in TOY_FRAMES:
                    continue
                type_, code = TOY_FRAMES[w.group()]
                before = [m.actor for m in actors if sent.start <= m.start < w.start()]
                after = [m.actor for m in actors if w.end() <= m.start < sent.end]
                if before and after:
                    out += make_events(doc, "xx.toy", type_, None, cameo[code], "asserted", before[-1:], after[:1],
                                       None, None, Evidence(doc.text[sent.start:sent.end], sent.start, sent.end),
                                       0.5, type_ == "CONSULT")
        return out


@pytest.fixture
def toy_registered():
    profiles.register("xx", lambda kb: ToyProfile())
    yield
    profiles._FACTORIES.pop("xx", None)


def test_a_toy_language_codes_a_sentence_through_its_profile(toy_registered):
    pipeline = load_pipeline()
    assert "xx" in profiles.registered()
    doc = pipeline(Doc("toy-1", "Russia kritikas India. Japan renkontis Brazil.", date(2024, 5, 1), lang="xx"))
    got = {(e.type, tuple(a.country for a in e.actors), tuple(r.country for r in e.recipients)) for e in doc.events}
    assert ("ACCUSE", ("RUS",), ("IND",)) in got
    assert any(t == "CONSULT" and set(a + r) == {"JPN", "BRA"} for t, a, r in got)
    assert all(e.evidence.sentence in doc.text for e in doc.events)


def test_a_language_without_a_profile_is_read_but_not_coded():
    doc = load_pipeline()(Doc("toy-2", "Russia kritikas India.", date(2024, 5, 1), lang="yy"))
    assert doc.events == [] and {m.actor.country for m in doc.mentions if m.actor} >= {"RUS", "IND"}
