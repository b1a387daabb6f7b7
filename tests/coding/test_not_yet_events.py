"""An event noun only planned, prepared, possible or used as a pretext is no event of its own
("हमले की तैयारी", "बातचीत की संभावना"); refusing such a possibility is a rejection told as
done; and an attack is a threat only when its own verb is future, not when another verb of
the sentence is ("हमलों के बीच कल बैठक होगी")."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("text", [
    "अमेरिकी अधिकारियों ने बताया कि ईरान इजरायल पर मिसाइल हमले की तैयारी कर रहा है।",
    "पाकिस्तान ने दावा किया कि भारत उस पर हमला करने की योजना बना रहा है।",
])
def test_an_attack_prepared_or_planned_is_neither_an_attack_nor_a_threat(code, text):
    assert not [d for d in dyads(code(text)) if d[0] in ("ASSAULT", "THREATEN")]


def test_refusing_the_possibility_of_talks_is_a_rejection_not_talks(code):
    got = dyads(code("ईरान के सर्वोच्च नेता ने अमेरिका के साथ बातचीत की हर संभावना को सिरे से खारिज किया।"))
    assert got == [("REJECT", {"IRN"}, {"USA"}, "asserted")]


def test_an_attack_is_no_threat_when_the_future_belongs_to_another_verb(code):
    got = dyads(code("यूक्रेन पर रूसी सेना के हमलों के बीच कल नाटो देशों के रक्षा मंत्रियों की बैठक होगी।"))
    assert not [d for d in got if d[0] == "THREATEN"]


@pytest.mark.parametrize("text, actor, recipient", [
    ("हूतियों ने कहा कि वे इजरायल पर हमले जारी रखेंगे।", "IMG", "ISR"),
    ("उत्तर कोरिया ने कहा कि वह अगले सप्ताह दक्षिण कोरिया पर हमला करेगा।", "PRK", "KOR"),
])
def test_an_attack_announced_in_its_own_future_is_a_threat(code, text, actor, recipient):
    assert ("THREATEN", {actor}, {recipient}, "asserted") in dyads(code(text))
