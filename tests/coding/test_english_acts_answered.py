"""An act answering another is against that act's doer (issue 14, round 4), each on a
sentence we wrote: "in response to the Chilean drills" names the doer before its noun; a bare
"in response", or one to an act whose doer it does not name, answers whoever last did something
hostile to the agent; a state saying another violated or breached something accuses it."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize("text", [
    "Lima deployed forces in response to the Chilean drills.",
    "Peru scrambled fighter jets in response to the Chilean drills.",
    "Lima deployed forces in response to Chile's naval manoeuvres.",
])
def test_an_act_in_response_to_a_named_states_act_is_against_it(code, text):
    assert _has(_events(code, text), "MOBILIZE", {"PER"}, {"CHL"})


@pytest.mark.parametrize("text", [
    "Chile held naval drills off the coast of Peru on Monday. In response, Lima said it was deploying troops.",
    "Chile held naval drills off the coast of Peru on Monday. Lima deployed forces in response to the drills.",
    "Chile held naval drills off the coast of Peru on Monday. Peru scrambled jets and moved ships in response.",
])
def test_a_response_naming_no_doer_answers_the_last_hostile_act(code, text):
    assert _has(_events(code, text), "MOBILIZE", {"PER"}, {"CHL"})


@pytest.mark.parametrize("text", [
    "Peru said Chile violated its sovereignty.",
    "Peru said the Chilean drills had breached the treaty.",
    "Peru said that Chile had violated the maritime accord.",
])
def test_a_breach_told_by_a_state_accuses_the_one_named(code, text):
    assert _has(_events(code, text), "ACCUSE", {"PER"}, {"CHL"})
