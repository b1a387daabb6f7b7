"""How Hindi news tells forces shown or moved against another state, each in our own words:
warplanes sent into another's airspace, deployments told with every form of तैनात, drills
around a state, troops massed at its border (MOBILIZE against it), and troops whose state was
only guessed from a border named are the ने agent's own."""

import pytest

from tests.coding.dyads import dyads
from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    ("hi.mobilize.incursion", "रूसी वायुसेना के चार विमानों ने एस्टोनिया के हवाई क्षेत्र का उल्लंघन किया।",
     "2024-03-01", ("MOBILIZE", None, {"RUS"}, {"EST"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)


@pytest.mark.parametrize("text, actor, recipient", [
    ("रूस ने बेलारूस में सामरिक परमाणु हथियार तैनात करने का ऐलान किया।", "RUS", "BLR"),
    ("चीन ने फिलीपींस के चारों ओर नौसैनिक युद्धाभ्यास किया।", "CHN", "PHL"),
    ("भारत ने चीन की सीमा पर टैंक और सैनिकों का जमावड़ा बढ़ा दिया है।", "IND", "CHN"),
])
def test_forces_moved_or_shown_against_a_state(code, text, actor, recipient):
    assert ("MOBILIZE", {actor}, {recipient}, "asserted") in dyads(code(text), "MOBILIZE")


def test_a_deployment_told_with_a_feminine_verb_is_one(code):
    assert dyads(code("अमेरिका ने अरब सागर में दो युद्धपोत और एक पनडुब्बी तैनात की है।"), "MOBILIZE") == [
        ("MOBILIZE", {"USA"}, set(), "asserted")]
