"""Plain English news sentences that gave no event (issue 14, second round), each on a
sentence we wrote: a recipient after a hyphenated adjective ("quake-hit"), "the government
and people of X", event nouns joined by "and" under one light verb, a "by" list with a title
before a name, a date phrase between subject and verb, characterisations ("called the launch
a provocation"), weapons tests with no target, "the call on X to", drills around a state,
vetoes of what another was to get, "their" for a joint subject, "the start of" exercises,
"the raid was condemned by X" (against the raider, not a raid by X)."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize("text", [
    "Japan sent tents to flood-hit Kenya on Sunday.",
    "Japan sent a third batch of relief supplies to storm-ravaged Kenya.",
])
def test_a_hyphenated_adjective_does_not_hide_the_recipient(code, text):
    assert _has(_events(code, text), "AID", {"JPN"}, {"KEN"})


def test_the_government_and_people_of_a_state_are_that_state(code):
    got = _events(code, "Norway conveyed its condolences to the government and people of Chile on Monday.")
    assert _has(got, "SUPPORT", {"NOR"}, {"CHL"})


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), [
    ("Norway offered sympathy and condolences to Chile after the floods.", "SUPPORT", "NOR", "CHL"),
    ("Japan sent tents and other relief supplies to Kenya.", "AID", "JPN", "KEN"),
])
def test_event_nouns_joined_by_and_share_their_verb_and_recipient(code, text, type_, actor, recipient):
    got = [e for e in _events(code, text) if e[0] == type_]
    assert _has(got, type_, {actor}, {recipient}) and len(got) == 1


def test_a_by_list_with_a_title_before_a_name_keeps_every_agent(code):
    got = _events(code, "The raid on Chad was condemned by Nigeria, its neighbour Niger and the African Union.")
    assert {a for t, a, _r, _m in got if t == "ACCUSE"} >= {frozenset({"NGA"}), frozenset({"NER"}), frozenset({"AFU"})}


def test_a_weapons_test_with_no_target_is_a_mobilisation(code):
    got = _events(code, "North Korea fired a short-range ballistic missile into the ocean on Sunday.")
    assert _has(got, "MOBILIZE", {"PRK"}, set()) and not any(t == "ASSAULT" for t, *_ in got)


def test_calling_a_launch_a_provocation_accuses_its_maker(code):
    text = ("North Korea fired a ballistic missile into the ocean on Sunday. "
            "Japan's prime minister called the launch a grave provocation.")
    got = _events(code, text)
    assert _has(got, "ACCUSE", {"JPN"}, {"PRK"}) and not any(t == "CONSULT" for t, *_ in got)


def test_calling_a_measure_unjustified_is_no_phone_call(code):
    got = _events(code, "Canada's premier called the Mexican duties a foolish blow to Canadian workers.")
    assert not any(t == "CONSULT" for t, *_ in got)


def test_the_call_on_a_state_to_act_is_a_request(code):
    got = _events(code, "The United Nations renewed its call on Myanmar to free the detained leaders.")
    assert _has(got, "REQUEST", {"UNO"}, {"MMR"})


def test_drills_in_the_waters_surrounding_a_state_are_aimed_at_it(code):
    got = _events(code, "Russia began naval drills on Monday in the waters surrounding Japan.")
    assert _has(got, "MOBILIZE", {"RUS"}, {"JPN"})


def test_vetoing_aid_for_a_state_rejects_that_state(code):
    got = _events(code, "Slovakia vetoed a 5 billion euro aid package for Moldova on Friday.")
    assert _has(got, "REJECT", {"SVK"}, {"MDA"})


def test_their_agreement_after_a_joint_subject_names_both(code):
    got = _events(code, "Sudan and Chad on Monday confirmed their agreement on a border truce.")
    assert any(t == "AGREE" and a | r == {"SDN", "TCD"} for t, a, r, _m in got)


def test_the_start_of_joint_exercises_of_two_navies_is_cooperation(code):
    got = _events(code, "The navies of Chile and Peru announced the start of Pacific 7 joint exercises on Monday.")
    assert any(t == "COOPERATE" and a | r == {"CHL", "PER"} for t, a, r, _m in got)


def test_a_condemned_raid_is_no_raid_by_the_condemners(code):
    got = _events(code, "The raid on Chad was condemned by Nigeria.")
    assert _has(got, "ACCUSE", {"NGA"}, {"IMG"}) and not _has(got, "ASSAULT", {"NGA"}, {"TCD"})


def test_a_relative_clause_does_not_cut_a_verb_from_its_subject(code):
    got = _events(code, "Chile condemned the raid that left ten dead, and offered condolences to Peru.")
    assert _has(got, "SUPPORT", {"CHL"}, {"PER"})


def test_a_bloc_agreeing_new_sanctions_imposes_them(code):
    got = _events(code, "The European Union agreed new sanctions on Belarus on Monday.")
    assert _has(got, "SANCTION", {"EUR"}, {"BLR"}) and not any(t == "AGREE" for t, *_ in got)
