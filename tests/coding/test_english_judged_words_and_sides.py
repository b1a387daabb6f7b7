"""Round en19: whose words a judgement is against ("the remarks made by X", "in the strongest
terms"), a participle after a reported clause, a capital after "blaming", a body's spokesperson, a
threat made after an attack, a condition kept to its own clause."""

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_remarks_made_by_a_state_are_judged_against_it(code):
    got = _events(code, "Chile on Tuesday denounced the statements issued by Peruvian ministers.", "2024-05-14")
    assert _has(got, "ACCUSE", {"CHL"}, {"PER"}), got


def test_remarks_by_a_leader_are_judged_against_his_state(code):
    got = _events(code, "Ghana sharply criticised remarks by Togo's president about the border.", "2024-05-14")
    assert _has(got, "ACCUSE", {"GHA"}, {"TGO"}), got


def test_a_manner_phrase_does_not_hide_the_judged_object(code):
    got = _events(code, "Nepal condemned in the strongest possible terms the remarks of Bhutanese officials.", "2024-05-14")
    assert _has(got, "ACCUSE", {"NPL"}, {"BTN"}), got


def test_a_participle_after_a_reported_clause_is_the_speakers(code):
    got = _events(code, "Uganda said the talks were pointless now, blaming Kenya for the delay.", "2024-05-14")
    assert _has(got, "ACCUSE", {"UGA"}, {"KEN"}), got


def test_a_capital_after_a_participle_of_blame_is_its_government(code):
    got = _events(code, "Cuba walked out of the summit, blaming Caracas.", "2024-05-14")
    assert _has(got, "ACCUSE", {"CUB"}, {"VEN"}), got


def test_the_spokesperson_of_a_states_ministry_speaks_for_that_state(code):
    got = _events(code, "Chile's Foreign Ministry spokesperson accused Lima of stalling.", "2024-05-14")
    assert _has(got, "ACCUSE", {"CHL"}, {"PER"}), got


def test_a_threat_made_after_an_attack_is_against_the_attacker(code):
    got = _events(code, "Armenia warned on Sunday it would respond firmly after Azerbaijani drone strikes hit two villages.",
                  "2024-05-14")
    assert _has(got, "THREATEN", {"ARM"}, {"AZE"}), got


def test_a_condition_of_an_earlier_clause_leaves_the_next_one_asserted(code):
    text = "Japan warned Beijing would regret it if it sent more ships, and Australia demanded China halt the patrols."
    got = _events(code, text, "2024-05-14")
    assert _has(got, "REQUEST", {"AUS"}, {"CHN"}, "asserted"), got
