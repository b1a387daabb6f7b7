"""English news shapes of issue 14 (round 8), each on a sentence we wrote: a breach told with
its speaker after the clause ("X violated Y's airspace, the ministry said") is the speaker's
accusation of the one who did it; before any state has acted, a bare office is the state whose
sovereignty or waters were breached; "it" opening a clause after the main one ("..., as it
urged ...") goes on with the sentence's subject; a strike on a place the KB does not know hits the
state the story is about."""

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_a_breach_with_its_speaker_after_the_clause_is_an_accusation(code):
    text = "Russia breached the grain corridor deal twice overnight, Ukraine's navy said on Sunday."
    assert _has(_events(code, text), "ACCUSE", {"UKR"}, {"RUS"})


def test_a_bare_office_in_a_first_sentence_is_the_state_whose_sovereignty_was_breached(code):
    text = ("Two Chinese survey ships violated Malaysia's sovereignty off the coast of Sarawak, "
            "the foreign ministry said on Tuesday.")
    assert _has(_events(code, text), "ACCUSE", {"MYS"}, {"CHN"})


def test_a_bare_office_said_with_a_date_before_that(code):
    text = "The defence ministry said on Monday that Iranian drones had violated Iraq's airspace."
    assert _has(_events(code, text), "ACCUSE", {"IRQ"}, {"IRN"})


def test_a_dateline_names_the_bare_office_of_a_breach_told_after_the_dash(code):
    text = "MANILA (Reuters) - Beijing violated the maritime accord again, the foreign ministry said Thursday."
    assert _has(_events(code, text), "ACCUSE", {"PHL"}, {"CHN"})


def test_a_breach_said_by_its_own_doer_is_no_accusation(code):
    text = "China violated no rule in the strait, the Chinese foreign ministry said on Friday."
    assert not any(t == "ACCUSE" for t, _a, _r, _m in _events(code, text))


def test_it_after_as_goes_on_with_the_sentence_subject(code):
    text = "Japan sent two envoys to Manila on Friday, as it called on China to end the patrols."
    got = _events(code, text)
    assert _has(got, "REQUEST", {"JPN"}, {"CHN"})
    assert not _has(got, "REQUEST", {"PHL"}, {"CHN"})


def test_it_after_a_quoted_judgement_goes_on_with_the_speaker(code):
    text = 'Canada said Iran\'s moves were "reckless" and "dangerous" as it urged Tehran to free the ship.'
    assert _has(_events(code, text), "REQUEST", {"CAN"}, {"IRN"})


def test_a_relative_when_keeps_it_for_the_noun_before(code):
    text = ("Qatar hosted talks for the group until 2021, when it seized power in Kabul, "
            "and it urged the West to engage with Afghanistan.")
    assert not _has(_events(code, text), "COERCE", {"QAT"}, {"AFG"})


def test_a_strike_on_a_place_the_kb_does_not_know_hits_the_story_state(code):
    text = ("Afghanistan protested to Pakistan over the raids on Monday. "
            "Pakistani air strikes on two villages near Darghundai killed five people, a local official said.")
    assert _has(_events(code, text), "ASSAULT", {"PAK"}, {"AFG"})


def test_a_strike_with_no_state_of_its_own_and_no_story_state_is_not_coded(code):
    text = "Pakistani air strikes on two villages near Darghundai killed five people, a local official said."
    assert not any(t == "ASSAULT" for t, _a, _r, _m in _events(code, text))
