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
    ("hi.accuse.called", "जापान ने चीन के इस कदम को क्षेत्र के लिए खतरा बताया।",
     "2024-03-01", ("ACCUSE", None, {"JPN"}, {"CHN"}, "asserted")),
    ("hi.accuse.act_label", "जर्मनी ने रूस के इस हमले को युद्ध अपराध करार दिया।",
     "2024-03-01", ("ACCUSE", None, {"DEU"}, {"RUS"}, "asserted")),
    ("hi.accuse.regret_that", "मेक्सिको के विदेश मंत्री ने कहा कि यह दुर्भाग्यपूर्ण है कि अमेरिका ने मेक्सिको पर "
     "शुल्क लगाने का निर्णय लिया।", "2024-03-01", ("ACCUSE", None, {"MEX"}, {"USA"}, "asserted")),
    ("hi.accuse.condemn_test", "उत्तर कोरिया ने एक बैलिस्टिक मिसाइल दागी। दक्षिण कोरिया ने इस परीक्षण की निंदा की।",
     "2024-03-01", ("ACCUSE", None, {"KOR"}, {"PRK"}, "asserted")),
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
    got = dyads(code("अमेरिका द्वारा मसौदे पर वीटो किए जाने से वह पास नहीं हो पाया।"), "REJECT")
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


@pytest.mark.parametrize("text, actor, recipient", [
    ("सऊदी अरब ने ईरान के परमाणु कार्यक्रम को खाड़ी की सुरक्षा के लिए गंभीर खतरा बताया।", {"SAU"}, {"IRN"}),
    ("चीन ने अमेरिका की इस नाकाबंदी को अंतरराष्ट्रीय कानून का खुला उल्लंघन बताया।", {"CHN"}, {"USA"}),
    ("तुर्की ने कुर्द लड़ाकों के इस गुट को आतंकवादी संगठन करार दिया।", {"TUR"}, {"IMG"}),
    ("रूस ने नाटो के सैन्य अभ्यास को युद्ध का पूर्वाभ्यास बताया।", {"RUS"}, {"NATO"}),
])
def test_anothers_act_called_a_threat_or_a_violation_accuses_its_doer(code, text, actor, recipient):
    assert ("ACCUSE", actor, recipient, "asserted") in dyads(code(text), "ACCUSE")


def test_what_a_state_is_accused_of_giving_is_no_gift_of_the_accuser(code):
    got = dyads(code("अमेरिका ने रूस पर सीरिया को हथियार देने का आरोप लगाया।"))
    assert ("ACCUSE", {"USA"}, {"RUS"}, "asserted") in got
    assert not [d for d in got if d[0] == "AID"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("चीन ने जापान की इस टिप्पणी को धमकी बताया।", {"CHN"}, {"JPN"}),
    ("फ्रांस ने यूक्रेन के खिलाफ रूस के युद्ध को अकारण और अनुचित बताया।", {"FRA"}, {"RUS"}),
])
def test_remarks_or_a_war_called_a_threat_or_unjust_accuse_not_threaten(code, text, actor, recipient):
    got = dyads(code(text))
    assert ("ACCUSE", actor, recipient, "asserted") in got
    assert not [d for d in got if d[0] == "THREATEN"]


def test_a_rebuke_is_an_accusation_of_whom_it_is_given(code):
    assert ("ACCUSE", {"UNO"}, {"PRK"}, "asserted") in dyads(code("उत्तर कोरिया को संयुक्त राष्ट्र ने कड़ी फटकार लगाई।"), "ACCUSE")
