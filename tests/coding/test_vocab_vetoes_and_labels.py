"""Two ways news tells a quarrel that our first frames missed, each in our own words: a veto
(REJECT of the body the resolution was put to, or of whoever put it; the resolution failing
because of it is no negation of the veto) and another's act called terrorism, a massacre or
cowardice (ACCUSE of the doer, also when the act was told in the sentence before)."""

import pytest

from tests.coding.dyads import dyads
from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    ("hi.reject.veto", "फ्रांस ने सुरक्षा परिषद में लाए गए रूसी प्रस्ताव पर वीटो किया।",
     "2024-03-01", ("REJECT", None, {"FRA"}, {"UNO"}, "asserted")),
    ("hi.accuse.act_label", "जर्मनी ने रूस के इस हमले को युद्ध अपराध करार दिया।",
     "2024-03-01", ("ACCUSE", None, {"DEU"}, {"RUS"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)


@pytest.mark.parametrize("text, expected", [
    ("सीरिया के मुद्दे पर सुरक्षा परिषद में लाए गए प्रस्ताव पर चीन ने वीटो कर दिया।",
     ("REJECT", {"CHN"}, {"UNO"}, "asserted")),
    ("रूस ने अमेरिका के प्रस्ताव को वीटो कर दिया।", ("REJECT", {"RUS"}, {"USA"}, "asserted")),
    ("अमेरिका ने सुरक्षा परिषद में वीटो का इस्तेमाल किया।", ("REJECT", {"USA"}, {"UNO"}, "asserted")),
])
def test_a_veto_rejects_the_body_or_the_proposer(code, text, expected):
    assert expected in dyads(code(text), "REJECT")


def test_a_resolution_failing_because_of_a_veto_does_not_negate_it(code):
    got = dyads(code("अमेरिका द्वारा प्रस्ताव पर वीटो किए जाने से इसे पारित नहीं किया जा सका।"), "REJECT")
    assert got and all(m == "asserted" for *_, m in got)


@pytest.mark.parametrize("text, actor, recipient", [
    ("भारत ने पाकिस्तान के इस हमले को कायराना हमला करार दिया।", "IND", "PAK"),
    ("रूस ने कीव पर ड्रोन से हमला किया। यूक्रेन ने इसे आतंकी हमला करार दिया है।", "UKR", "RUS"),
    ("इजरायल ने गाजा में हवाई हमले किए। तुर्की ने इस हमले को नरसंहार बताया।", "TUR", "ISR"),
])
def test_an_act_called_terrorism_accuses_its_doer(code, text, actor, recipient):
    assert ("ACCUSE", {actor}, {recipient}, "asserted") in dyads(code(text), "ACCUSE")


def test_calling_an_attack_terrorism_with_no_doer_in_view_accuses_no_one(code):
    assert dyads(code("मंत्री ने पीड़ित परिवारों से मुलाकात की और इसे आतंकी हमला बताया।"), "ACCUSE") == []
