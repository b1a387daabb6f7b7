"""English news: aid pledged, sent or approved, and aid told as teams, flights or an amount
(issue 14). Sentences of our own."""

import pytest

from tests.coding.dyads import english_events, has

CASES = [
    ("Canada pledged $5 million in humanitarian assistance to Nepal.", "CAN", "NPL"),
    ("Japan dispatched a medical team to Turkey after the earthquake.", "JPN", "TUR"),
    ("Australia earmarked 40 million dollars in flood relief for Pakistan.", "AUS", "PAK"),
]


@pytest.mark.parametrize("text,giver,receiver", CASES, ids=[c[1] for c in CASES])
def test_aid_pledged_sent_or_extended_is_aid(code, text, giver, receiver):
    got = english_events(code, text)
    assert has(got, "AID", {giver}, {receiver}, "asserted"), got


def test_an_amount_in_loans_is_the_loans(code):
    got = english_events(code, "The European Union approved 18 billion euros in loans for Ukraine.")
    assert has(got, "AID", {"EUR"}, {"UKR"}), got
