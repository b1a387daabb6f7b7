"""Vocabulary of real Hindi news that any verb or modifier may fill: a request told as "Y से
<any verb>ने को कहा", an attack with an adjective before its noun ("बड़ा हमला किया"), and the
spellings and verbs outlets use beside the common ones (इल्जाम, थोप दिया, सेनाएं पीछे हटीं)."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("sentence", [
    "भारत ने पाकिस्तान से आतंकवाद पर लगाम लगाने को कहा।",
    "चीन ने जापान से ताइवान के मामले में सावधानी रखने को कहा है।",
    "अमेरिका ने ईरान से तुरंत बातचीत की मेज पर लौटने के लिए कहा।",
])
def test_asking_a_state_to_do_anything_is_a_request_of_that_state(code, sentence):
    got = [(t, a, r) for t, a, r, _ in dyads(code(sentence), "REQUEST")]
    assert len(got) == 1 and got[0][1] and got[0][2] and not got[0][1] & got[0][2]
    assert next(iter(got[0][2])) in {"PAK", "JPN", "IRN"}


def test_a_verb_ending_as_an_infinitive_does_not_ask_without_the_asking_verb(code):
    assert dyads(code("भारत ने पाकिस्तान से आतंकवाद पर लगाम लगाने की बात दोहराई।"), "REQUEST") == []


@pytest.mark.parametrize("sentence", [
    "रूस ने यूक्रेन पर बड़ा हमला बोला।",
    "रूस ने यूक्रेन के ऊर्जा ढांचे पर बड़ा हमला किया।",
])
def test_an_attack_with_an_adjective_before_it_is_still_an_attack(code, sentence):
    assert ("ASSAULT", {"RUS"}, {"UKR"}, "asserted") in dyads(code(sentence), "ASSAULT")


def test_an_accusation_spelt_the_urdu_way_is_an_accusation(code):
    assert ("ACCUSE", {"UKR"}, {"RUS"}, "asserted") in dyads(
        code("यूक्रेन ने रूस पर युद्ध अपराध करने का इल्जाम लगाया।"), "ACCUSE")


def test_tariffs_forced_on_a_state_are_a_sanction(code):
    assert ("SANCTION", {"USA"}, {"IND"}, "asserted") in dyads(
        code("अमेरिका ने भारत पर 50 प्रतिशत टैरिफ थोप दिया।"), "SANCTION")


def test_armies_falling_back_in_the_plural_withdraw(code):
    got = dyads(code("भारत और चीन की सेनाएं पीछे हट गईं।"), "RETREAT")
    assert got and {"IND", "CHN"} <= set().union(*(a | r for _, a, r, _ in got))


def test_a_state_saying_it_may_strike_threatens_and_an_experts_guess_does_not(code):
    said = code("उत्तर कोरिया ने कहा कि वह अमेरिका पर परमाणु हमला कर सकता है।")
    assert ("THREATEN", {"PRK"}, {"USA"}, "asserted") in dyads(said, "THREATEN")
    guessed = code("विशेषज्ञों ने कहा कि रूस यूक्रेन पर हमला कर सकता है।")
    assert dyads(guessed, "THREATEN") == [] and ("ASSAULT", {"RUS"}, {"UKR"}, "hypothetical") in dyads(guessed)


def test_a_state_saying_it_will_target_anothers_bases_threatens(code):
    assert ("THREATEN", {"IRN"}, {"USA"}, "asserted") in dyads(
        code("ईरान ने कहा है कि वह अमेरिकी ठिकानों को निशाना बनाएगा।"), "THREATEN")


@pytest.mark.parametrize("sentence", ["चीन ने ताइवान की ओर युद्धपोत रवाना किए।", "चीन ने ताइवान की तरफ लड़ाकू विमान भेजे।"])
def test_forces_sent_towards_a_state_face_it(code, sentence):
    assert ("MOBILIZE", {"CHN"}, {"TWN"}, "asserted") in dyads(code(sentence), "MOBILIZE")


def test_an_attack_from_a_states_side_is_still_that_states(code):
    assert ("ASSAULT", {"RUS"}, {"UKR"}, "asserted") in dyads(
        code("यूक्रेन के ओडेसा शहर पर रूस की ओर से ड्रोन हमला किया गया।"), "ASSAULT")


def test_a_new_government_welcomed_is_support_not_a_visit(code):
    got = dyads(code("प्रधानमंत्री मोदी ने बांग्लादेश की नई सरकार का स्वागत किया।"))
    assert ("SUPPORT", {"IND"}, {"BGD"}, "asserted") in got and not [d for d in got if d[0] == "CONSULT"]


def test_firms_put_on_a_sanctions_list_are_sanctioned(code):
    assert ("SANCTION", {"USA"}, {"IRN"}, "asserted") in dyads(
        code("अमेरिका के वित्त विभाग ने ईरान की तेल कंपनियों को प्रतिबंधित सूची में डाल दिया।"), "SANCTION")


def test_rescue_teams_sent_into_a_state_are_aid(code):
    assert ("AID", {"IND"}, {"TUR"}, "asserted") in dyads(code("भारत ने भूकंप के बाद तुर्की में राहत दल भेजे।"), "AID")


def test_prisoners_released_and_sent_home_are_released(code):
    assert ("RETREAT", {"IND"}, {"PAK"}, "asserted") in dyads(
        code("भारत ने पाकिस्तानी मछुआरों को रिहा करके वतन भेजा।"), "RETREAT")


def test_a_state_said_to_sponsor_terror_is_accused_by_the_speaker(code):
    got = dyads(code("भारत ने कहा कि पाकिस्तान सीमा पार आतंकवाद को बढ़ावा दे रहा है।"), "ACCUSE")
    assert ("ACCUSE", {"IND"}, {"PAK"}, "asserted") in got


def test_fighting_terror_together_accuses_no_one(code):
    assert dyads(code("भारत और अमेरिका ने आतंकवाद के खिलाफ लड़ाई में सहयोग को बढ़ावा देने का फैसला किया।"), "ACCUSE") == []
