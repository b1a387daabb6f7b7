"""Whose forces move: "the withdrawal of French troops" is France's, from the state that announces it."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_the_forces_named_after_a_withdrawal_are_its_agent(code):
    got = _events(code, "Niger on Monday announced the withdrawal of American troops from the country.", "2024-04-22")
    assert _has(got, "RETREAT", {"USA"}, {"NER"}), got


def test_a_state_that_announces_its_own_withdrawal_is_not_its_recipient(code):
    got = _events(code, "Britain announced the withdrawal of British troops.", "2024-04-22")
    assert _has(got, "RETREAT", {"GBR"}, set()), got


@pytest.mark.parametrize("text", [
    "Burkina Faso demanded the withdrawal of French forces.",
    "Burkina Faso called for the withdrawal of French troops within a month.",
])
def test_a_demand_for_a_withdrawal_is_addressed_to_the_forces_state(code, text):
    assert _has(_events(code, text, "2023-01-23"), "REQUEST", {"BFA"}, {"FRA"})
