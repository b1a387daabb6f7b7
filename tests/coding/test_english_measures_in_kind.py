"""Measures in kind: a reciprocal measure is against whoever acted first; a state adjective
before a pause is no title of the person named after it."""

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_a_reciprocal_measure_answers_the_last_measure(code):
    got = _events(code, "The United States imposed tariffs on Canadian steel. Canada responded with retaliatory "
                        "measures on Monday.", "2025-03-05")
    assert _has(got, "SANCTION", {"CAN"}, {"USA"}), got


def test_a_state_adjective_before_a_comma_stands_for_its_state(code):
    got = _events(code, "Trump slapped tariffs on all Mexican goods, after which Sheinbaum adopted a reciprocal measure.",
                  "2025-03-05")
    assert _has(got, "SANCTION", {"USA"}, {"MEX"}), got
    assert _has(got, "SANCTION", {"MEX"}, {"USA"}), got
