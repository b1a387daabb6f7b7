"""Passives with no "by": the summoning ministry after "to", the agent of the same act told before."""

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(code):
    got = _events(code, "Nepal's ambassador to India was summoned to India's foreign ministry on Monday.", "2024-05-14")
    assert _has(got, "PROTEST", {"IND"}, {"NPL"}), got


def test_an_agentless_passive_repeats_the_agent_of_the_same_act(code):
    text = ("The Indonesian navy detained eight Vietnamese fishermen on March 3. "
            "On February 20, another six Vietnamese fishermen were detained.")
    got = _events(code, text, "2024-03-05")
    assert sum(1 for t, a, r, _ in got if t == "COERCE" and a == {"IDN"} and r == {"VNM"}) == 2, got


def test_an_agentless_passive_of_another_state_stays_no_event(code):
    text = "The Indonesian navy detained eight Vietnamese fishermen on March 3. Two Thai journalists were detained later."
    got = _events(code, text, "2024-03-05")
    assert not _has(got, "COERCE", {"IDN"}, {"THA"}), got


def test_an_envoy_accredited_to_a_state_is_summoned_by_it(code):
    got = _events(code, "The ministry summoned the Russian ambassador to Poland on Monday.", "2024-05-14")
    assert _has(got, "PROTEST", {"POL"}, {"RUS"}), got
