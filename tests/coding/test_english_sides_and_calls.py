"""The two sides of a conflict asked as one ("urged both sides", "all parties"), and contact by
telephone between counterparts ("called his counterpart", "will talk again")."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize("text", [
    "Israel struck Iran on Friday. Belgium urged both sides to show restraint.",
    "Iran warned Israel of a heavy price. Belgium called for all parties to exercise utmost restraint.",
    "Israel struck Iran on Friday. In Brussels, Belgium called on the two sides to step back.",
])
def test_both_sides_are_the_two_sides_of_the_conflict_told(code, text):
    got = _events(code, text)
    assert _has(got, "REQUEST", {"BEL"}, {"ISR", "IRN"}), got


def test_both_sides_after_a_conflict_skip_states_named_since(code):
    got = _events(code, "India and Pakistan traded fire on Friday. China, which borders both, urged both sides to stop.")
    assert _has(got, "REQUEST", {"CHN"}, {"IND", "PAK"}), got


def test_it_quoting_a_statement_is_the_speaker_of_the_sentence_before(code):
    text = ('The Israeli strike on Gaza "deepens the crisis," the Jordanian foreign ministry said. '
            'It "called on all parties to exercise restraint."')
    got = _events(code, text)
    assert _has(got, "REQUEST", {"JOR"}, {"ISR", "PSE"}), got


@pytest.mark.parametrize(("text", "actor", "partner"), [
    ("Kenya's army chief called his Ugandan counterpart on Sunday.", "KEN", "UGA"),
    ("The director general of military operations of Kenya contacted his Ugandan counterpart.", "KEN", "UGA"),
    ("The Director General of Military Operations (DGMO) of Kenya contacted his Ugandan counterpart.", "KEN", "UGA"),
    ("Chile's foreign minister reached out to his Peruvian counterpart after the incident.", "CHL", "PER"),
])
def test_calling_a_counterpart_is_a_phone_consultation(code, text, actor, partner):
    got = _events(code, text)
    assert any(t == "CONSULT" and a | r == {actor, partner} for t, a, r, _ in got), got


def test_calling_a_counterpart_names_is_no_call(code):
    assert not any(t == "CONSULT" for t, *_ in _events(code, "Kenya's president called his Ugandan counterpart a liar."))
