"""Parties English news names together: "X and Y said they ...", "Washington and its allies"."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def _between(got, type_, states):
    """A symmetric event (agreement, meeting) whose participants are exactly ``states``."""
    return any(t == type_ and a | r == frozenset(states) for t, a, r, _ in got)


@pytest.mark.parametrize(("text", "states"), [
    ("Armenia and Georgia said on Monday that they had agreed a ceasefire along the frontier.", {"ARM", "GEO"}),
    ("Peru and Ecuador announced they had agreed to a truce after a week of skirmishes.", {"PER", "ECU"}),
])
def test_they_stands_for_both_states_of_the_subject(code, text, states):
    assert _between(_events(code, text), "AGREE", states)


def test_they_after_a_single_state_stays_that_state(code):
    assert _has(_events(code, "Chile said they would expel the Bolivian consul."), "SANCTION", {"CHL"}, {"BOL"})


def test_a_capital_joined_to_its_allies_is_its_government(code):
    got = _events(code, "Washington and its allies warned the Houthis of serious consequences.")
    assert _has(got, "THREATEN", {"USA"}, {"IMG"})


def test_two_capitals_that_sign_are_their_governments(code):
    assert _between(_events(code, "Moscow and Ankara signed an accord on grain shipments."), "AGREE", {"RUS", "TUR"})


def test_a_city_joined_to_a_city_stays_a_place(code):
    assert _events(code, "Kabul and Kandahar were quiet on Sunday.") == []


@pytest.mark.parametrize(("text", "states"), [
    ("Representatives from Serbia and Kosovo signed four agreements.", {"SRB", "XKX"}),
    ("After the talks, delegates from Nepal and Bhutan signed three memoranda.", {"NPL", "BTN"}),
])
def test_people_from_two_states_are_both_states(code, text, states):
    assert _between(_events(code, text), "AGREE", states)


def test_a_second_verb_shares_the_subject_past_a_prepositional_object(code):
    got = _events(code, "Nepal condemned the bombing of the Indian embassy and praised Indian security forces for their response.")
    assert _has(got, "SUPPORT", {"NPL"}, {"IND"}), got

