"""How English news tells events, each shape on a sentence we wrote: passives, infinitives,
event nouns, reported speech, coordination, state adjectives, capitals, titles, armed groups."""

import pytest

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    # a passive names its agent after "by" and its other party before the verb
    ("Two Indian fishermen were detained by the Sri Lankan navy on Tuesday.", "COERCE", {"LKA"}, {"IND"}),
    ("Three Thai boats were seized by the Myanmar navy near the maritime border.", "COERCE", {"MMR"}, {"THA"}),
    # a headline drops the auxiliary: "Seven soldiers killed in Taliban attack"
    ("Seven Pakistani soldiers killed in attack by Baloch militants", "ASSAULT", {"IMG"}, {"PAK"}),
])
def test_a_passive_takes_its_agent_after_by(code, text, type_, actors, recipients):
    assert _has(_events(code, text), type_, actors, recipients)


def test_a_passive_without_an_agent_is_no_event(code):
    assert _events(code, "Two journalists were detained on Tuesday.") == []


@pytest.mark.parametrize(("text", "type_", "actors", "recipients", "modality"), [
    # the verb before "to" may only move or time the event: the event is the infinitive's
    ("Washington moved to impose tariffs on Brazilian steel.", "SANCTION", {"USA"}, {"BRA"}, "asserted"),
    ("Australia plans to expel the Iranian ambassador.", "SANCTION", {"AUS"}, {"IRN"}, "future"),
    ("Egypt decided to recall its envoy from Israel.", "SANCTION", {"EGY"}, {"ISR"}, "asserted"),
    # a decision noun: the possessor acts
    ("Serbia welcomed Hungary's move to block the sanctions.", "SUPPORT", {"SRB"}, {"HUN"}, "asserted"),
])
def test_an_infinitive_is_its_controllers_event(code, text, type_, actors, recipients, modality):
    assert _has(_events(code, text), type_, actors, recipients, modality)


def test_a_threat_to_act_is_a_threat_not_the_act(code):
    got = _events(code, "Trump threatened to impose tariffs on Colombia.", "2025-01-27")
    assert _has(got, "THREATEN", {"USA"}, {"COL"}, "asserted")
    assert not any(t == "SANCTION" for t, *_ in got)


def test_an_appeal_to_act_is_a_request_not_the_act(code):
    got = _events(code, "Germany urged Serbia to withdraw its troops from the border.")
    assert _has(got, "REQUEST", {"DEU"}, {"SRB"})
    assert not any(t == "RETREAT" for t, *_ in got)


def test_a_warning_names_the_target_of_what_it_warns_of(code):
    got = _events(code, "Washington warned it could impose new sanctions on Caracas if the talks failed.", "2024-01-30")
    assert _has(got, "THREATEN", {"USA"}, {"VEN"}, "asserted")


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Russia's attack on Kyiv killed nine people.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Israeli strikes killed twelve people in southern Syria.", "ASSAULT", {"ISR"}, {"SYR"}),
    ("Pakistan air strikes hit eastern Afghanistan on Monday.", "ASSAULT", {"PAK"}, {"AFG"}),
    ("Six soldiers from Niger were killed in an ambush by militants.", "ASSAULT", {"IMG"}, {"NER"}),
    ("New sanctions against Iran were announced by the United Kingdom.", "SANCTION", {"GBR"}, {"IRN"}),
    ("The blast that tore through a mosque in Peshawar killed dozens.", "ASSAULT", {"IMG"}, {"PAK"}),
    ("Britain and Norway held talks on energy security.", "CONSULT", {"GBR"}, {"NOR"}),
    ("The India-Japan summit opened in Tokyo.", "CONSULT", {"IND"}, {"JPN"}),
    ("Canada retaliated with tariffs on American steel.", "SANCTION", {"CAN"}, {"USA"}),
    # a phrasal light verb's particle is no word of the noun phrase
    ("Finland carried out air strikes on Estonia on Monday.", "ASSAULT", {"FIN"}, {"EST"}),
    ("Chile has stepped up attacks on Peru.", "ASSAULT", {"CHL"}, {"PER"}),
    ("Ghana handed over relief supplies to Togo.", "AID", {"GHA"}, {"TGO"}),
])
def test_an_event_noun_takes_its_parties_from_the_noun_phrase(code, text, type_, actors, recipients):
    got = _events(code, text)
    if type_ in ("CONSULT", "AGREE", "COOPERATE"):
        assert any(t == type_ and a | r == frozenset(actors | recipients) for t, a, r, _ in got), got
    else:
        assert _has(got, type_, actors, recipients), got


def test_condemning_an_attack_accuses_its_attacker(code):
    got = _events(code, "Indonesia condemned the terrorist attack on a church in Manila.", "2019-01-28")
    assert _has(got, "ACCUSE", {"IDN"}, {"IMG"})
    assert _has(got, "ASSAULT", {"IMG"}, {"PHL"})
    assert not _has(got, "ACCUSE", {"IDN"}, {"PHL"})


def test_condemning_the_attacks_told_before_accuses_who_made_them(code):
    text = ("Tajik forces shelled Kyrgyz border villages on Friday. "
            "Kyrgyzstan strongly condemned these attacks.")
    assert _has(_events(code, text, "2022-09-17"), "ACCUSE", {"KGZ"}, {"TJK"})


def test_dismissing_a_warning_is_a_rejection_and_the_warning_a_threat(code):
    got = _events(code, "Caracas dismissed a warning from the US president that Venezuela faced harsh penalties.",
                  "2019-02-20")
    assert _has(got, "REJECT", {"VEN"}, {"USA"})
    assert _has(got, "THREATEN", {"USA"}, {"VEN"})


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Indian officials said Pakistani troops had fired on Indian posts in Kashmir.", "ASSAULT", {"PAK"}, {"IND"}),
    ("Hezbollah said it fired rockets at an Israeli base.", "ASSAULT", {"IMG"}, {"ISR"}),
    ('"We condemn this attack in the strongest terms," the French foreign minister said.', "ACCUSE", {"FRA"}, {"IMG"}),
    ("Mexico said on Monday that it would file a complaint against Texas authorities with the United States.",
     "ACCUSE", {"MEX"}, {"USA"}),
])
def test_reported_speech_keeps_the_speakers(code, text, type_, actors, recipients):
    got = _events(code, text)
    assert any(t == type_ and a == frozenset(actors) and (r & frozenset(recipients)) for t, a, r, _ in got), got


def test_states_named_together_act_together(code):
    got = _events(code, "Britain and France condemned the missile launch by North Korea.", "2023-07-13")
    assert _has(got, "ACCUSE", {"GBR", "FRA"}, {"PRK"})


def test_a_list_of_targets_is_one_event_each(code):
    got = _events(code, "The United States imposed sanctions on Russia and Belarus.", "2022-03-03")
    assert _has(got, "SANCTION", {"USA"}, {"RUS"}) and _has(got, "SANCTION", {"USA"}, {"BLR"})


def test_coordinated_verbs_share_their_subject(code):
    got = _events(code, "Chinese vessels blocked and rammed Philippine boats near the shoal.", "2024-03-06")
    assert _has(got, "COERCE", {"CHN"}, {"PHL"})
    got = _events(code, "Jaishankar met the Maldivian president and praised India's ties with Male.", "2022-03-27")
    assert _has(got, "SUPPORT", {"IND"}, {"IND"}) or any(t == "CONSULT" for t, *_ in got)


def test_a_relative_clause_before_the_verb_is_skipped(code):
    got = _events(code, "Tobgay, who attended the ceremony in Delhi, congratulated Modi on his victory.", "2014-05-27")
    assert _has(got, "SUPPORT", {"BTN"}, {"IND"})


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Moscow accused Kyiv of shelling the dam.", "ACCUSE", {"RUS"}, {"UKR"}),
    ("Beijing's ambassador was summoned by Manila.", "PROTEST", {"PHL"}, {"CHN"}),
    ("Tehran protested to Baghdad over the raid.", "PROTEST", {"IRN"}, {"IRQ"}),
])
def test_a_capital_speaking_or_spoken_to_is_its_government(code, text, type_, actors, recipients):
    assert _has(_events(code, text), type_, actors, recipients)


def test_a_capital_before_a_noun_is_the_city(code):
    got = _events(code, "Pakistan condemned the Kabul bombing that killed six people.", "2022-09-06")
    assert _has(got, "ACCUSE", {"PAK"}, {"IMG"})
    assert not _has(got, "ACCUSE", {"PAK"}, {"AFG"})


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("The Iranian foreign minister met his Omani counterpart in Muscat.", "CONSULT", {"IRN"}, {"OMN"}),
    ("Kenya's defence ministry accused Somali militants of the raid.", "ACCUSE", {"KEN"}, {"IMG"}),
    ("The foreign minister of Peru met the Chilean ambassador.", "CONSULT", {"PER"}, {"CHL"}),
    # whom an attack hit and where: the people's state and the state of the place, one side
    ("Hamas fighters ambushed Israeli soldiers in Gaza.", "ASSAULT", {"IMG"}, {"ISR", "PSE"}),
    ("RSF paramilitaries shelled a Sudanese army base.", "ASSAULT", {"IMG"}, {"SDN"}),
    ("The Taliban government condemned the Pakistani air raids.", "ACCUSE", {"AFG"}, {"PAK"}),
])
def test_titles_offices_and_armed_groups(code, text, type_, actors, recipients):
    got = _events(code, text, "2024-03-18")
    if type_ == "CONSULT":
        assert any(t == type_ and a | r == frozenset(actors | recipients) for t, a, r, _ in got), got
    else:
        assert _has(got, type_, actors, recipients), got


def test_an_office_named_alone_is_the_datelines_state(code):
    got = _events(code, "Dhaka: The foreign ministry summoned the Myanmar envoy on Sunday.", "2022-09-04")
    assert _has(got, "PROTEST", {"BGD"}, {"MMR"})


def test_an_office_named_again_is_the_state_named_with_it(code):
    text = ("China's commerce ministry criticised the new Dutch export rules. "
            "The ministry also urged the Netherlands to reconsider.")
    assert _has(_events(code, text, "2023-07-01"), "REQUEST", {"CHN"}, {"NLD"})


@pytest.mark.parametrize(("text", "published", "modality"), [
    ("Joe Biden will meet Xi Jinping next week.", "2023-11-10", "future"),
    ("The Japanese prime minister is expected to visit Manila in November.", "2023-10-10", "future"),
    ("Beijing could impose sanctions on Lithuania.", "2021-08-10", "hypothetical"),
    ("If Iran attacks Israel, the United States will retaliate against Iran.", "2024-04-12", "hypothetical"),
    ("India did not condemn Russia.", "2022-03-01", "negated"),
    ("Pakistan refused to condemn Russia.", "2023-07-28", "negated"),
    ("In 2008, India and the United States signed a nuclear agreement.", "2024-03-05", "historical"),
])
def test_modality(code, text, published, modality):
    doc = code(text, published, lang="en")
    assert doc.events and doc.events[0].modality == modality, [(e.type, e.modality) for e in doc.events]


@pytest.mark.parametrize(("text", "published", "date"), [
    ("Egypt hosted the Sudanese army chief on Wednesday.", "2024-03-08", "2024-03-06"),
    ("On March 2, Chinese jets flew near Taiwan and Taiwan condemned China.", "2024-03-08", "2024-03-02"),
    # the date of another clause is not the event's
    ("Israel struck Lebanon, violating the truce agreed last week.", "2024-12-03", "2024-12-03"),
])
def test_dates(code, text, published, date):
    doc = code(text, published, lang="en")
    assert doc.events and doc.events[0].date is not None and doc.events[0].date.value == date


@pytest.mark.parametrize("text", [
    "A local official, who asked not to be named, spoke to reporters.",
    "A trade war between the two countries hurt exporters.",
    "The earthquake that hit Nepal killed 150 people.",
    "Sri Lanka Cricket announced its squad for the Test series against Pakistan.",
    "The Reserve Bank of India kept its policy rate unchanged.",
    "The summit was attended by ministers.",
])
def test_no_event(code, text):
    assert _events(code, text) == []


def test_strikes_on_a_group_inside_a_state_hit_both(code):
    got = _events(code, "American and British jets struck Houthi positions in Yemen.", "2024-01-12")
    assert _has(got, "ASSAULT", {"USA", "GBR"}, {"IMG", "YEM"}), got


def test_a_sea_is_no_state(code):
    got = _events(code, "The Houthis fired a missile at a tanker in the Red Sea.", "2024-01-12")
    assert not any("YEM" in r for _, _, r, _ in got), got


def test_the_two_sides_are_the_two_states_named_last(code):
    text = "Egyptian and Ethiopian negotiators met in Cairo. The two sides agreed to meet again in May."
    assert _has(_events(code, text, "2023-03-05"), "AGREE", {"EGY"}, {"ETH"})


def test_a_call_received_from_a_leader_is_a_call_between_both(code):
    got = _events(code, "The Kenyan president received a phone call from the Tanzanian president on Monday.")
    assert any(t == "CONSULT" and a | r == {"KEN", "TZA"} for t, a, r, _ in got), got


def test_a_go_between_is_no_party(code):
    got = _events(code, "Armenia suspended its participation in US and EU-brokered talks with Azerbaijan.")
    assert not any("USA" in a | r or "EUR" in a | r for _, a, r, _ in got), got


def test_what_a_state_blocks_does_not_happen(code):
    got = _events(code, "Slovakia blocked a new package of EU sanctions against Belarus.")
    assert not any(t in ("SANCTION", "COERCE") for t, *_ in got), got


def test_officials_from_a_state_are_its(code):
    got = _events(code, "Officials from Serbia and Kosovo are expected to resume talks in Brussels next week.",
                  "2023-05-01")
    assert any(t == "CONSULT" and a | r == {"SRB", "XKX"} and m == "future" for t, a, r, m in got), got


@pytest.mark.parametrize(("text", "type_", "parties"), [
    # a headline joins its subjects with a comma
    ("Nepal, Bhutan ink power trade deal", "AGREE", {"NPL", "BTN"}),
    ("Serbian and Kosovar police exchanged heavy fire near the crossing.", "ASSAULT", {"SRB", "XKX"}),
    ("The French president spoke with the Brazilian president by phone.", "CONSULT", {"FRA", "BRA"}),
    ("Japan lent Bangladesh two billion dollars for the metro.", "AID", {"JPN", "BGD"}),
])
def test_more_shapes(code, text, type_, parties):
    got = _events(code, text, "2024-06-10")
    assert any(t == type_ and a | r == frozenset(parties) for t, a, r, _ in got), got


def test_a_pronoun_in_an_opening_phrase_is_the_subject_after_it(code):
    text = "Erdogan met reporters. During his visit to Baku, Shehbaz Sharif held talks with Aliyev."
    got = _events(code, text, "2024-06-10")
    assert not any("TUR" in a | r for _, a, r, _ in got), got
    assert any(t == "CONSULT" and "PAK" in a | r for t, a, r, _ in got), got


def test_a_round_of_talks_is_held(code):
    got = _events(code, "India and China on Monday held the 21st round of corps commander-level talks.", "2024-02-20")
    assert any(t == "CONSULT" and a | r == {"IND", "CHN"} for t, a, r, _ in got), got


def test_a_forum_is_no_party_to_its_summit(code):
    got = _events(code, "The Thai prime minister will attend the ASEAN summit in Laos.", "2024-10-01")
    assert not any("ASEAN" in a | r for _, a, r, _ in got), got


def test_a_vessel_hijacked_by_pirates_is_no_state_attacked(code):
    got = _events(code, "The navy rescued 19 Pakistani sailors from a dhow hijacked by Somali pirates.", "2024-02-02")
    assert not any(t == "ASSAULT" and "PAK" in r for t, _, r, _ in got), got
    assert not any("SOM" in a for _, a, _, _ in got), got


def test_at_least_is_an_amount(code):
    got = _events(code, "A car bomb in Mogadishu killed at least twelve Kenyan soldiers.", "2024-02-02")
    assert any(t == "ASSAULT" and "KEN" in r for t, _, r, _ in got), got


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Turkey handed over 40 tonnes of relief material to Syria on Monday.", "AID", {"TUR"}, {"SYR"}),
    ("Britain announced $30 million in humanitarian assistance for refugees in Chad.", "AID", {"GBR"}, {"TCD"}),
    ("France has provided Moldova with generators before the winter.", "AID", {"FRA"}, {"MDA"}),
    ("The European Parliament passed a resolution condemning Belarus.", "ACCUSE", {"EUR"}, {"BLR"}),
])
def test_amounts_and_double_objects(code, text, type_, actors, recipients):
    assert _has(_events(code, text, "2024-07-13"), type_, actors, recipients)


def test_a_date_opening_the_sentence_dates_its_clauses(code):
    text = "In 2019, India revoked the status of Kashmir, prompting Pakistan to downgrade ties with India."
    got = _events(code, text, "2024-07-13")
    assert _has(got, "SANCTION", {"PAK"}, {"IND"}, "historical")


def test_whether_a_threat_will_come_is_no_threat_made(code):
    got = _events(code, "Beijing did not say whether it would take countermeasures against Canada.", "2024-07-13")
    assert not any(m == "asserted" for *_, m in got), got


def test_a_dateline_names_a_target_only_where_its_state_is_in_view(code):
    text = ("Kathmandu: Nepal and India signed a trade pact on Monday. "
            "Separately, analysts discussed the economy. Rebel fighters said they attacked the convoy.")
    got = _events(code, text, "2024-07-13")
    assert not any(t == "ASSAULT" and "NPL" in r for t, _, r, _ in got), got


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("The Saudi-led coalition struck rebel positions near Sanaa.", "ASSAULT", {"SAU"}, {"IMG"}),
    ("Russia-launched drones hit a power plant in Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Vietnam imposed a ban on Chinese fishing boats in its waters.", "SANCTION", {"VNM"}, {"CHN"}),
    ("Pakistan closed its airspace to Indian airlines.", "SANCTION", {"PAK"}, {"IND"}),
    ("Yerevan suspended its participation in the talks with Baku.", "REJECT", {"ARM"}, {"AZE"}),
])
def test_led_backed_and_trade_measures(code, text, type_, actors, recipients):
    assert _has(_events(code, text, "2024-01-12"), type_, actors, recipients)


def test_a_backer_is_no_party(code):
    got = _events(code, "Iran-backed militias attacked a base in Syria.", "2024-01-12")
    assert not any("IRN" in a for _, a, _, _ in got), got


@pytest.mark.parametrize(("text", "parties"), [
    ("In a meeting with Xi Jinping on Friday, Biden raised Taiwan.", {"USA", "CHN"}),
    ("Jaishankar discussed bilateral ties with Wang Yi in Beijing.", {"IND", "CHN"}),
])
def test_meetings_told_in_passing(code, text, parties):
    got = _events(code, text, "2024-01-12")
    assert any(t == "CONSULT" and a | r == frozenset(parties) for t, a, r, _ in got), got


def test_our_in_a_quotation_is_the_speakers(code):
    text = '"Our troops destroyed two Azerbaijani drones over our territory," the Armenian defence ministry said.'
    got = _events(code, text, "2024-01-17")
    assert _has(got, "ASSAULT", {"ARM"}, {"AZE"}), got


def test_an_attack_condemned_without_an_attacker_is_an_armed_groups(code):
    got = _events(code, '"We condemn the attack on our border post," the Tajik foreign ministry said.', "2024-01-17")
    assert _has(got, "ACCUSE", {"TJK"}, {"IMG"}) and _has(got, "ASSAULT", {"IMG"}, {"TJK"}), got


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("The International Monetary Fund approved a $1.1 billion tranche for Egypt.", "AID", {"IMF"}, {"EGY"}),
    ("The World Bank will provide $700 million to Kenya for roads.", "AID", {"WBK"}, {"KEN"}),
    ("Laos received humanitarian aid from Thailand after the floods.", "AID", {"THA"}, {"LAO"}),
    ("Mongolia's new government asked Russia to extradite the suspect.", "REQUEST", {"MNG"}, {"RUS"}),
])
def test_money_and_receiving(code, text, type_, actors, recipients):
    assert _has(_events(code, text, "2024-09-10"), type_, actors, recipients)


def test_the_host_of_talks_between_others_takes_part(code):
    got = _events(code, "Oman hosted indirect talks between Iran and the United States.", "2025-04-12")
    assert any(t == "CONSULT" and a | r == {"OMN", "IRN", "USA"} for t, a, r, _ in got), got


def test_a_deadline_is_not_the_date_of_the_request(code):
    doc = code("Niger asks France to withdraw its troops by September 3.", "2023-08-20", lang="en")
    ev = next(e for e in doc.events if e.type == "REQUEST")
    assert ev.modality == "asserted" and ev.date.value == "2023-08-20"


def test_a_noun_after_an_adjective_is_a_noun(code):
    text = "Havana dismissed an angry warning from the US president that Cuba faced new penalties."
    got = _events(code, text, "2021-07-13")
    assert _has(got, "REJECT", {"CUB"}, {"USA"}) and _has(got, "THREATEN", {"USA"}, {"CUB"}), got


def test_a_count_opening_the_sentence_is_no_opening_phrase(code):
    text = "At least 14 people were killed when a bomb went off in Quetta, Pakistani police said."
    got = _events(code, text, "2024-04-05")
    assert _has(got, "ASSAULT", {"IMG"}, {"PAK"}), got


def test_breaking_off_ties_of_every_kind(code):
    got = _events(code, "Ecuador decided to break off every kind of diplomatic and trade ties with Mexico.", "2024-04-06")
    assert _has(got, "SANCTION", {"ECU"}, {"MEX"}), got


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("In neighbouring Sudan, the army said its warplanes had struck RSF positions in Khartoum.",
     "ASSAULT", {"SDN"}, {"IMG"}),
    ("The African Union called on both countries to exercise restraint.", "REQUEST", {"AFU"}, {"ERI"}),
    ("Venezuela's president ordered troops to the border with Guyana.", "MOBILIZE", {"VEN"}, {"GUY"}),
])
def test_a_sentence_that_opens_with_its_state(code, text, type_, actors, recipients):
    got = _events(code, "Ethiopia accused Eritrea of massing troops. " + text, "2024-09-10")
    assert _has(got, type_, actors, recipients), got


def test_a_name_the_kb_does_not_know_between_and_and_its_group(code):
    got = _events(code, "Colombia's government and the ELN rebel group agreed to extend the truce.", "2024-09-10")
    assert any(t == "AGREE" and a | r == {"COL", "IMG"} for t, a, r, _ in got), got


def test_the_next_sentence_about_the_same_people_goes_on_that_day(code):
    text = ("Narendra Modi met Sheikh Hasina in Dhaka on Saturday. "
            "Hasina later congratulated Modi on the new rail link.")
    doc = code(text, "2023-11-06", lang="en")
    ev = next(e for e in doc.events if e.type == "SUPPORT")
    assert ev.date.value == "2023-11-04" and ev.place is not None and ev.place.name == "Dhaka"


@pytest.mark.parametrize(("text", "type_", "parties"), [
    ("Russia voiced support for Nicaragua's government.", "SUPPORT", {"RUS", "NIC"}),
    ("Japan expressed gratitude to Taiwan for its help.", "SUPPORT", {"JPN", "TWN"}),
    ("The Pope thanked Jordan for hosting refugees.", "SUPPORT", {"VAT", "JOR"}),
    ("Hungary lifted its veto on Finland's membership.", "CONCEDE", {"HUN", "FIN"}),
    ("The US and the Philippines began their annual exercises on Monday.", "COOPERATE", {"USA", "PHL"}),
    ("China and Russia conducted joint air patrols over the sea.", "COOPERATE", {"CHN", "RUS"}),
])
def test_support_concessions_and_exercises_of_partners(code, text, type_, parties):
    got = _events(code, text, "2024-06-10")
    assert any(t == type_ and a | r == frozenset(parties) for t, a, r, _ in got), got


def test_support_named_in_passing_is_no_event(code):
    got = _events(code, "Washington pressed Iran to end its support of armed groups.", "2024-06-10")
    assert not any(t == "SUPPORT" for t, *_ in got), got


def test_a_call_to_congratulate_is_a_call_and_a_congratulation(code):
    got = _events(code, "The Indian prime minister called Keir Starmer to congratulate him on his win.", "2024-07-06")
    assert any(t == "CONSULT" and a | r == {"IND", "GBR"} for t, a, r, _ in got), got
    assert _has(got, "SUPPORT", {"IND"}, {"GBR"}), got


@pytest.mark.parametrize(("text", "type_", "actors", "recipients"), [
    ("Thailand strongly objected to Cambodia's renaming of the temple.", "PROTEST", {"THA"}, {"KHM"}),
    ("India lodged a strong protest with Nepal over the killing of a trader by its police.", "PROTEST", {"IND"}, {"NPL"}),
    ("Beijing hits back at Manila over sea row", "REJECT", {"CHN"}, {"PHL"}),
])
def test_objections_and_headline_capitals(code, text, type_, actors, recipients):
    assert _has(_events(code, text, "2024-06-10"), type_, actors, recipients)


def test_a_capital_before_a_plural_noun_is_the_city(code):
    got = _events(code, "Qatar condemns Kabul attacks.", "2024-06-10")
    assert _has(got, "ACCUSE", {"QAT"}, {"IMG"}) and not _has(got, "ACCUSE", {"QAT"}, {"AFG"}), got


def test_ready_for_talks_is_an_intent_to_meet(code):
    doc = code("Moscow said it was ready to begin talks with Kyiv.", "2024-06-10", lang="en")
    ev = next(e for e in doc.events if e.type in ("AGREE", "CONSULT"))
    assert (ev.type, ev.cameo, ev.modality) == ("AGREE", "036", "asserted")


def test_drills_a_leader_supervised_are_his_states(code):
    got = _events(code, "The North Korean leader supervised military drills near the border with South Korea.",
                  "2024-06-10")
    assert _has(got, "MOBILIZE", {"PRK"}, {"KOR"}), got
