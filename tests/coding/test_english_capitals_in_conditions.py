"""A capital opening a condition before a verb is its government (issue 14, round 4), on
sentences we wrote: "if Lima refuses" names Peru's government, "in Lima" stays a city."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize("text", [
    "Chile warned of consequences if Lima refuses to take back its citizens.",
    "Chile warned of serious consequences unless Lima changes course.",
])
def test_a_capital_opening_a_condition_is_its_government(code, text):
    assert _has(_events(code, text), "THREATEN", {"CHL"}, {"PER"})
