"""A warning read as a whole: its addressee is the first को after the warner, not the object
of the act warned about ("X ने Y को Z को हथियार बेचने पर … चेतावनी दी" warns Y, and sells
nothing); what one is told not to do does not negate the warning or the appeal ("आग से न
खेलने की चेतावनी"); a conditional threat to use force is a threat, placed where it is made,
not where its condition is."""

import pytest

from tests.coding.dyads import dyads


def test_the_warned_is_the_first_addressee_and_the_act_warned_about_is_not_told(code):
    got = dyads(code("रूस ने जर्मनी को यूक्रेन को मिसाइलें बेचने पर गंभीर नतीजे भुगतने की चेतावनी दी।"))
    assert got == [("THREATEN", {"RUS"}, {"DEU"}, "asserted")]


@pytest.mark.parametrize("text, type_, actor, recipient", [
    ("चीन ने जापान को आग से न खेलने की चेतावनी दी।", "THREATEN", "CHN", "JPN"),
    ("फ्रांस ने ईरान से कोई गलत कदम न उठाने की अपील की।", "REQUEST", "FRA", "IRN"),
])
def test_what_one_is_told_not_to_do_does_not_negate_the_telling(code, text, type_, actor, recipient):
    assert (type_, {actor}, {recipient}, "asserted") in dyads(code(text), type_)


def test_a_conditional_threat_to_use_nuclear_weapons_is_a_threat_not_placed_in_the_condition(code):
    doc = code("रूस ने कहा कि अगर नाटो ने यूक्रेन में सैनिक भेजे तो वह परमाणु हथियारों का इस्तेमाल कर सकता है।")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert [({a.country for a in e.actors}, {r.country for r in e.recipients}, e.modality) for e in threats] == [
        ({"RUS"}, {"NATO"}, "asserted")]
    assert threats[0].place is None
