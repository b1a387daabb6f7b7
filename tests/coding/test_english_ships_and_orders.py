"""English news shapes of issue 14 (round 4), each on a sentence we wrote: a ship named by
the flag it flies ("a Panamanian-flagged tanker") is that state's; troops ordered to advance
to a border are mobilized against the state beyond it; a weekday may stand inside a fixed
phrase ("ordered its army Friday to advance"); a verb after "and" starts a clause of its own
("sanctions on Bolivia and urged Chile to act": Chile is not sanctioned)."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize(("text", "recipient"), [
    ("Iran seized a Panamanian-flagged tanker near the Strait of Hormuz.", "PAN"),
    ("Iran captured a British-flagged oil tanker in the Gulf on Friday.", "GBR"),
    ("Iran seized a Greek-owned tanker off its coast.", "GRC"),
])
def test_a_ship_named_by_its_flag_is_that_states(code, text, recipient):
    assert _has(_events(code, text), "COERCE", {"IRN"}, {recipient})


@pytest.mark.parametrize("text", [
    "Armenia ordered its army to move to the border with Azerbaijan.",
    "Armenia ordered its army Sunday to advance to the border with Azerbaijan.",
])
def test_troops_ordered_to_a_border_are_mobilized_against_the_state_beyond(code, text):
    assert _has(_events(code, text), "MOBILIZE", {"ARM"}, {"AZE"})


def test_a_weekday_may_stand_inside_a_fixed_phrase(code):
    assert _has(_events(code, "Peru recalled Monday its ambassador from Chile."), "SANCTION", {"PER"}, {"CHL"})


@pytest.mark.parametrize(("text", "type_", "recipient"), [
    ("Peru imposed sanctions on Bolivia and urged Chile to act.", "SANCTION", "BOL"),
    ("Peru moved troops to the border with Bolivia and asked Chile to mediate.", "MOBILIZE", "BOL"),
])
def test_a_verb_after_and_starts_a_clause_of_its_own(code, text, type_, recipient):
    got = _events(code, text)
    assert _has(got, type_, {"PER"}, {recipient}), got
    assert not any(t == type_ and "CHL" in r for t, _a, r, _m in got), got
