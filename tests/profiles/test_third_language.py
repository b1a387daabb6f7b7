"""A third language is a profile, not a branch: a toy language whose few words live in this
test folder codes a sentence through the whole pipeline, and nothing in coding/ or extract/
knows it. Its names are KB data in a folder of its own: a ``names:xx`` column and
``names_xx.tsv`` / ``role_words_xx.tsv`` files, read by the loader with no code for "xx"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest
from typer.testing import CliRunner

import vaarta.profiles as profiles
from vaarta.cli import app
from vaarta.coding.common import make_events
from vaarta.coding.lexicon import load_cameo
from vaarta.extract.actors import find_actors_and_places
from vaarta.kb import load_kb
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


@pytest.fixture
def toy_kb(tmp_path):
    """The toy language's names, as a user would add them with --kb-extra: a names:xx column
    in a file of records, and per-language files of the shape of names_en.tsv and
    role_words_en.tsv."""
    (tmp_path / "people.tsv").write_text("id\tname\tcountry\tnames:xx\twikidata\n"
                                         "toy-ana\tAna Toy\tBRA\tAnao Toyo\t\n", encoding="utf-8")
    (tmp_path / "names_xx.tsv").write_text("kind\tid\tnames:xx\tdemonyms:xx\n"
                                           "state\tRUS\tRusujo\tRusuja\n"
                                           "state\tIND\tHindujo\tHinduja\n"
                                           "org\tun\tUnuigitaj Nacioj\t\n", encoding="utf-8")
    (tmp_path / "role_words_xx.tsv").write_text("words\tsector\tkind\toffice\tcountry\thome\n"
                                                "ministro\tGOV\tperson\tminister\t\t\n", encoding="utf-8")
    return tmp_path


def test_a_toy_languages_names_are_found_by_the_matcher(toy_kb):
    kb = load_kb([toy_kb])
    found = {m.text: {(e.kind, e.ref) for e in m.entries}
             for m in kb.matcher.find("Rusujo kaj Anao Toyo: la Rusuja ministro ĉe Unuigitaj Nacioj")}
    assert ("state", "RUS") in found["Rusujo"] and ("demonym", "RUS") in found["Rusuja"]
    assert ("person", "toy-ana") in found["Anao Toyo"] and ("org", "un") in found["Unuigitaj Nacioj"]
    assert ("role", "ministro") in found["ministro"]
    assert kb.languages["xx"] == 6


def test_a_toy_language_named_only_in_its_own_words_is_coded(toy_registered, toy_kb):
    pipeline = load_pipeline([toy_kb])
    doc = pipeline(Doc("toy-3", "Rusujo kritikas Hindujo. Anao Toyo renkontis Rusujo.", date(2024, 5, 1), lang="xx"))
    got = {(e.type, tuple(a.country for a in e.actors), tuple(r.country for r in e.recipients)) for e in doc.events}
    assert ("ACCUSE", ("RUS",), ("IND",)) in got
    assert any(t == "CONSULT" and set(a + r) == {"BRA", "RUS"} for t, a, r in got)


def test_kb_check_counts_a_toy_languages_names(toy_kb):
    res = CliRunner().invoke(app, ["kb", "check", "--kb-extra", str(toy_kb)])
    assert res.exit_code == 0 and "names:xx: 6" in res.stdout and "0 errors" in res.stdout
