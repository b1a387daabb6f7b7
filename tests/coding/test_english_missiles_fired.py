"""A missile fired toward a sea, or on a day, is a weapons test; fired on a state, an attack."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize("text", [
    "TOKYO - Pyongyang launched two missiles toward the Sea of Japan on Monday, officials in Tokyo said.",
    "North Korea fired a short-range ballistic missile on Thursday.",
])
def test_a_missile_fired_at_no_state_is_a_test(code, text):
    got = _events(code, text, "2022-10-14")
    assert _has(got, "MOBILIZE", {"PRK"}, set()), got
    assert not any(t == "ASSAULT" for t, *_ in got)


def test_a_missile_fired_on_a_state_is_an_attack(code):
    assert _has(_events(code, "Russia fired a cruise missile on Odesa on Friday.", "2022-10-14"), "ASSAULT", {"RUS"}, {"UKR"})
