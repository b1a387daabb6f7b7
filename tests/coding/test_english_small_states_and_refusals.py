"""Small states named by their adjective ("Togolese", "Uruguayan"), an ethnic people that is
no state ("ethnic Albanian"), and refusals told by "ruled out" and "dismissed ... as"."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize(("text", "states"), [
    ("The Togolese foreign minister met Ghana's president in Accra.", {"TGO", "GHA"}),
    ("Argentina's envoy held talks with Uruguayan officials.", {"ARG", "URY"}),
    ("Fijian and Tongan ministers signed a fisheries pact.", {"FJI", "TON"}),
    ("The Zambian president met a Malawian delegation.", {"ZMB", "MWI"}),
])
def test_a_small_states_adjective_is_that_state(code, text, states):
    got = _events(code, text)
    assert any(a | r == frozenset(states) for _, a, r, _ in got), got


def test_an_ethnic_people_is_no_state(code):
    got = _events(code, "Serbian police blocked the ethnic Albanian mayor from entering the town hall.")
    assert not any("ALB" in a | r for _, a, r, _ in got), got


@pytest.mark.parametrize("text", [
    "Armenia ruled out ceding the two villages to Azerbaijan.",
    "Azerbaijan shelled Armenian positions on Monday. Armenia's prime minister ruled out ceding any land.",
    "Armenia accused Azerbaijan of blocking the talks. Yerevan has ruled out ceding the villages, warning of more losses.",
])
def test_ruling_out_a_concession_rejects_the_other_side(code, text):
    got = _events(code, text)
    assert _has(got, "REJECT", {"ARM"}, {"AZE"}), got


def test_ceding_land_to_a_state_is_a_concession(code):
    assert _has(_events(code, "Armenia ceded four villages to Azerbaijan."), "CONCEDE", {"ARM"}, {"AZE"})
