"""English news shapes of issue 14 (round 3), each on a sentence we wrote: a participle
opening the sentence takes the subject after its comma; a capital asked "to" do something is
its government; refusing to accept or allow is a rejection; waivers and reprieves are
concessions; a guest "received by" a host meets him; condemning a coup is against the state
it happened in; a test condemned in the sentence after it is the tester's."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("While announcing counter-tariffs on Chilean goods, the Peruvian president said they would start soon.",
     "SANCTION", {"PER"}, {"CHL"}),
    ("After meeting the Kenyan president in Nairobi, the Ugandan leader flew home.", "CONSULT", {"UGA"}, {"KEN"}),
])
def test_an_opening_participle_takes_the_subject_after_its_comma(code, text, type_, actors, recipients):
    assert _has(_events(code, text), type_, actors, recipients)


def test_a_capital_called_on_to_act_is_its_government(code):
    got = _events(code, "The Estonian premier called for Moscow to end its pressure on the border.")
    assert _has(got, "REQUEST", {"EST"}, {"RUS"})


@pytest.mark.parametrize("text", [
    "The Chilean envoy declined to accept the Peruvian demand.",
    "Peru refused to allow Chilean navy ships to dock in Callao.",
    "Lima refused to let Chilean military aircraft land.",
])
def test_refusing_to_accept_or_allow_is_a_rejection(code, text):
    got = _events(code, text)
    assert any(t == "REJECT" and r & {"PER", "CHL"} and m == "asserted" for t, _a, r, m in got), got


@pytest.mark.parametrize("text", [
    "Germany later extended the reprieve to Poland.",
    "Germany granted a waiver to Poland on Monday.",
])
def test_a_waiver_or_reprieve_is_a_concession(code, text):
    assert _has(_events(code, text), "CONCEDE", {"DEU"}, {"POL"})


def test_a_guest_received_by_a_host_is_a_meeting(code):
    got = _events(code, "The Kenyan president was received by the Ugandan president in Kampala on Friday.")
    assert any(t == "CONSULT" and a | r == {"KEN", "UGA"} for t, a, r, _m in got), got


@pytest.mark.parametrize("text", [
    "The African Union condemned the coup in Niger.",
    "Soldiers seized power in Niger on Wednesday. The coup was condemned by the African Union.",
])
def test_condemning_a_coup_accuses_the_state_it_happened_in(code, text):
    assert _has(_events(code, text), "ACCUSE", {"AFU"}, {"NER"})


def test_a_test_condemned_after_it_is_told_accuses_the_tester(code):
    got = _events(code, "North Korea fired a ballistic missile into the sea on Tuesday. "
                        "Japan condemned the test on Wednesday.")
    assert _has(got, "ACCUSE", {"JPN"}, {"PRK"})


def test_a_school_test_is_no_weapons_test(code):
    got = _events(code, "Indian students sat a national entrance test in Delhi on Monday.")
    assert not any(t == "MOBILIZE" for t, *_ in got)


def test_coup_leaders_given_a_deadline_tell_no_coup(code):
    got = _events(code, "The African Union gave the coup leaders in Niger four days to step down.")
    assert not any(t == "COERCE" for t, *_ in got), got


@pytest.mark.parametrize("text", [
    "Britain pulled out of the deal in May.",
    "After the British withdrawal from the nuclear accord, Iran resumed enrichment.",
])
def test_leaving_a_deal_is_no_withdrawal_of_forces(code, text):
    assert not any(t == "RETREAT" for t, *_ in _events(code, text))


def test_forces_withdrawn_from_a_town_leave_its_state(code):
    assert _has(_events(code, "Russian troops withdrew from Kherson on Friday."), "RETREAT", {"RUS"}, {"UKR"})


def test_artillery_shells_sent_are_military_aid_not_shelling(code):
    got = _events(code, "Germany will send 20,000 artillery shells to Ukraine next year.")
    assert _has(got, "AID", {"DEU"}, {"UKR"}) and not any(t == "ASSAULT" for t, *_ in got), got


def test_leaders_who_clash_trade_words_not_fire(code):
    got = _events(code, "The Kenyan president and the Ugandan president have often clashed over trade.")
    assert not any(t == "ASSAULT" for t, *_ in got), got


def test_troops_who_clash_still_fight(code):
    assert any(t == "ASSAULT" for t, *_ in _events(code, "Indian and Chinese troops clashed in Ladakh on Monday."))


def test_calling_what_another_did_regrettable_is_a_criticism(code):
    got = _events(code, "The Japanese government called the presence of Chinese ships in its waters very regrettable.")
    assert _has(got, "ACCUSE", {"JPN"}, {"CHN"})


def test_sorrow_over_deaths_in_a_state_is_a_condolence_to_it(code):
    assert _has(_events(code, "The Saudi king expressed deep sorrow over the deaths in Pakistan."), "SUPPORT", {"SAU"}, {"PAK"})
