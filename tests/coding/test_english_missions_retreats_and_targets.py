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


def test_meeting_the_ministers_of_two_states_is_two_meetings(code):
    got = english_events(code, "The Indian foreign minister met the foreign ministers of Chile and Peru on Monday.")
    assert has(got, "CONSULT", {"IND"}, {"CHL"}) and has(got, "CONSULT", {"IND"}, {"PER"}), got
    # one summit of all of them stays one meeting
    got = english_events(code, "The Indian foreign minister held a trilateral meeting with Chile and Peru.")
    assert not has(got, "CONSULT", {"IND"}, {"CHL"}), got


def test_indias_external_affairs_minister_by_his_initials(code):
    got = english_events(code, "EAM meets the foreign minister of Kenya in Nairobi.")
    assert any(t == "CONSULT" and "IND" in a | r and "KEN" in a | r for t, a, r, _ in got), got
