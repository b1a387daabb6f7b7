"""A plane, ship or convoy that arrives carrying aid is aid, not a visit; the state it belongs to
gives it (issue: real news, not our own). Sentences of our own."""

import pytest

from tests.coding.dyads import dyads


def test_a_states_plane_carrying_relief_is_aid_from_that_state(code):
    doc = code("इस बीच जापान का तीसरा राहत विमान 40 टन से अधिक राहत सामग्री लेकर शनिवार को बाढ़ प्रभावित "
               "पाकिस्तान पहुंचा।", "2025-03-02")
    assert ("AID", {"JPN"}, {"PAK"}, "asserted") in dyads(doc, "AID"), dyads(doc)
    assert not dyads(doc, "CONSULT"), dyads(doc)


def test_a_shipment_told_at_length_before_it_arrives_is_no_visit(code):
    doc = code("कनाडा की दवाओं की एक बड़ी खेप सोमवार को लंबी समुद्री यात्रा के बाद दक्षिणी तट के रास्ते "
               "हैती पहुंची।", "2025-03-02")
    assert not dyads(doc, "CONSULT"), dyads(doc)


def test_a_minister_who_arrives_still_visits(code):
    doc = code("जापान के विदेश मंत्री शनिवार को दो दिन की यात्रा पर पाकिस्तान पहुंचे।", "2025-03-02")
    assert any(a == {"JPN"} and r == {"PAK"} for _, a, r, _ in dyads(doc, "CONSULT")), dyads(doc)


def test_a_states_court_acts_for_the_state_and_a_bodys_personnel_are_the_body(code):
    doc = code("ओमान की अदालत ने हिरासत में रखे गए छह बांग्लादेशी नौसेना कर्मियों को रिहा कर दिया।", "2025-03-02")
    assert ("RETREAT", {"OMN"}, {"BGD"}, "asserted") in dyads(doc, "RETREAT"), dyads(doc)


def test_a_headline_with_its_verb_right_after_ne_codes_the_object_after_it(code):
    doc = code("जापान ने फिर भेजा फिलीपींस को 5,000 टन चावल की एक खेप", "2025-03-02")
    assert ("AID", {"JPN"}, {"PHL"}, "asserted") in dyads(doc, "AID"), dyads(doc)


@pytest.mark.parametrize("text, actor, recipient", [
    # a state adjective before the attack noun is its doer; those it killed, the other side
    ("सीरिया के एक शीर्ष कमांडर तुर्की ड्रोन हमले में मारे गए।", "TUR", "SYR"),
    # or the place where they died
    ("सऊदी हवाई हमलों में यमन में 12 लोग मारे गए।", "SAU", "YEM"),
])
def test_an_attack_told_by_whom_it_killed(code, text, actor, recipient):
    doc = code(text, "2025-03-02")
    assert any(a == {actor} and r == {recipient} for _, a, r, _ in dyads(doc, "ASSAULT")), dyads(doc)


def test_people_freed_from_a_captors_captivity_are_released_by_the_captor_and_visit_no_one(code):
    doc = code("अल-शबाब की कैद से रिहा हुए केन्या के 5 और युगांडा के दो नागरिक रविवार को केन्या पहुंचे।", "2025-03-02")
    got = dyads(doc)
    assert ("RETREAT", {"IMG"}, {"KEN"}, "asserted") in got and ("RETREAT", {"IMG"}, {"UGA"}, "asserted") in got, got
    assert not dyads(doc, "CONSULT"), got


def test_people_of_no_named_state_abducted_in_a_state_are_that_states(code):
    doc = code("माली में उग्रवादी संगठन जेएनआईएम ने 20 स्कूली बच्चों को अगवा कर लिया है।", "2025-03-02")
    assert ("COERCE", {"IMG"}, {"MLI"}, "asserted") in dyads(doc, "COERCE"), dyads(doc)


@pytest.mark.parametrize("text, type_, states", [
    ("भारत ने बांग्लादेश को 30 हजार टन यूरिया भेजा।", "AID", ({"IND"}, {"BGD"})),
    ("इथियोपिया की सेना और इरिट्रिया की सेना के बीच सीमा के पास भीषण लड़ाई हुई।", "ASSAULT", ({"ETH"}, {"ERI"})),
])
def test_goods_sent_and_fighting_told_plainly(code, text, type_, states):
    got = dyads(code(text, "2025-03-02"), type_)
    assert any(a | r == states[0] | states[1] for _, a, r, _ in got), got


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("बेलारूस ने लिथुआनिया की सीमा पर सैनिकों की संख्या बढ़ा दी।", "MOBILIZE", "BLR", "LTU"),
    ("नेपाल ने भूटान को दी गई व्यापार सुविधा वापस ले ली।", "SANCTION", "NPL", "BTN"),
])
def test_forces_increased_and_facilities_withdrawn(code, text, type_, actor, recipient):
    assert (type_, {actor}, {recipient}, "asserted") in dyads(code(text, "2025-03-02"), type_)


def test_an_object_before_a_setting_noun_is_the_main_verbs(code):
    doc = code("जापान ने तुर्की को भूकंप के बाद राहत सामग्री भेजी।", "2025-03-02")
    assert ("AID", {"JPN"}, {"TUR"}, "asserted") in dyads(doc, "AID"), dyads(doc)


def test_an_object_tied_to_the_setting_by_a_participle_stays_the_settings(code):
    doc = code("अमेरिका को दी गई चेतावनी के बाद ईरान ने इराक पर मिसाइलें दागीं।", "2025-03-02")
    assert not any("USA" in r for _, _, r, _ in dyads(doc, "ASSAULT")), dyads(doc)


def test_a_border_crossing_closed_to_a_neighbour_is_a_sanction(code):
    doc = code("ईरान ने इराक के साथ लगी अपनी सीमा को बंद कर दिया।", "2025-03-02")
    assert ("SANCTION", {"IRN"}, {"IRQ"}, "asserted") in dyads(doc, "SANCTION"), dyads(doc)
