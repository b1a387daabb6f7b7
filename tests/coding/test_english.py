"""Every English frame, on sentences we wrote."""

import pytest

from vaarta.coding.english import EnglishLexicon
from vaarta.coding.lexicon import Lexicon

CASES = [
    ("en.consult.meet", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.",
     "2023-05-23", ("CONSULT", "visit", {"IND", "JPN"}, "asserted")),
    ("en.consult.phone", "Donald Trump spoke by phone with Vladimir Putin on Wednesday.",
     "2025-02-13", ("CONSULT", "phone", {"USA", "RUS"}, "asserted")),
    ("en.consult.visit", "Antony Blinken visited Israel on Monday.",
     "2023-10-17", ("CONSULT", "visit", {"USA", "ISR"}, "asserted")),
    ("en.consult.host", "Saudi Arabia hosted Marco Rubio and Sergey Lavrov in Riyadh.",
     "2025-02-19", ("CONSULT", "visit", {"SAU", "USA", "RUS"}, "asserted")),
    ("en.support.praise", "Emmanuel Macron praised India for its role in the G20.",
     "2023-09-11", ("SUPPORT", None, {"FRA", "IND"}, "asserted")),
    ("en.accuse.condemn", "The United Nations condemned Russia over the strike.",
     "2024-07-09", ("ACCUSE", None, {"UNO", "RUS"}, "asserted")),
    ("en.accuse.accuse", "China accused the United States of spying.",
     "2023-02-05", ("ACCUSE", None, {"CHN", "USA"}, "asserted")),
    ("en.sanction.impose", "The European Union imposed sanctions on Iran on Monday.",
     "2024-04-23", ("SANCTION", None, {"EUR", "IRN"}, "asserted")),
    ("en.assault.attack", "Israel struck Lebanon overnight.",
     "2024-09-24", ("ASSAULT", None, {"ISR", "LBN"}, "asserted")),
    ("en.threaten", "North Korea threatened South Korea with a strong response.",
     "2024-01-06", ("THREATEN", None, {"PRK", "KOR"}, "asserted")),
    ("en.agree.sign", "India signed a trade deal with the United Kingdom.",
     "2025-07-25", ("AGREE", None, {"IND", "GBR"}, "asserted")),
    ("en.retreat.withdraw", "The United States withdrew its troops from Afghanistan.",
     "2021-08-31", ("RETREAT", "withdraw", {"USA", "AFG"}, "asserted")),
    ("en.aid.give", "India sent aid to Sri Lanka after the floods.",
     "2025-12-01", ("AID", None, {"IND", "LKA"}, "asserted")),
    ("en.request.urge", "The United Nations urged Israel to allow aid into Gaza.",
     "2024-03-01", ("REQUEST", None, {"UNO", "ISR"}, "asserted")),
    ("en.reject.reject", "Russia rejected Ukraine's peace plan.",
     "2023-01-03", ("REJECT", None, {"RUS", "UKR"}, "asserted")),
    ("en.protest.summon", "India summoned Pakistan's envoy on Tuesday.",
     "2024-04-23", ("PROTEST", None, {"IND", "PAK"}, "asserted")),
    ("en.coerce.seize", "Iran seized Britain's tanker in the Strait of Hormuz.",
     "2019-07-20", ("COERCE", None, {"IRN", "GBR"}, "asserted")),
    ("en.concede.ease", "The United States lifted sanctions on Syria.",
     "2025-06-30", ("CONCEDE", None, {"USA", "SYR"}, "asserted")),
    ("en.mobilize.deploy", "China sent warships to Taiwan on Monday.",
     "2024-05-23", ("MOBILIZE", None, {"CHN", "TWN"}, "asserted")),
    ("en.cooperate.joint", "India held joint exercises with France in the Arabian Sea.",
     "2024-03-10", ("COOPERATE", None, {"IND", "FRA"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_english_frame(code, rule, text, published, expected):
    doc = code(text, published, lang="en")
    fired = [e for e in doc.events if e.rule == rule]
    assert fired, [(e.rule, e.type) for e in doc.events]
    ev = fired[0]
    got = (ev.type, ev.mode, {a.country for a in ev.actors + ev.recipients}, ev.modality)
    assert got == expected


def test_every_english_frame_has_a_test():
    frames = EnglishLexicon.load(Lexicon.load().cameo).frames
    assert {f.id for f in frames} <= {c[0] for c in CASES}


def test_english_future_and_negation(code):
    assert code("Joe Biden will meet Xi Jinping next week.", "2023-11-10", lang="en").events[0].modality == "future"
    assert code("India did not condemn Russia.", "2022-03-01", lang="en").events[0].modality == "negated"


@pytest.mark.parametrize(("text", "type_", "parties"), [
    ("Russia rejected the Ukrainian peace plan.", "REJECT", {"RUS", "UKR"}),
    ("India summoned the Pakistani envoy on Tuesday.", "PROTEST", {"IND", "PAK"}),
    ("Iran seized a British tanker in the Strait of Hormuz.", "COERCE", {"IRN", "GBR"}),
    ("Israeli forces struck Lebanon overnight.", "ASSAULT", {"ISR", "LBN"}),
])
def test_a_state_adjective_before_a_noun_is_that_state(code, text, type_, parties):
    doc = code(text, "2024-01-01", lang="en")
    assert any(e.type == type_ and {a.country for a in e.actors + e.recipients} == parties for e in doc.events)


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Moscow condemned Washington over the new sanctions.", "ACCUSE", {"RUS"}, {"USA"}),
    ("Beijing warned Taipei on Monday.", "THREATEN", {"CHN"}, {"TWN"}),
])
def test_a_capital_that_speaks_or_is_spoken_to_is_its_government(code, text, type_, actors, recipients):
    doc = code(text, "2024-01-01", lang="en")
    assert any(e.type == type_ and {a.country for a in e.actors} == actors
               and {a.country for a in e.recipients} == recipients for e in doc.events)


def test_a_capital_as_a_place_stays_a_place(code):
    doc = code("Officials from India met officials from Russia in Moscow.", "2024-01-01", lang="en")
    assert not any(m.source == "kb.capital" for m in doc.mentions)
