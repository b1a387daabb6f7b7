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
