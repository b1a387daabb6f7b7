"""English news shapes of issue 14 (round 6), each on a sentence we wrote: ambassadors recalled
to a capital or by two states at once; a refusal said as a will ("will never accept", "ruled
out"); a threat by "did not rule out"; war games; police sent to a border; a person captured
is held, not attacked; names given to what another did ("unwarranted", "significant
progress"); a consequence foretold of a clause's subject is the speaker's threat to it."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_an_ambassador_recalled_to_a_capital_is_against_its_state(code):
    assert _has(_events(code, "Colombia recalled its ambassador to Caracas."), "SANCTION", {"COL"}, {"VEN"})


def test_two_states_recalling_their_ambassadors_act_against_each_other(code):
    got = _events(code, "Chile and Peru recalled their ambassadors.")
    assert _has(got, "SANCTION", {"CHL"}, {"PER"}) and _has(got, "SANCTION", {"PER"}, {"CHL"}), got


@pytest.mark.parametrize("text", [
    "Iran will never accept one-sided negotiations with the United States.",
    "The Ukrainian president ruled out any talks with Russia.",
])
def test_a_refusal_said_as_a_will_is_a_rejection_made_now(code, text):
    got = _events(code, text)
    assert any(t == "REJECT" and m == "asserted" for t, _a, _r, m in got), got
    assert not any(t == "CONSULT" and m == "asserted" for t, _a, _r, m in got), got


def test_not_ruling_out_a_measure_is_a_threat(code):
    got = _events(code, "The Ecuadorian minister did not rule out trade restrictions on Colombia.")
    assert _has(got, "THREATEN", {"ECU"}, {"COL"}), got


def test_police_sent_to_a_border_face_the_state_across_it(code):
    assert _has(_events(code, "Poland sent 500 more police to the Belarus border."), "MOBILIZE", {"POL"}, {"BLR"})


def test_a_war_game_is_a_show_of_force(code):
    got = _events(code, "China launched a war game around Taiwan.")
    assert any(t == "MOBILIZE" and a == {"CHN"} for t, a, _r, _m in got), got


def test_a_person_captured_is_held_not_attacked(code):
    got = _events(code, "Pakistani authorities captured an Indian pilot.")
    assert _has(got, "COERCE", {"PAK"}, {"IND"}) and not any(t == "ASSAULT" for t, *_ in got), got


def test_names_given_to_what_another_did(code):
    assert _has(_events(code, "The US calls China's actions unwarranted."), "ACCUSE", {"USA"}, {"CHN"})
    assert _has(_events(code, "The German chancellor called the US position significant progress."),
                "SUPPORT", {"DEU"}, {"USA"})


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("The Estonian premier said further Russian aggression would result in more sanctions.", {"EST"}, {"RUS"}),
    ("Chile will pay a heavy price, the Peruvian president said.", {"PER"}, {"CHL"}),
    ("The Saudi-led coalition said any Yemeni port used for attacks would become a legitimate target.",
     {"SAU"}, {"YEM"}),
])
def test_a_consequence_foretold_of_a_subject_is_the_speakers_threat(code, text, actors, recipients):
    assert _has(_events(code, text), "THREATEN", actors, recipients, "asserted")


def test_a_consequence_that_happened_is_no_threat(code):
    assert not any(t == "THREATEN" for t, *_ in _events(code, "Russia's invasion resulted in sanctions."))


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ('"We exhort Washington to lift the embargo," the Russian foreign ministry said.', {"RUS"}, {"USA"}),
    ('"We urge Moscow to free the sailors," the Ukrainian minister said.', {"UKR"}, {"RUS"}),
])
def test_a_capital_asked_to_act_is_its_government(code, text, actors, recipients):
    assert _has(_events(code, text), "REQUEST", actors, recipients)


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ('"We reiterate the call on North Korea to return to dialogue," the UN spokesman said.',
     "REQUEST", {"UNO"}, {"PRK"}),
    ('"We repeat the condemnation of the Indian strikes," the Pakistani minister said.', "ACCUSE", {"PAK"}, {"IND"}),
])
def test_a_call_or_condemnation_repeated_is_made_again(code, text, type_, actors, recipients):
    assert _has(_events(code, text), type_, actors, recipients)


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("Venezuela on Friday released six detained US citizens.", {"VEN"}, {"USA"}),
    ("Iran released two jailed French nationals on Monday.", {"IRN"}, {"FRA"}),
])
def test_a_participle_before_the_people_freed_is_their_adjective(code, text, actors, recipients):
    assert _has(_events(code, text), "RETREAT", actors, recipients)


def test_a_captured_soldier_freed_is_no_new_capture(code):
    got = _events(code, "Ukraine freed the captured Russian soldiers.")
    assert _has(got, "RETREAT", {"UKR"}, {"RUS"}) and not any(t == "COERCE" for t, *_ in got), got


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("Peru said it could take military action against Chile.", {"PER"}, {"CHL"}),
    ("Iran will take any necessary action against Israel, the foreign minister said.", {"IRN"}, {"ISR"}),
])
def test_force_foretold_by_its_own_side_is_a_threat(code, text, actors, recipients):
    got = _events(code, text)
    assert _has(got, "THREATEN", actors, recipients) and not any(t == "ASSAULT" for t, *_ in got), got


def test_force_foretold_by_a_reporter_stays_a_future_attack(code):
    got = _events(code, "Israel will strike Iran next week, the newspaper reported.")
    assert not any(t == "THREATEN" for t, *_ in got), got


def test_an_act_answering_joint_drills_is_against_both_their_parties(code):
    got = _events(code, "North Korea threatened military action in answer to the joint naval exercises held "
                        "between South Korea and the United States this week.")
    assert _has(got, "THREATEN", {"PRK"}, {"KOR", "USA"}), got


def test_condolences_with_no_one_named_go_to_the_state_just_attacked(code):
    got = _events(code, "Gunmen killed twelve villagers in northern Nigeria on Monday. "
                        "The Ghanaian president offered condolences on Tuesday.")
    assert _has(got, "SUPPORT", {"GHA"}, {"NGA"}), got


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Israel rejected the latest proposal of the Egyptian government.", "REJECT", {"ISR"}, {"EGY"}),
    ("Japan condemned the actions of China.", "ACCUSE", {"JPN"}, {"CHN"}),
])
def test_what_a_state_did_named_by_of_is_its_own(code, text, type_, actors, recipients):
    assert _has(_events(code, text), type_, actors, recipients)


def test_a_name_given_to_an_act_is_not_followed_by_of(code):
    got = _events(code, "North Korea fired a missile on Monday. "
                        "Japan condemned it, calling it a violation of UN resolutions.")
    assert not any(r == {"UNO"} for _t, _a, r, _m in got), got
