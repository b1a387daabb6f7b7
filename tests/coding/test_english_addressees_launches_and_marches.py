"""Causes found across several real articles, each on a sentence we wrote: a request addressed
to states only in general is not made of the state its content names; missiles fired in
retaliation or at a target are no weapons test; a march on a foreign mission is a protest
against its state; condolences that name no one go to the state the story is about."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize("text", [
    "Peru called on Asian nations to condemn Chile's military drills.",
    "Peru called on other countries to keep providing the Chilean people with aid.",
])
def test_a_request_to_states_in_general_is_not_made_of_the_state_it_names(code, text):
    assert not any(t == "REQUEST" for t, *_ in _events(code, text))


def test_a_request_to_a_named_state_still_stands(code):
    assert _has(_events(code, "Peru urged Chile to withdraw its troops."), "REQUEST", {"PER"}, {"CHL"})


@pytest.mark.parametrize("text", [
    "Chile fired several missiles in retaliation for Peruvian airstrikes.",
    "For weeks the rebels have been firing drones and missiles targeting merchant ships.",
])
def test_missiles_fired_in_retaliation_or_at_a_target_are_no_test(code, text):
    assert not any(t == "MOBILIZE" for t, *_ in _events(code, text))


@pytest.mark.parametrize("text", [
    "Thousands of Peruvians marched on the Chilean embassy.",
    "Thousands of supporters of the Peruvian Workers Party marched towards the Chilean embassy in Lima on Sunday.",
])
def test_a_march_on_a_foreign_mission_is_a_protest_against_its_state(code, text):
    assert _has(_events(code, text), "PROTEST", {"PER"}, {"CHL"})


@pytest.mark.parametrize("text", [
    "LIMA: Floods killed 40 people in Peru on Monday. The Chilean president expressed deep sorrow over the loss of lives.",
    "LIMA (Reuters) - Chile's foreign minister offered condolences on Tuesday.",
])
def test_condolences_naming_no_one_go_to_the_state_the_story_is_about(code, text):
    assert _has(_events(code, text), "SUPPORT", {"CHL"}, {"PER"})
