"""English news shapes of issue 14, each on a sentence we wrote: a bloc suspending a member,
prisoner swaps told each way, drills dated by "on <weekday>", what a government "said it
would" do, role words used as adjectives, titles in brackets, merged visits and split dates."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has
from vaarta.text.segment import split_sentences


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("The African Union said on Monday it had suspended Niger from all its activities.", {"AFU"}, {"NER"}),
    ("ECOWAS suspended Guinea on Friday after the soldiers seized power.", {"ECOWAS"}, {"GIN"}),
])
def test_a_bloc_suspending_a_member_is_a_sanction(code, text, actors, recipients):
    assert _has(_events(code, text), "SANCTION", actors, recipients, "asserted")


def test_a_dash_names_the_members_suspended(code):
    got = _events(code, "ECOWAS has suspended three members – Mali, Niger and Guinea – this year.")
    assert {r for t, _a, r, _m in got if t == "SANCTION"} == {frozenset({"MLI"}), frozenset({"NER"}), frozenset({"GIN"})}


def test_suspending_a_treaty_names_no_state_suspended(code):
    assert not any(t == "SANCTION" for t, *_ in _events(code, "Egypt suspended the water accord on Friday."))


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan swapped 40 prisoners each on Sunday.",
    "Qatar mediated an exchange of 60 prisoners of war between Armenia and Azerbaijan on Sunday.",
    "Armenia swapped prisoners with Azerbaijan on Sunday.",
])
def test_a_prisoner_swap_is_a_release_each_way(code, text):
    got = _events(code, text)
    assert _has(got, "RETREAT", {"ARM"}, {"AZE"}) and _has(got, "RETREAT", {"AZE"}, {"ARM"})


def test_prisoners_of_war_name_no_war(code):
    got = _events(code, "Kenya freed 30 prisoners of war from Somalia on Sunday.")
    assert not any(t == "ASSAULT" for t, *_ in got)


def test_on_a_weekday_after_a_launch_dates_it_and_names_no_target(code):
    got = _events(code, "Russia launched large naval drills near Norway on Monday.")
    assert _has(got, "MOBILIZE", {"RUS"}, {"NOR"}) and not any(t == "ASSAULT" for t, *_ in got)


@pytest.mark.parametrize(("text", "modality"), [
    ("Turkey said that it would send 40 tonnes of relief to Syria.", "future"),
    ("Turkey said it would send relief to Syria if the border opened.", "hypothetical"),
])
def test_would_after_a_verb_of_saying_is_the_future_announced(code, text, modality):
    assert _has(_events(code, text), "AID", {"TUR"}, {"SYR"}, modality)


def test_military_before_a_noun_is_an_adjective_not_an_actor(code):
    # the dateline's state must not stand in for a "military confrontation"
    got = _events(code, "LONDON: The UN chief urged both nations, Serbia and Kosovo, to avoid a military confrontation.")
    assert not any("GBR" in r for _t, _a, r, _m in got)
    doc = code("Egypt held military drills near its border with Libya.", "2024-03-05", lang="en")
    assert not any(m.kind == "actor" and m.text == "military" for m in doc.mentions)


def test_a_ruling_junta_is_its_states_actor(code):
    got = _events(code, "Mali's junta asked France on Tuesday to withdraw its soldiers.")
    assert _has(got, "REQUEST", {"MLI"}, {"FRA"})


def test_its_envoy_is_the_subjects_not_the_last_office_named(code):
    got = _events(code, "Chile summoned Peru's ambassador on Monday after its envoy was summoned by Lima.")
    assert _has(got, "PROTEST", {"CHL"}, {"PER"}) and not _has(got, "PROTEST", {"PER"}, {"PER"})


def test_an_adjective_after_an_article_stays_in_the_event_noun(code):
    assert _has(_events(code, "Vietnam lodged a firm protest against China on Tuesday."), "PROTEST", {"VNM"}, {"CHN"})


def test_a_slot_holds_an_object_not_a_preposition(code):
    got = _events(code, "Iranian hardliners have called for Israel's defeat and have threatened to strike its cities.")
    assert not any(t == "CONSULT" for t, *_ in got)


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("Japan and S. Korea condemned the N. Korean missile test.", {"JPN", "KOR"}, {"PRK"}),
])
def test_short_forms_of_the_koreas(code, text, actors, recipients):
    assert _has(_events(code, text), "ACCUSE", actors, recipients)


def test_a_visit_then_meetings_with_two_people_are_two_meetings(code):
    text = ("Egyptian Foreign Minister Sameh Shoukry travelled to Jordan on Sunday. "
            "Shoukry met King Abdullah II in Amman on Sunday. "
            "Shoukry later met Prime Minister Bisher al-Khasawneh in Amman on Sunday.")
    doc = code(text, "2022-03-07", lang="en")
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) >= 2


@pytest.mark.parametrize(("text", "n"), [
    ("The bloc acted after the Jan. 24 coup that ousted him. It met again.", 2),
    ("Sirens sounded after 2 a.m. local time in the capital. Nobody was hurt.", 2),
    ("They met at 9 a.m. The talks ended at noon.", 2),
])
def test_month_and_time_abbreviations_end_no_sentence(text, n):
    assert len(split_sentences(text)) == n


def test_a_subject_it_goes_on_with_the_subject_before(code):
    text = "ECOWAS had met the leaders of Ghana and Togo. On Friday it also suspended Niger."
    assert _has(_events(code, text), "SANCTION", {"ECOWAS"}, {"NER"})
