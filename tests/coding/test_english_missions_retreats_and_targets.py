"""English news: crowds outside a foreign mission, a meeting called a retreat, forces declared
targets (issue 14). Sentences of our own."""

from tests.coding.dyads import english_events, has


def test_a_crowd_gathered_outside_a_foreign_mission_protests_against_its_state(code):
    got = english_events(code, "Hundreds of Peruvians gathered outside the Bolivian embassy in Lima.")
    assert has(got, "PROTEST", {"PER"}, {"BOL"}), got


def test_a_retreat_named_after_a_body_is_a_meeting_not_a_withdrawal(code):
    got = english_events(code, "The minister took part in the ASEAN retreat in Jakarta.")
    assert not [e for e in got if e[0] == "RETREAT"], got
    # a state's forces that retreat still do
    got = english_events(code, "The US will retreat from northern Syria.")
    assert has(got, "RETREAT", {"USA"}, {"SYR"}, "future"), got


def test_forces_declared_targets_are_threatened(code):
    got = english_events(code, "Hezbollah said it would regard Israeli gas platforms as legitimate targets.")
    assert has(got, "THREATEN", {"IMG"}, {"ISR"}), got


def test_the_day_told_between_the_verb_and_its_object_is_skipped(code):
    got = english_events(code, "Ghana summoned on Tuesday the Nigerian high commissioner.")
    assert has(got, "PROTEST", {"GHA"}, {"NGA"}), got
