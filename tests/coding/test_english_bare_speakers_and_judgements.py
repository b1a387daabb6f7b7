"""English news shapes of issue 14 (round 7), each on a sentence we wrote: a bare office or a
statement with no author speaks for the state the story is about, and so does the "we" of its
quotation, also when the quotation runs on into the next sentence; a judgement said with a
copula ("said X's actions were unwarranted") is a criticism; a gerund's "of" names what was done
to whom ("the shelling of X by Y", "the capturing of a pilot by its forces"); "the three
countries" are the three states named before."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_a_bare_ministry_speaks_for_the_state_the_story_is_about(code):
    text = ("Indonesia condemned the seizure of its fishing boats by China on Friday. "
            "The foreign ministry urged Beijing to release the crew.")
    assert _has(_events(code, text), "REQUEST", {"IDN"}, {"CHN"})


def test_a_bare_spokesperson_speaks_for_the_state_the_story_is_about(code):
    text = ("Norway condemned the arrest of two of its sailors by Russia. "
            "The spokesperson urged Moscow to free them at once.")
    assert _has(_events(code, text), "REQUEST", {"NOR"}, {"RUS"})


def test_an_office_of_a_body_the_kb_does_not_know_is_not_the_story_state(code):
    text = ("Japan condemned the missile launch by North Korea. "
            "Alliance spokesman Kenji Sato warned Pyongyang of consequences.")
    assert not any(a == {"JPN"} and t == "THREATEN" for t, a, _r, _m in _events(code, text))


def test_we_in_a_statement_with_no_author_is_the_story_state(code):
    text = ('The US condemned the seizure of a tanker by Iran on Tuesday. '
            '"We urge Iran to release the ship and its crew at once," the statement read.')
    assert _has(_events(code, text), "REQUEST", {"USA"}, {"IRN"})


def test_we_in_a_quotation_running_on_into_the_next_sentence_is_its_speaker(code):
    text = ('The US condemned the seizure of a tanker by Iran on Tuesday. '
            '"The seizure breaks the law of the sea," the statement read. '
            'It added: "The seizure comes at a bad time.\nWe urge Iran to release the ship and its crew at once."')
    assert _has(_events(code, text), "REQUEST", {"USA"}, {"IRN"})


@pytest.mark.parametrize("text", [
    'Japan said China\'s actions were "unwarranted".',
    "Japan said the Chinese drills were not acceptable.",
    "Japan said that the Chinese drills constituted a violation of its sovereignty.",
])
def test_a_judgement_said_with_a_copula_is_a_criticism(code, text):
    assert _has(_events(code, text), "ACCUSE", {"JPN"}, {"CHN"})


def test_a_judgement_of_no_one_is_no_criticism(code):
    assert not any(t == "ACCUSE" for t, *_ in _events(code, "Japan said the talks with China were long."))


def test_the_shelling_of_a_town_by_troops_hits_the_town_state(code):
    got = _events(code, "India condemned the shelling of Poonch by Pakistani troops.")
    assert _has(got, "ASSAULT", {"PAK"}, {"IND"}) and _has(got, "ACCUSE", {"IND"}, {"PAK"}), got


def test_the_capturing_of_a_pilot_by_its_forces_is_the_subject_state_holding_him(code):
    got = _events(code, "Pakistan confirmed the capturing of an Indian pilot by its forces on Wednesday.")
    assert _has(got, "COERCE", {"PAK"}, {"IND"}), got


def test_the_three_countries_are_the_three_states_named_before(code):
    text = ("The vote was 11 in favour and three abstentions: Brazil, Kenya and Japan. "
            "The Russian envoy thanked the three countries that had abstained.")
    got = _events(code, text)
    assert all(_has(got, "SUPPORT", {"RUS"}, {c}) for c in ("BRA", "KEN", "JPN")), got


def test_a_ceasefire_line_is_no_agreement(code):
    text = "India and Pakistan fought a war. A ceasefire line divides Kashmir between the two countries."
    assert not any(t == "AGREE" for t, *_ in _events(code, text))


@pytest.mark.parametrize("text", [
    "China's seizure of two Japanese boats was an unacceptable breach of the law of the sea, the Japanese minister said.",
    '"China\'s move is not acceptable," the Japanese foreign minister said.',
    "The Japanese minister said China is irresponsible.",
])
def test_a_judgement_with_the_speaker_after_or_outside_the_quotation_is_a_criticism(code, text):
    assert _has(_events(code, text), "ACCUSE", {"JPN"}, {"CHN"})


@pytest.mark.parametrize("text", [
    "India is unhappy, the minister said.",
    "The Indian minister said the talks with Pakistan were long.",
    "The Indian minister said it was unacceptable.",
])
def test_a_copula_with_no_judgement_or_no_owner_is_no_criticism(code, text):
    assert not any(t == "ACCUSE" for t, *_ in _events(code, text))


def test_forces_called_appropriate_are_still_forces_sent(code):
    text = "China began drills near Taiwan. Taiwan said it dispatched appropriate forces in response to the drills."
    assert _has(_events(code, text), "MOBILIZE", {"TWN"}, {"CHN"})
