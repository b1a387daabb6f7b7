"""A group or a state put on a terror list or a blacklist is sanctioned (our own sentences);
a price already paid is no threat."""

import pytest

from tests.coding.dyads import dyads
from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    ("hi.sanction.designate", "ब्रिटेन ने इस गुट के लड़ाकों को आतंकवादी संगठन घोषित कर दिया।",
     "2024-03-01", ("SANCTION", None, {"GBR"}, {"IMG"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)


def test_a_price_already_paid_is_no_threat(code):
    assert dyads(code("जापान को बंधकों को छुड़ाने में भारी कीमत चुकानी पड़ी थी।"), "THREATEN") == []
