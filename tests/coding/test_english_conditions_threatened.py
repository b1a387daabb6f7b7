"""A threat is against the one whose act its condition names: "... if Colombia does not act"."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("Ecuador warned of trade restrictions if Peru does not act.", {"ECU"}, {"PER"}),
    ("Washington warned of consequences if Venezuela refuses the flights.", {"USA"}, {"VEN"}),
    ("South Korea vowed an overwhelming response if North Korea provokes.", {"KOR"}, {"PRK"}),
])
def test_the_condition_names_the_threatened(code, text, actors, recipients):
    assert _has(_events(code, text), "THREATEN", actors, recipients)


def test_a_condition_of_ones_own_names_no_other_party(code):
    got = _events(code, "Ecuador warned of trade restrictions if Ecuador's exports fall.")
    assert not any(t == "THREATEN" and r for t, _a, r, _m in got)
