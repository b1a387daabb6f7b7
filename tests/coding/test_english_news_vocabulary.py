"""Words English news tells events with, each on a sentence we wrote."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    # a promised response of force is a threat
    ("Seoul vowed an overwhelming response against North Korea.", "THREATEN", {"KOR"}, {"PRK"}),
    ("Tehran vowed a crushing response against Israel.", "THREATEN", {"IRN"}, {"ISR"}),
    # solidarity stood in, not only expressed
    ("Bhutan stands in solidarity with Nepal after the floods.", "SUPPORT", {"BTN"}, {"NPL"}),
    ("Kenya said it stood firmly with Ethiopia.", "SUPPORT", {"KEN"}, {"ETH"}),
    ("The Philippine president credited Japan for the rescue effort.", "SUPPORT", {"PHL"}, {"JPN"}),
    # diplomats sent home in other words
    ("Norway ejected three Russian diplomats on Tuesday.", "SANCTION", {"NOR"}, {"RUS"}),
    ("Estonia told two Russian officials to leave the country.", "SANCTION", {"EST"}, {"RUS"}),
    ("Slovakia gave a Russian diplomat 72 hours to leave.", "SANCTION", {"SVK"}, {"RUS"}),
    # an ambassador withdrawn is a recall, not a troop withdrawal
    ("Morocco decided to withdraw its ambassador from Algeria.", "SANCTION", {"MAR"}, {"DZA"}),
])
def test_news_wording_tells_the_event(code, text, type_, actors, recipients):
    assert _has(_events(code, text), type_, actors, recipients)


def test_an_ambassador_withdrawn_is_no_retreat(code):
    got = _events(code, "Morocco withdrew its ambassador in protest on Monday.")
    assert not any(t == "RETREAT" for t, *_ in got)


@pytest.mark.parametrize("text", [
    "Turkey's expulsion of thousands of Syrian refugees angered Damascus.",
    "Iran expelled hundreds of Afghan migrants last month.",
])
def test_people_sent_back_in_numbers_are_no_diplomatic_expulsion(code, text):
    assert not any(t == "SANCTION" for t, *_ in _events(code, text))


def test_the_people_of_a_state_stand_for_it(code):
    got = _events(code, "Sweden expressed solidarity with the people of Turkey after the earthquake.")
    assert _has(got, "SUPPORT", {"SWE"}, {"TUR"})


@pytest.mark.parametrize("text", [
    "India and France kicked off joint naval exercises on Monday.",
    "Indian and French navies completed a joint exercise in the Arabian Sea this week.",
])
def test_exercises_kicked_off_or_completed_are_held(code, text):
    got = _events(code, text)
    assert any(t == "COOPERATE" and a | r == {"IND", "FRA"} for t, a, r, _ in got), got


def test_a_ship_captured_is_seized_not_attacked(code):
    got = _events(code, "British forces captured an Iranian oil tanker off Gibraltar.", "2019-07-05")
    assert _has(got, "COERCE", {"GBR"}, {"IRN"}), got
    assert not any(t == "ASSAULT" for t, *_ in got)


def test_a_guest_greeted_on_arrival_is_no_praise(code):
    got = _events(code, "The Argentine president greeted Lula at the airport.", "2023-01-23")
    assert not any(t == "SUPPORT" for t, *_ in got), got
