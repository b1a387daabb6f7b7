"""States named as a hyphenated pair or a list before an event noun are its parties (issue:
real news, not our own). Sentences of our own."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("text, type_, states", [
    ("मिस्र-जॉर्डन संयुक्त सैन्य अभ्यास मंगलवार को शुरू हुआ।", "COOPERATE", {"EGY", "JOR"}),
    ("केन्या-तंजानिया वार्ता सोमवार को हुई।", "CONSULT", {"KEN", "TZA"}),
])
def test_a_hyphenated_pair_before_an_event_noun_are_its_two_sides(code, text, type_, states):
    got = dyads(code(text, "2025-03-02"), type_)
    assert any(a | r == states for _, a, r, _ in got), got


def test_a_hyphenated_pair_that_only_names_a_border_is_no_event(code):
    assert not dyads(code("केन्या-तंजानिया सीमा पर आज शांति रही।", "2025-03-02"))


def test_every_state_of_a_list_before_a_joint_exercise_takes_part(code):
    doc = code("फ्रांस, इटली, स्पेन और ग्रीस का भूमध्य नौसेना अभ्यास मंगलवार को शुरू हुआ।", "2025-03-02")
    got = dyads(doc, "COOPERATE")
    assert any(a | r == {"FRA", "ITA", "ESP", "GRC"} for _, a, r, _ in got), dyads(doc)


def test_a_states_royal_navy_is_that_states_navy(code):
    doc = code("भारतीय नौसेना और बहरीन की शाही नौसेना ने द्विपक्षीय समुद्री अभ्यास में भाग लिया।", "2025-03-02")
    got = dyads(doc, "COOPERATE")
    assert any(a | r == {"IND", "BHR"} for _, a, r, _ in got), dyads(doc)
