"""Idioms Hindi news tells events by (पोल खोल दी, शिकंजा कसा, सौदा किया, युद्ध रोकने पर राजी) and
a state's people named in the plural (फलस्तीनियों, भारतीयों), who are that state's."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("sentence", [
    "संयुक्त राष्ट्र में भारत ने पाकिस्तान की पोल खोल दी।",
    "भारत ने पाकिस्तान को दुनिया के सामने बेनकाब किया।",
    "जयशंकर ने पाकिस्तान पर साधा निशाना।",
])
def test_exposing_or_targeting_a_state_in_words_accuses_it(code, sentence):
    assert ("ACCUSE", {"IND"}, {"PAK"}, "asserted") in dyads(code(sentence), "ACCUSE")


def test_screws_tightened_on_a_states_firms_are_a_sanction_and_on_terror_none(code):
    assert ("SANCTION", {"USA"}, {"RUS"}, "asserted") in dyads(code("अमेरिका ने रूसी तेल कंपनियों पर शिकंजा कसा।"), "SANCTION")
    assert dyads(code("पाकिस्तान ने आतंकियों पर शिकंजा कसा।"), "SANCTION") == []


def test_a_deal_made_is_an_agreement(code):
    got = dyads(code("भारत ने फ्रांस से 26 राफेल विमान खरीदने का सौदा किया।"), "AGREE")
    assert got and {"IND", "FRA"} == set().union(*(a | r for _, a, r, _ in got))


def test_two_states_ready_to_stop_fighting_agree_to_a_ceasefire(code):
    got = dyads(code("थाईलैंड और कंबोडिया युद्ध रोकने पर राजी हो गए।"), "AGREE")
    assert got and {"THA", "KHM"} == set().union(*(a | r for _, a, r, _ in got))


def test_blasts_set_off_by_a_state_in_a_city_are_an_attack_on_its_state(code):
    assert ("ASSAULT", {"ISR"}, {"IRN"}, "asserted") in dyads(code("इजरायल ने तेहरान में कई धमाके किए।"), "ASSAULT")


def test_a_states_security_clearance_cancelled_for_anothers_firm_is_a_sanction(code):
    assert ("SANCTION", {"IND"}, {"TUR"}, "asserted") in dyads(
        code("भारत ने तुर्की की कंपनी की सुरक्षा मंजूरी रद्द कर दी।"), "SANCTION")


def test_an_army_leaving_a_region_withdraws_from_its_state(code):
    assert ("RETREAT", {"ISR"}, {"LBN"}, "asserted") in dyads(code("इजरायली सेना दक्षिणी लेबनान से हट गई।"), "RETREAT")


def test_a_states_people_in_the_plural_are_that_state(code):
    assert ("RETREAT", {"ISR"}, {"PSE"}, "asserted") in dyads(code("इजरायल ने 90 फलस्तीनियों को रिहा किया।"), "RETREAT")
    assert ("ASSAULT", {"ISR"}, {"PSE"}, "asserted") in dyads(code("इजरायली हमले में 20 फलस्तीनियों की मौत हो गई।"), "ASSAULT")


def test_illegal_migrants_deported_are_coerced(code):
    assert ("COERCE", {"USA"}, {"IND"}, "asserted") in dyads(
        code("अमेरिका ने अवैध रूप से रह रहे भारतीय नागरिकों को डिपोर्ट किया।"), "COERCE")


def test_advice_given_to_a_state_is_a_request(code):
    assert ("REQUEST", {"IND"}, {"PAK"}, "asserted") in dyads(
        code("भारत ने पाकिस्तान को नसीहत दी कि वह आतंकवाद पर कार्रवाई करे।"), "REQUEST")


def test_people_freed_from_a_states_jail_are_released_by_that_state(code):
    assert ("RETREAT", {"PAK"}, {"IND"}, "asserted") in dyads(
        code("पाकिस्तान की जेल से 22 भारतीय मछुआरों को रिहा कर दिया गया।"), "RETREAT")
    assert dyads(code("पाकिस्तान की जेल से दो कैदी भाग गए।"), "RETREAT") == []


def test_a_protest_at_a_state_names_it_not_whom_the_act_it_protests_befell(code):
    got = dyads(code("ताइवान को हथियार बेचने पर चीन ने अमेरिका से कड़ा विरोध जताया।"), "PROTEST")
    assert ("PROTEST", {"CHN"}, {"USA"}, "asserted") in got and not [d for d in got if "TWN" in d[2]]


def test_the_object_of_a_threatened_punishment_is_still_threatened(code):
    assert ("THREATEN", {"IRN"}, {"ISR"}, "asserted") in dyads(
        code("ईरान के सर्वोच्च नेता ने इजरायल को कड़ी सजा देने की चेतावनी दी।"), "THREATEN")


def test_opening_a_front_against_a_state_accuses_it(code):
    assert ("ACCUSE", {"CHN"}, {"USA"}, "asserted") in dyads(code("चीन ने अमेरिका के खिलाफ मोर्चा खोल दिया है।"), "ACCUSE")


def test_a_state_said_to_pour_oil_on_the_fire_is_accused_by_the_speaker(code):
    assert ("ACCUSE", {"RUS"}, {"USA"}, "asserted") in dyads(
        code("रूसी विदेश मंत्रालय की प्रवक्ता ने कहा कि अमेरिका आग में घी डाल रहा है।"), "ACCUSE")


def test_a_demand_of_one_state_to_leave_another_is_made_of_the_first(code):
    got = dyads(code("यूरोपीय संघ ने रूस से यूक्रेन से अपनी सेनाएं वापस बुलाने की मांग की।"), "REQUEST")
    assert ("REQUEST", {"EUR"}, {"RUS"}, "asserted") in got and not [d for d in got if "UKR" in d[2]]


def test_bases_vacated_in_a_state_are_a_withdrawal_from_it(code):
    assert ("RETREAT", {"FRA"}, {"NER"}, "asserted") in dyads(code("फ्रांस ने नाइजर से अपने सैन्य अड्डे खाली कर दिए।"), "RETREAT")


def test_a_states_court_sentencing_anothers_national_coerces_that_state(code):
    assert ("COERCE", {"RUS"}, {"USA"}, "asserted") in dyads(
        code("रूस की अदालत ने अमेरिकी नागरिक को 10 साल की सजा सुनाई।"), "COERCE")


def test_bombs_dropped_on_a_city_are_an_attack(code):
    assert ("ASSAULT", {"RUS"}, {"UKR"}, "asserted") in dyads(code("रूसी सेना ने खारकीव पर ग्लाइड बम गिराए।"), "ASSAULT")


@pytest.mark.parametrize("sentence", [
    "अमेरिकी विदेश विभाग ने रूस के इस फैसले को अफसोसजनक बताया।",
    "फ्रांस ने रूस के सैन्य अभ्यास को मनोवैज्ञानिक दबाव करार दिया।",
])
def test_another_states_act_called_regrettable_or_pressure_is_criticised(code, sentence):
    got = dyads(code(sentence), "ACCUSE")
    assert got and "RUS" in got[0][2]
