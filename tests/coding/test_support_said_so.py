"""Support as news says it, in our own words: solidarity expressed with a state ("X के साथ
एकजुटता व्यक्त की") and a state called an all-weather friend or a key partner."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("text, actor, recipient", [
    ("ऑस्ट्रेलिया ने न्यूजीलैंड के साथ एकजुटता व्यक्त की।", "AUS", "NZL"),
    ("रूस ने ईरान को अपना सदाबहार दोस्त बताया।", "RUS", "IRN"),
    ("भारत ने फ्रांस को अपना अहम साझेदार बताया।", "IND", "FRA"),
])
def test_solidarity_and_friendship_told_are_support(code, text, actor, recipient):
    assert ("SUPPORT", {actor}, {recipient}, "asserted") in dyads(code(text), "SUPPORT")

