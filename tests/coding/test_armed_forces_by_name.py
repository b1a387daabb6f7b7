"""State forces news names by their own names (our sentences): the IDF, Iran's Revolutionary
Guards (IRGC), China's People's Liberation Army, Pakistan's ISPR act for their states."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("text, expected", [
    ("आईआरजीसी ने सऊदी अरब के तेल टैंकर को जब्त किया।", ("COERCE", {"IRN"}, {"SAU"}, "asserted")),
    ("पीपुल्स लिबरेशन आर्मी ने फिलीपींस के पास युद्धाभ्यास शुरू किया।", ("MOBILIZE", {"CHN"}, {"PHL"}, "asserted")),
    ("इजरायली डिफेंस फोर्स ने सीरिया में ईरानी ठिकानों पर हमला किया।", ("ASSAULT", {"ISR"}, {"IRN"}, "asserted")),
    ("आईएसपीआर ने अफगानिस्तान को चेतावनी दी।", ("THREATEN", {"PAK"}, {"AFG"}, "asserted")),
])
def test_a_state_force_named_by_its_own_name_acts_for_its_state(code, text, expected):
    t, a, r, m = expected
    assert any(d[0] == t and d[1] == a and r <= d[2] and d[3] == m for d in dyads(code(text)))
