"""English news shapes of issue 14 (round 4), each on a sentence we wrote: a ship named by
the flag it flies ("a Panamanian-flagged tanker") is that state's."""

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
