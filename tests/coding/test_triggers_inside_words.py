"""A longer trigger that ends inside a word ("वापस बुला ली" in "वापस बुला लीं") leaves the
shorter trigger it begins with ("वापस बुला"), so the event is still found; forces withdrawn
from a town leave that town's state."""

from tests.coding.dyads import dyads


def test_a_withdrawal_told_with_a_feminine_plural_verb_is_found_and_leaves_the_towns_state(code):
    doc = code("इजरायल ने खान यूनिस से अपनी सेनाएं वापस बुला लीं।")
    assert ("RETREAT", {"ISR"}, {"PSE"}, "asserted") in dyads(doc, "RETREAT")


def test_russia_spelt_with_a_short_vowel_is_russia(code):
    assert ("ASSAULT", {"RUS"}, {"UKR"}, "asserted") in dyads(code("रुस ने यूक्रेन के खारकीव पर मिसाइल हमला किया।"), "ASSAULT")
