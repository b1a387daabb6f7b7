"""Acts a headline or a setting tells as a noun, the doer in the genitive before its addressee:
"भारत की पाकिस्तान को कड़ी चेतावनी", "… की चेतावनी के बाद …", "X की Y से अपील"; and a reply
promised to any act of another, its verb some words away, threatens that other."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("sentence", [
    "भारत की पाकिस्तान को कड़ी चेतावनी",
    "भारत की पाकिस्तान को गंभीर नतीजों की चेतावनी के बाद इस्लामाबाद में बैठक बुलाई गई।",
])
def test_a_warning_told_as_a_noun_threatens_its_addressee(code, sentence):
    assert ("THREATEN", {"IND"}, {"PAK"}, "asserted") in dyads(code(sentence), "THREATEN")


def test_an_appeal_told_as_a_noun_asks_its_addressee(code):
    assert ("REQUEST", {"UNO"}, {"ISR"}, "asserted") in dyads(code("गाजा में युद्धविराम पर संयुक्त राष्ट्र की इजरायल से अपील"), "REQUEST")


def test_a_genitive_of_place_before_an_object_is_no_doer(code):
    got = dyads(code("भारत के प्रधानमंत्री को नेपाल की ओर से बधाई"), "THREATEN")
    assert got == []


def test_a_reply_in_kind_to_any_act_of_another_threatens_it(code):
    got = dyads(code("पाकिस्तानी सेना के प्रवक्ता ने कहा कि वह भारत की किसी भी हरकत का जवाब पूरी ताकत से देगी।"), "THREATEN")
    assert ("THREATEN", {"PAK"}, {"IND"}, "asserted") in got
