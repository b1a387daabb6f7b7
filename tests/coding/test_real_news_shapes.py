"""How real Hindi news says things, each pinned with a sentence of our own: the vocabulary of
every type and the constructions that carry events (issue: real news, not our own)."""

import pytest


def _events(doc):
    return {(e.type, frozenset(a.country for a in e.actors), frozenset(r.country for r in e.recipients))
            for e in doc.events}


def _has(doc, type_, actors, recipients):
    return (type_, frozenset(actors), frozenset(recipients)) in _events(doc) or (
        type_ in ("CONSULT", "AGREE", "COOPERATE")
        and any(t == type_ and a | r == frozenset(actors) | frozenset(recipients) for t, a, r in _events(doc)))


# One sentence per vocabulary item that news uses and our first frames did not know.
VOCABULARY = [
    ("मोदी ने वीडियो कॉन्फ्रेंसिंग के जरिए ऑस्ट्रेलिया के प्रधानमंत्री से बातचीत की।", "CONSULT", {"IND"}, {"AUS"}),
    ("जर्मनी के चांसलर ने अपने फ्रांसीसी समकक्ष के साथ गुफ्तगू की।", "CONSULT", {"DEU"}, {"FRA"}),
    ("नेपाल ने भूकंप के बाद मिली मदद के लिए भारत को धन्यवाद दिया।", "SUPPORT", {"NPL"}, {"IND"}),
    ("कनाडा ने ब्राजील को जीत पर मुबारकबाद दी।", "SUPPORT", {"CAN"}, {"BRA"}),
    ("ईरान ने अमेरिका को हमले के लिए जिम्मेदार ठहराया।", "ACCUSE", {"IRN"}, {"USA"}),
    ("चीन ने अमेरिका की नीति की तीखी आलोचना की।", "ACCUSE", {"CHN"}, {"USA"}),
    ("अमेरिका ने कनाडा पर 25 फीसदी टैरिफ लगा दिया।", "SANCTION", {"USA"}, {"CAN"}),
    ("रूस ने यूक्रेन पर भारी गोलाबारी की।", "ASSAULT", {"RUS"}, {"UKR"}),
    ("इजरायल ने लेबनान में ड्रोन हमले किए।", "ASSAULT", {"ISR"}, {"LBN"}),
    ("भारत ने श्रीलंका को 50 करोड़ डॉलर का ऋण दिया।", "AID", {"IND"}, {"LKA"}),
    ("अमेरिका ने यूक्रेन को हथियारों की आपूर्ति की।", "AID", {"USA"}, {"UKR"}),
    ("उत्तर कोरिया ने अमेरिका को गंभीर परिणाम भुगतने की चेतावनी दी।", "THREATEN", {"PRK"}, {"USA"}),
    ("संयुक्त राष्ट्र ने रूस से युद्ध रोकने का आह्वान किया।", "REQUEST", {"UNO"}, {"RUS"}),
    ("भारत ने पाकिस्तान पर आतंकियों को सौंपने का दबाव डाला।", "REQUEST", {"IND"}, {"PAK"}),
    ("चीन ने फिलीपींस के दावे को सिरे से खारिज कर दिया।", "REJECT", {"CHN"}, {"PHL"}),
    ("प्रदर्शनकारियों ने ढाका में भारत के खिलाफ विरोध-प्रदर्शन किया।", "PROTEST", {"BGD"}, {"IND"}),
    ("चीन ने ताइवान के आसपास लाइव फायर ड्रिल की।", "MOBILIZE", {"CHN"}, {"TWN"}),
    ("श्रीलंका ने भारतीय मछुआरों की गिरफ्तारी की।", "COERCE", {"LKA"}, {"IND"}),
    # English words in Devanagari, as many outlets write them
    ("रूस ने यूक्रेन पर ड्रोन अटैक किया।", "ASSAULT", {"RUS"}, {"UKR"}),
    ("ताइवान ने चीन के खिलाफ लाइव फायर एक्सरसाइज की।", "MOBILIZE", {"TWN"}, {"CHN"}),
    ("ईरान ने अमेरिका को वॉर्निंग दी।", "THREATEN", {"IRN"}, {"USA"}),
    ("भारत और यूएई ने व्यापार एग्रीमेंट पर साइन किए।", "AGREE", {"IND"}, {"ARE"}),
    ("पीएम मोदी ने मालदीव के राष्ट्रपति से की मुलकात", "CONSULT", {"IND"}, {"MDV"}),
    ("रूस ने यूक्रेन पर आक्रमण किया।", "ASSAULT", {"RUS"}, {"UKR"}),
    ("अमेरिका के विदेश मंत्री चीन पर बरसे।", "ACCUSE", {"USA"}, {"CHN"}),
    ("भारत ने पाकिस्तान के दावे का खंडन किया।", "REJECT", {"IND"}, {"PAK"}),
    ("नेपाल ने भारत से मदद की गुजारिश की।", "REQUEST", {"NPL"}, {"IND"}),
    ("भारत और चीन ने सीमा पर गश्त के नए इंतजाम पर हामी भरी।", "AGREE", {"IND"}, {"CHN"}),
    ("हमास ने तीन इजरायली बंधकों को मुक्त कर दिया।", "RETREAT", {"IMG"}, {"ISR"}),
    ("अमेरिका ने चीन द्वारा दो कनाडाई नागरिकों की हिरासत को अवैध बताया।", "ACCUSE", {"USA"}, {"CHN"}),
    ("भारत ने पाकिस्तान से गिरफ्तार व्यक्ति तक राजनयिक पहुंच मांगी।", "REQUEST", {"IND"}, {"PAK"}),
    ("भारत ने ईरान के साथ बंदरगाह के संचालन के अनुबंध पर हस्ताक्षर किए।", "AGREE", {"IND"}, {"IRN"}),
]


@pytest.mark.parametrize("text,type_,actors,recipients", VOCABULARY, ids=[v[1] + str(i) for i, v in enumerate(VOCABULARY)])
def test_news_vocabulary(code, text, type_, actors, recipients):
    doc = code(text, "2025-03-10")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_a_place_in_the_clause_is_the_target_of_a_strike(code):
    doc = code("रूसी सेना ने खारकीव शहर में मिसाइल हमले किए।", "2024-05-20")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert {r.country for r in ev.recipients} == {"UKR"}
    assert ev.place is not None and ev.place.name == "Kharkiv"


def test_an_attack_with_no_named_group_is_by_unnamed_attackers_against_the_state_where_it_happened(code):
    doc = code("कुपवाड़ा में आतंकी हमले में तीन नागरिकों की जान चली गई।", "2024-10-21")
    assert _has(doc, "ASSAULT", {"IMG"}, {"IND"})


def test_condemning_an_attack_accuses_the_attacker_never_the_condemner(code):
    doc = code("कुपवाड़ा में आतंकी हमले में तीन नागरिकों की जान चली गई। फ्रांस ने इस हमले की कड़ी निंदा की "
               "और पीड़ितों के परिवारों के प्रति संवेदना व्यक्त की।", "2024-10-21")
    assert _has(doc, "ACCUSE", {"FRA"}, {"IMG"})
    assert _has(doc, "SUPPORT", {"FRA"}, {"IND"})
    assert not any(e.type == "ASSAULT" and "FRA" in {a.country for a in e.actors} for e in doc.events)


def test_condemning_an_attack_no_one_was_named_for_accuses_unnamed_attackers(code):
    doc = code("जापान ने बलूचिस्तान में हुए हमले की निंदा की।", "2025-03-12")
    assert _has(doc, "ACCUSE", {"JPN"}, {"IMG"})


def test_meetings_with_several_counterparts_are_one_event_each(code):
    doc = code("विदेश मंत्री ने मिस्र, केन्या और घाना के विदेश मंत्रियों से अलग-अलग मुलाकात की।", "2024-09-25")
    pairs = {frozenset(e.participants()) for e in doc.events if e.type == "CONSULT"}
    assert pairs == {frozenset({"IND", c}) for c in ("EGY", "KEN", "GHA")}


def test_a_meeting_of_all_of_them_stays_one_event(code):
    doc = code("भारत, जापान और ऑस्ट्रेलिया के बीच त्रिपक्षीय वार्ता हुई।", "2024-09-25")
    assert [frozenset(e.participants()) for e in doc.events if e.type == "CONSULT"] == [frozenset({"IND", "JPN", "AUS"})]


@pytest.mark.parametrize("text", [
    "अमेरिका ने ईरान पर नए प्रतिबंध लगाने की धमकी दी।",
    "यूक्रेन ने यूरोपीय संघ से रूस पर और प्रतिबंध लगाने की मांग की।",
])
def test_a_threatened_or_demanded_sanction_is_not_a_sanction(code, text):
    doc = code(text, "2025-01-10")
    assert "SANCTION" not in {e.type for e in doc.events}
    assert doc.events  # the threat or the demand itself is coded


def test_a_threatened_attack_is_a_threat(code):
    doc = code("हिजबुल्लाह ने इजरायल पर बड़े हमले की धमकी दी।", "2024-08-01")
    assert {e.type for e in doc.events} == {"THREATEN"}


def test_an_accusation_names_the_accused_in_its_that_clause(code):
    doc = code("सर्बिया ने आरोप लगाया कि कोसोवो ने सीमा पर पुलिस बल भेजा।", "2024-03-02")
    assert _has(doc, "ACCUSE", {"SRB"}, {"XKX"}) or _has(doc, "ACCUSE", {"SRB"}, {"KOS"})


def test_the_pronoun_of_an_accusation_is_the_accused(code):
    doc = code("अजरबैजान ने आर्मेनिया पर आरोप लगाया कि उसने सीमा चौकियों पर ड्रोन से हमला किया।", "2024-02-13")
    assert _has(doc, "ACCUSE", {"AZE"}, {"ARM"})
    assert _has(doc, "ASSAULT", {"ARM"}, {"AZE"})
    assert not _has(doc, "ASSAULT", {"AZE"}, {"AZE"})


def test_a_warning_names_whom_it_warns_in_its_that_clause(code):
    doc = code("इराक ने चेतावनी दी कि यदि तुर्की ने सीमा पार हमले जारी रखे तो संबंध बिगड़ेंगे।", "2024-07-01")
    assert _has(doc, "THREATEN", {"IRQ"}, {"TUR"})


@pytest.mark.parametrize("text,actor,recipient", [
    ("वेनेजुएला ने कहा कि अगर गुयाना ने तेल क्षेत्र में खुदाई जारी रखी तो उसे अंजाम भुगतना पड़ेगा।", "VEN", "GUY"),
    ("मिस्र ने कहा कि यदि इथियोपिया बांध भरता है तो मिस्र कड़ी कार्रवाई करेगा।", "EGY", "ETH"),
    ("ब्रिटेन ने कहा कि अगर अर्जेंटीना ने द्वीपों पर दावा जारी रखा, ब्रिटेन माकूल जवाब देगा।", "GBR", "ARG"),
])
def test_a_conditional_threat_threatens_the_agent_of_the_condition(code, text, actor, recipient):
    doc = code(text, "2024-05-05")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert [({a.country for a in e.actors}, {r.country for r in e.recipients}, e.modality) for e in threats] == \
        [({actor}, {recipient}, "asserted")]


def test_a_second_agent_after_a_comma_is_a_clause_of_its_own(code):
    doc = code("उत्तर कोरिया ने दो क्रूज मिसाइलें दागीं, दक्षिण कोरिया ने कड़ा विरोध जताया।", "2024-04-22")
    assert _has(doc, "MOBILIZE", {"PRK"}, set())
    assert _has(doc, "PROTEST", {"KOR"}, {"PRK"})
    assert not any(e.type == "MOBILIZE" and "KOR" in {a.country for a in e.actors} for e in doc.events)


def test_a_list_of_agents_before_ne_stays_one_clause(code):
    doc = code("ब्रिटेन, फ्रांस और जर्मनी ने ईरान के मिसाइल हमले की निंदा की।", "2024-04-14")
    accusers = {a.country for e in doc.events if e.type == "ACCUSE" for a in e.actors}
    assert accusers == {"GBR", "FRA", "DEU"}


def test_a_tour_of_several_states_is_one_visit_to_each(code):
    doc = code("ब्रिटिश संसद के स्पीकर ने केन्या, तंजानिया और युगांडा का दौरा किया।", "2024-02-20")
    visited = {r.country for e in doc.events if e.type == "CONSULT" for r in e.recipients}
    assert visited == {"KEN", "TZA", "UGA"}
    assert {a.country for e in doc.events for a in e.actors} == {"GBR"}


def test_an_official_residence_is_the_place_of_the_meeting(code):
    doc = code("मुंबई। प्रधानमंत्री ने हैदराबाद हाउस में ब्राजील के राष्ट्रपति से बातचीत की।", "2024-09-10")
    meeting = next(e for e in doc.events if e.type == "CONSULT")
    assert meeting.place is not None and meeting.place.name == "New Delhi"


@pytest.mark.parametrize("text,type_,actor,recipient", [
    ("ब्रिटेन ने ईरानी अधिकारियों पर लगाए नए प्रतिबंध", "SANCTION", "GBR", "IRN"),
    ("फ्रांस ने रूसी राजदूत को किया तलब", "PROTEST", "FRA", "RUS"),
])
def test_a_headline_may_put_the_light_verb_first(code, text, type_, actor, recipient):
    assert _has(code(text, "2024-03-01"), type_, {actor}, {recipient})


def test_a_genitive_before_a_predicate_noun_is_not_its_verb(code):
    doc = code("विपक्ष ने सरकार की निंदा प्रस्ताव पर चर्चा की।", "2024-03-01")
    assert "ACCUSE" not in {e.type for e in doc.events}


@pytest.mark.parametrize("text,type_,actor,recipient", [
    ("जापान ने चीनी इस्पात कंपनियों पर प्रतिबंध लगाया।", "SANCTION", "JPN", "CHN"),
    ("लेबनान पर इजरायली हवाई हमले में दस लोगों की मौत हो गई।", "ASSAULT", "ISR", "LBN"),
])
def test_a_state_adjective_takes_the_role_of_the_phrase_it_opens(code, text, type_, actor, recipient):
    assert _has(code(text, "2024-10-01"), type_, {actor}, {recipient})


def test_a_state_adjective_with_no_role_of_its_own_is_no_party(code):
    doc = code("भारत ने रूस से रियायती दर पर कच्चा तेल खरीदा, अमेरिकी डॉलर में भुगतान नहीं हुआ।", "2024-10-01")
    assert "USA" not in {a.country for e in doc.events for a in e.actors + e.recipients}


def test_the_taliban_government_is_afghanistan(code):
    doc = code("तालिबान सरकार ने पाकिस्तान के हवाई हमलों की कड़ी निंदा की।", "2025-10-12")
    assert _has(doc, "ACCUSE", {"AFG"}, {"PAK"})


def test_an_organ_of_a_state_named_by_genitive_is_that_state(code):
    doc = code("अफ्रीकी संघ ने माली की अंतरिम सरकार को चेतावनी दी।", "2024-02-01")
    assert _has(doc, "THREATEN", {"AFU"}, {"MLI"})


def test_west_african_states_act_as_ecowas(code):
    doc = code("इकोवास ने गिनी के सैन्य शासकों पर प्रतिबंध लगाए।", "2021-09-17")
    assert _has(doc, "SANCTION", {"ECOWAS"}, {"GIN"})


@pytest.mark.parametrize("text,actors,recipients", [
    ("विदेश मंत्री ने जॉर्डन नरेश के साथ अम्मान में बैठक की।", {"IND"}, {"JOR"}),
    ("तुर्की के खुफिया प्रमुख ने हमास के राजनीतिक प्रमुख से मुलाकात की।", {"TUR"}, {"IMG"}),
])
def test_monarchs_and_chiefs_act_for_their_state_or_group(code, text, actors, recipients):
    assert _has(code(text, "2024-05-02"), "CONSULT", actors, recipients)


def test_after_an_event_a_second_agent_opens_its_own_clause(code):
    doc = code("अमेरिका और जापान ने संयुक्त नौसैनिक अभ्यास के बाद चीन ने ताइवान के पास युद्धपोत तैनात किए।", "2024-05-20")
    assert not any(e.type == "COOPERATE" and "CHN" in e.participants() for e in doc.events)
    assert _has(doc, "MOBILIZE", {"CHN"}, {"TWN"})


def test_a_capital_before_another_states_mission_is_only_where_it_is(code):
    doc = code("ईरान ने तेहरान के ब्रिटिश दूतावास के प्रभारी को तलब किया।", "2024-01-09")
    protests = {(frozenset(a.country for a in e.actors), frozenset(r.country for r in e.recipients))
                for e in doc.events if e.type == "PROTEST"}
    assert protests == {(frozenset({"IRN"}), frozenset({"GBR"}))}


def test_rejecting_accusations_rejects_the_accuser(code):
    doc = code("सर्बिया ने कोसोवो पर हिंसा भड़काने का आरोप लगाया। प्रिस्टिना ने इन आरोपों को खारिज कर दिया।", "2023-09-25")
    rejects = [e for e in doc.events if e.type == "REJECT"]
    assert rejects and {r.country for e in rejects for r in e.recipients} == {"SRB"}


@pytest.mark.parametrize("text,visitor,host", [
    ("भारत का प्रतिनिधिमंडल गुरुवार को ढाका जा रहा है।", "IND", "BGD"),
    ("विदेश मंत्री कल रियाद के लिए रवाना हुए।", "IND", "SAU"),
])
def test_setting_out_for_a_place_is_a_visit_there(code, text, visitor, host):
    assert _has(code(text, "2024-06-06"), "CONSULT", {visitor}, {host})


def test_a_passive_future_is_no_journey(code):
    doc = code("पाकिस्तान के साथ इस मुद्दे पर बातचीत की जा रही है और फैसला किया जाएगा।", "2024-06-06")
    assert "CONSULT" not in {e.type for e in doc.events if e.mode == "visit"}


@pytest.mark.parametrize("published,code_", [("2019-03-01", "IMG"), ("2023-03-01", "AFG")])
def test_an_armed_group_that_took_power_acts_for_the_state_from_that_day(code, published, code_):
    doc = code("चीन के विशेष दूत ने तालिबान के नेताओं से मुलाकात की।", published)
    assert _has(doc, "CONSULT", {"CHN"}, {code_})


def test_rebels_fighting_in_a_state_are_an_armed_group_of_that_state(code):
    doc = code("माली में विद्रोहियों ने संयुक्त राष्ट्र के शांति सैनिकों के अड्डे पर हमला किया।", "2024-02-03")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert attacks and {a.country for a in attacks[0].actors} == {"IMG", "MLI"}
    assert {r.country for r in attacks[0].recipients} == {"UNO"}


def test_an_army_and_a_paramilitary_group_fighting_is_an_armed_clash(code):
    doc = code("इथियोपियाई सेना और एक अर्धसैनिक समूह ने रविवार को संघर्ष किया।", "2024-02-04")
    assert any(e.type == "ASSAULT" and e.participants() == {"ETH", "IMG"} for e in doc.events)


def test_an_invitation_to_come_is_no_visit_yet(code):
    doc = code("रूस ने चीनी राष्ट्रपति को मॉस्को आने का न्योता दिया।", "2025-03-10")
    assert {(e.type, e.modality) for e in doc.events} == {("AGREE", "asserted")}  # CAMEO 036, as PLOVER
    assert doc.events[0].rule == "hi.agree.invite"


def test_warships_sent_near_a_state_are_a_show_of_force_not_aid(code):
    doc = code("चीन ने ताइवान के पास युद्धपोत और लड़ाकू विमान भेजे।", "2024-10-14")
    assert {e.type for e in doc.events} == {"MOBILIZE"}


def test_a_gas_cylinder_blast_is_no_attack(code):
    doc = code("दिल्ली में गैस सिलेंडर के धमाके में तीन लोगों की मौत हो गई।", "2024-10-14")
    assert not doc.events


@pytest.mark.parametrize("text,type_,actor,host", [
    ("मालदीव के राष्ट्रपति मुइज्जू रविवार को भारत पहुंचे। राष्ट्रपति द्रौपदी मुर्मू ने सोमवार को उनका भव्य स्वागत किया।",
     "hi.consult.host", "MDV", "IND"),
    ("नेपाल के प्रधानमंत्री बुधवार को दिल्ली आए। गुरुवार को प्रधानमंत्री मोदी ने उनसे मुलाकात की।",
     "hi.consult.mulaqat", "NPL", "IND"),
])
def test_an_object_pronoun_is_the_visitor_just_named(code, text, type_, actor, host):
    doc = code(text, "2024-10-07")
    later = [e for e in doc.events if e.rule == type_]
    assert later and {a.country for a in later[0].actors} | {r.country for r in later[0].recipients} == {actor, host}


def test_their_after_a_named_party_is_theirs(code):
    doc = code("सीरिया के अलेप्पो में लड़ाई जारी है। रूसी सेना ने विद्रोहियों और उनके ठिकानों पर बमबारी की।", "2024-12-01")
    strikes = [e for e in doc.events if e.type == "ASSAULT" and {a.country for a in e.actors} == {"RUS"}]
    assert strikes and {r.country for r in strikes[0].recipients} == {"IMG", "SYR"}


def test_what_the_accused_is_said_to_have_done_is_theirs(code):
    doc = code("आर्मेनिया ने अजरबैजान पर सीमा पर तोपों से हमला करने का आरोप लगाया।", "2022-09-13")
    assert _has(doc, "ASSAULT", {"AZE"}, {"ARM"})
    assert _has(doc, "ACCUSE", {"ARM"}, {"AZE"})
    assert not _has(doc, "ASSAULT", {"ARM"}, {"AZE"})


@pytest.mark.parametrize("text", [
    "ट्रंप प्रशासन ने ईरान की तेल कंपनियों पर नए प्रतिबंध लगाए।",
    "डोनाल्ड ट्रम्प प्रशासन ने ईरान की तेल कंपनियों पर नए प्रतिबंध लगाए।",  # the nasal written with म्
])
def test_a_leaders_administration_is_the_leaders_state(code, text):
    assert _has(code(text, "2025-05-02"), "SANCTION", {"USA"}, {"IRN"})


def test_a_strike_is_not_where_the_attacker_files_from(code):
    doc = code("तेहरान। ईरान की सेना ने बीती रात इजराइल के ठिकानों पर मिसाइलों से हमला बोला।", "2024-10-02")
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert strikes and strikes[0].place is None or strikes[0].place.country != "IRN"


def test_rebels_who_take_a_city_of_their_own_state_are_the_armed_group(code):
    doc = code("सीरिया में विद्रोही गुट ने अलेप्पो शहर पर कब्जा कर लिया है।", "2024-12-01")
    assert _has(doc, "ASSAULT", {"IMG"}, {"SYR"})


def test_condemning_a_joint_exercise_condemns_its_members_together(code):
    doc = code("चीन ने अमेरिका, जापान और फिलीपींस के संयुक्त हवाई अभ्यास की कड़ी निंदा की।", "2025-03-25")
    condemn = [e for e in doc.events if e.type == "ACCUSE"]
    assert len(condemn) == 1 and {r.country for r in condemn[0].recipients} == {"USA", "JPN", "PHL"}


def test_condemning_separate_acts_of_several_states_is_one_event_each(code):
    doc = code("रूस ने सीरिया में अमेरिकी और तुर्की सैनिकों की मौजूदगी की आलोचना की।", "2021-09-14")
    condemn = [e for e in doc.events if e.type == "ACCUSE"]
    assert sorted(tuple(r.country for r in e.recipients) for e in condemn) == [("TUR",), ("USA",)]


def test_the_state_whose_decision_it_was_did_it(code):
    doc = code("बांग्लादेश ने ढाका स्थित अपने दूतावास से तीन कर्मचारियों को निष्कासित किए जाने के म्यांमार के फैसले पर नाराजगी जताई।",
               "2024-03-02")
    assert _has(doc, "SANCTION", {"MMR"}, {"BGD"})
    assert not any(e.type in ("SANCTION", "COERCE") and {a.country for a in e.actors} == {"BGD"} for e in doc.events)


def test_a_demand_to_free_a_seized_ship_is_made_of_its_seizer(code):
    doc = code("ईरान ने होर्मुज के पास एक तेल टैंकर को जब्त कर लिया। ब्रिटेन ने टैंकर की फौरन रिहाई की मांग की।", "2019-07-20")
    assert _has(doc, "REQUEST", {"GBR"}, {"IRN"})


def test_aircraft_sent_around_a_state_are_a_show_of_force(code):
    doc = code("जापान को घेरने के लिए रूस ने भेजे 10 एयरक्राफ्ट", "2024-05-02")
    assert _has(doc, "MOBILIZE", {"RUS"}, {"JPN"})


@pytest.mark.parametrize("text", [
    "इजरायल के ज्यादातर रिहा किए गए बंधक स्वस्थ हैं।",  # the released, not a release
    "अमेरिकी नौसेना ने हूतियों के मिसाइल हमले को नाकाम किया।",  # a foiled attack hit no one
    "ट्रंप की सत्ता में वापसी के बाद चीन ने पहला सैन्य अभ्यास किया।",  # a return to office
    "पाकिस्तानी उच्चायुक्त शाम चार बजे भारत के विदेश मंत्रालय पहुंचे।",  # a summoned envoy
    "म्यांमार के सैनिक भाग कर मिजोरम पहुंचे।",  # soldiers who fled
])
def test_no_event_where_news_only_names_its_aftermath(code, text):
    doc = code(text, "2025-03-10")
    assert not [e for e in doc.events if e.type in ("RETREAT", "ASSAULT", "CONSULT")], \
        [(e.type, e.rule) for e in doc.events]


def test_a_when_clause_has_a_subject_of_its_own(code):
    doc = code("चीन की नाराजगी ऐसे समय सामने आई है, जब फिलीपींस के राष्ट्रपति जापान के दौरे से लौटे हैं।", "2023-04-08")
    visits = [e for e in doc.events if e.type == "CONSULT"]
    assert not any("CHN" in {a.country for a in e.actors} | {r.country for r in e.recipients} for e in visits)


def test_the_object_may_stand_before_the_subject(code):
    doc = code("अमेरिका की इस कार्रवाई की चीन के विदेश मंत्रालय ने कड़ी आलोचना की।", "2024-05-02")
    assert _has(doc, "ACCUSE", {"CHN"}, {"USA"})


def test_both_armies_are_the_two_parties_named(code):
    doc = code("भारत और फ्रांस ने दोनों सेनाओं के बीच तालमेल बढ़ाने पर सहमति जताई।", "2024-05-02")
    assert _has(doc, "AGREE", {"IND"}, {"FRA"})


def test_what_is_agreed_on_is_not_done_yet(code):
    doc = code("जापान और भारत ने संयुक्त अभ्यास का दायरा बढ़ाने पर सहमति जताई।", "2024-05-02")
    assert {e.type for e in doc.events} == {"AGREE"}


@pytest.mark.parametrize("text,actor,recipient", [
    ("ऑस्ट्रेलिया ने चीन के एक राजनयिक को तीन दिन में देश छोड़ने का आदेश दिया।", "AUS", "CHN"),
    ("जर्मनी की सरकार ने एक रूसी राजनयिक को देश छोड़ने के लिए कहा।", "DEU", "RUS"),
])
def test_ordering_a_diplomat_out_is_an_expulsion(code, text, actor, recipient):
    assert _has(code(text, "2024-05-02"), "SANCTION", {actor}, {recipient})


def test_condolences_in_a_quote_name_the_attack_as_a_setting(code):
    doc = code("प्रवक्ता ने कहा कि भारत काबुल में कल हुए आतंकी हमले में जान गंवाने वालों के परिजनों के प्रति संवेदना व्यक्त करता है।",
               "2024-05-02")
    assert not [e for e in doc.events if "IND" in {a.country for a in e.actors} and e.type == "ASSAULT"]
    assert not [e for e in doc.events if e.type == "ASSAULT" and "IND" in {r.country for r in e.recipients}]


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("दोनों नेताओं की बातचीत के बाद भारत और नेपाल ने कई करारों पर दस्तखत किए।", "AGREE", {"IND"}, {"NPL"}),
    ("सीमा पर रूस के हमले में यूक्रेन के छह सैनिक मारे गए।", "ASSAULT", {"RUS"}, {"UKR"}),
    ("आर्मेनिया और अजरबैजान के बीच तीन दिन का युद्धविराम हुआ है।", "RETREAT", {"ARM"}, {"AZE"}),
    ("ईरान ने इजराइल पर ड्रोन से हमला किया। इजराइल ने कहा कि वह इस हमले का करारा जवाब देगा।", "THREATEN", {"ISR"}, {"IRN"}),
    ("ईरान ने चेतावनी दी कि यदि इजराइल ने पलटवार किया तो इजराइल को कठोर जवाब मिलेगा और भारी कीमत चुकानी होगी।", "THREATEN", {"IRN"}, {"ISR"}),
    ("समझौते के तहत इजरायल ने फिलिस्तीन के तीस कैदी छोड़ दिए।", "RETREAT", {"ISR"}, {"PSE"}),
])
def test_more_of_how_news_tells_events(code, text, type_, actors, recipients):
    doc = code(text, "2024-10-02")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_a_passive_progressive_is_no_journey(code):
    doc = code("इस हमले को हानिया की हत्या से जोड़कर देखा जा रहा है।", "2024-10-02")
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_relative_clause_does_not_negate_a_threat(code):
    doc = code("रूस ने कहा कि अगर नाटो ने सेना भेजी तो उसे ऐसे जवाब का सामना करना पड़ेगा जो उसने कभी नहीं देखा।", "2024-10-02")
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats and threats[0].modality == "asserted"


@pytest.mark.parametrize("text,type_,actors,recipients", [
    # a party of no state before the true one does not stop the search
    ("बोलीविया ने विपक्ष के नेता को समर्थन देने पर स्पेन के राजदूत को निष्कासित कर दिया।", "SANCTION", {"BOL"}, {"ESP"}),
    # a name in parentheses takes the postposition after them
    ("सूडान की सेना ने रैपिड सपोर्ट फोर्स (आरएसएफ) पर ओमदुरमान में हमला किया।", "ASSAULT", {"SDN"}, {"IMG"}),
    # a building named for a capital is no government
    ("सूडानी सेना ने आरएसएफ को खदेड़कर राष्ट्रपति भवन पर कब्जा कर लिया।", "ASSAULT", {"SDN"}, {"IMG"}),
    ("जापान ने दक्षिण कोरिया को रसायन बेचने पर लगाई गई रोक को हटाने का फैसला किया।", "CONCEDE", {"JPN"}, {"KOR"}),
    ("बहरीन ने कतर के साथ लगने वाली सीमाओं को फिर से चालू कर दिया।", "CONCEDE", {"BHR"}, {"QAT"}),
    ("कनाडा ने स्टील पर शुल्क वृद्धि के अमेरिका के फैसले का जवाब जवाबी शुल्क से दिया।", "SANCTION", {"USA"}, {"CAN"}),
    # a hyphenated name holds no demonstrative ("जे-इन" is not "इन")
    ("अगले महीने जापान के प्रधानमंत्री टोक्यो में कोरिया के राष्ट्रपति मून जे-इन से बात करेंगे।", "CONSULT", {"JPN"}, {"KOR"}),
])
def test_still_more_of_how_news_tells_events(code, text, type_, actors, recipients):
    doc = code(text, "2024-10-02")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_a_nasal_before_a_palatal_may_be_written_with_na(code):
    doc = code("जापान के प्रधानमंत्री शिन्जो आबे ने भारत के प्रधानमंत्री से मुलाकात की।", "2019-12-21")
    meeting = [e for e in doc.events if e.type == "CONSULT"]
    assert meeting and any(a.name and "Abe" in a.name for e in meeting for a in e.actors + e.recipients)


@pytest.mark.parametrize("text,absent", [
    ("भारतीय क्रिकेट टीम अगले महीने ऑस्ट्रेलिया दौरे पर जाएगी।", "CONSULT"),  # a team's tour
    ("स्पेन की टीम ने दूसरे हाफ में शानदार वापसी की।", "RETREAT"),  # a comeback in a match
    ("फ्रांस ने एक रूसी नागरिक को जासूसी के आरोप में गिरफ्तार किया।", "ACCUSE"),  # the charge of an arrest
])
def test_words_of_sport_and_of_charges_are_not_these_events(code, text, absent):
    assert absent not in {e.type for e in code(text, "2024-10-02").events}


def test_drones_shot_down_over_ones_own_land_are_no_attack_on_oneself(code):
    doc = code("यूक्रेन में रात भर में आए चालीस ड्रोन यूक्रेनी वायु रक्षा बलों ने मार गिराए।", "2024-10-02")
    assert not [e for e in doc.events if e.type == "ASSAULT" and
                {a.country for a in e.actors} == {r.country for r in e.recipients}]


def test_relief_as_a_figure_of_speech_is_no_aid(code):
    doc = code("रूस ने कहा कि यह प्रस्ताव यूक्रेनी सेना को राहत देने की चाल है।", "2025-03-06")
    assert "AID" not in {e.type for e in doc.events}


def test_summoning_ones_own_official_is_no_protest(code):
    doc = code("भारत के विदेश सचिव ने तुर्की के राजदूत को तलब किया।", "2020-02-17")
    assert [({a.country for a in e.actors}, {r.country for r in e.recipients}) for e in doc.events
            if e.type == "PROTEST"] == [({"IND"}, {"TUR"})]


@pytest.mark.parametrize("text,type_,actors,recipients", [
    # a region of a state names whose people were seized
    ("श्रीलंकाई नौसेना ने केरल के बारह मछुआरों को गिरफ्तार कर लिया।", "COERCE", {"LKA"}, {"IND"}),
    ("पाकिस्तानी एजेंसी ने गुजरात के बीस मछुआरों को हिरासत में लिया।", "COERCE", {"PAK"}, {"IND"}),
    ("विदेश मंत्रालय ने पाकिस्तान के उच्चायुक्त को समन भेजा।", "PROTEST", {"IND"}, {"PAK"}),
])
def test_regions_and_summons_as_news_names_them(code, text, type_, actors, recipients):
    doc = code(text, "2024-03-10")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_a_formal_protest_is_lodged_with_another_state(code):
    doc = code("भारत ने अपने उच्चायुक्त के साथ हुए दुर्व्यवहार पर विरोध दर्ज कराया।", "2024-03-10")
    assert not [e for e in doc.events if e.type == "PROTEST" and
                {a.country for a in e.actors} & {r.country for r in e.recipients}]


@pytest.mark.parametrize("text,type_,actors,recipients", [
    # condolences go to the state where the disaster struck
    ("तुर्की में आए भूकंप में सैकड़ों लोगों की मौत पर भारत ने गहरी संवेदना प्रकट की।", "SUPPORT", {"IND"}, {"TUR"}),
    ("इस कठिन समय में भारत नेपाल के साथ एकजुटता से खड़ा है।", "SUPPORT", {"IND"}, {"NPL"}),
    # a meeting told with its counterpart, or as having taken place, is an event even as a setting
    ("भारत आए घाना के राष्ट्रपति के साथ व्यापक बातचीत के बाद प्रधानमंत्री ने नए ऋण की घोषणा की।", "CONSULT", {"IND"}, {"GHA"}),
    ("भारत और जापान के प्रधानमंत्रियों के बीच टोक्यो में हुई सालाना शिखर वार्ता में कई करार हुए।", "CONSULT", {"IND"}, {"JPN"}),
])
def test_condolences_and_meetings_as_settings(code, text, type_, actors, recipients):
    doc = code(text, "2024-03-10")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_a_deadlock_in_talks_is_no_meeting_told(code):
    doc = code("अमेरिका के साथ परमाणु वार्ता में गतिरोध के बाद किम पहली बार रूस आए।", "2019-04-25")
    assert not _has(doc, "CONSULT", {"PRK"}, {"USA"})


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("उत्तर कोरिया ने जापान के ऊपर से एक बैलिस्टिक मिसाइल का परीक्षण किया।", "MOBILIZE", {"PRK"}, {"JPN"}),
    ("भारत ने पाकिस्तान के कार्यवाहक उच्चायुक्त के सामने कड़ा विरोध दर्ज कराया।", "PROTEST", {"IND"}, {"PAK"}),
    ("दोनों प्रधानमंत्रियों की मौजूदगी में भारत और मॉरीशस ने चार समझौता ज्ञापनों का आदान-प्रदान किया।", "AGREE", {"IND"}, {"MUS"}),
    ("प्रधानमंत्री और नेपाल के प्रधानमंत्री ने मिलकर नए पुल का उदघाटन किया।", "COOPERATE", {"IND"}, {"NPL"}),
])
def test_over_before_and_exchanged(code, text, type_, actors, recipients):
    doc = code(text, "2024-03-10")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_a_cited_source_is_no_party(code):
    doc = code("हिज्बुल्लाह द्वारा संचालित टीवी के अनुसार, इजरायली विमानों ने लेबनान के टायर शहर पर हवाई हमले किए।", "2024-10-19")
    assert _has(doc, "ASSAULT", {"ISR"}, {"LBN"})
    assert not [e for e in doc.events if "IMG" in {a.country for a in e.actors}]


def test_a_promise_and_a_signing_on_one_visit_are_two_agreements(code):
    doc = code("सऊदी अरब के युवराज ने भारत में बड़े निवेश का वादा किया। दोनों नेताओं की बातचीत के बाद भारत और सऊदी अरब ने "
               "चार समझौतों पर हस्ताक्षर किए।", "2019-02-20")
    assert len([e for e in doc.events if e.type == "AGREE"]) == 2


def test_both_countries_named_before_a_signing_are_its_parties(code):
    doc = code("मोदी और जापान के प्रधानमंत्री के बीच वार्ता के बाद दोनों देशों ने कई समझौतों पर हस्ताक्षर किए।", "2015-12-12")
    assert _has(doc, "AGREE", {"IND"}, {"JPN"})
    assert _has(doc, "CONSULT", {"IND"}, {"JPN"})


def test_an_attack_answered_keeps_its_own_parties(code):
    doc = code("दक्षिणी लेबनान में इजरायली हवाई हमलों के जवाब में हिजबुल्लाह ने इजरायल के सैन्य ठिकानों पर रॉकेट दागे।",
               "2024-05-16")
    assert _has(doc, "ASSAULT", {"IMG"}, {"ISR"})
    assert not [e for e in doc.events if e.type == "ASSAULT" and {a.country for a in e.actors} == {"ISR"}
                and "ISR" in {r.country for r in e.recipients}]


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("ईरान पर इजरायल के हवाई हमले के बाद दोनों देशों की सेनाओं के बीच सीमा पर झड़प शुरू हो गई।", "ASSAULT", {"ISR"}, {"IRN"}),
    ("अमेरिकी नौसेना ने हूतियों की चार छोटी नावें डुबो दीं।", "ASSAULT", {"USA"}, {"IMG"}),
    ("बांग्लादेश ने अपने उच्चायुक्त को भारत से वापस बुला लिया।", "SANCTION", {"BGD"}, {"IND"}),
])
def test_settings_sinkings_and_recalls(code, text, type_, actors, recipients):
    doc = code(text, "2024-12-28")
    assert _has(doc, type_, actors, recipients), _events(doc)


def test_recalling_an_envoy_is_no_troop_withdrawal(code):
    doc = code("बांग्लादेश ने अपने उच्चायुक्त को भारत से वापस बुला लिया।", "2024-12-28")
    assert "RETREAT" not in {e.type for e in doc.events}


def test_a_release_names_whose_people_go_free(code):
    doc = code("जेल प्रशासन ने बीमार कैदियों को रिहा कर दिया।", "2024-12-28")
    assert "RETREAT" not in {e.type for e in doc.events}


@pytest.mark.parametrize("text,type_,actors,recipients", [
    # firing across a line with no target named is on the dateline's state
    ("पुंछ। पाकिस्तानी सेना ने शुक्रवार रात संघर्ष विराम तोड़कर भारी फायरिंग की।", "ASSAULT", {"PAK"}, {"IND"}),
    ("भारत भूकंप से प्रभावित म्यांमार की हर तरह से मदद कर रहा है।", "AID", {"IND"}, {"MMR"}),
])
def test_firing_on_the_dateline_and_help_being_given(code, text, type_, actors, recipients):
    doc = code(text, "2024-03-10")
    assert _has(doc, type_, actors, recipients), _events(doc)


@pytest.mark.parametrize("text,absent", [
    ("भारत का राहत विमान सुबह काठमांडू पहुंचा।", "CONSULT"),  # an aircraft of relief is no visit
    ("अमेरिकी किसानों को चीन में ऊंचे शुल्क का सामना करना पड़ेगा।", "THREATEN"),  # a consequence, no threat
])
def test_arrivals_and_consequences_that_are_no_events(code, text, absent):
    assert absent not in {e.type for e in code(text, "2024-03-10").events}


def test_an_attack_told_weeks_before_is_another_attack(code):
    doc = code("कुपवाड़ा में आतंकियों ने सेना के काफिले पर हमला किया। पिछले महीने की 19 तारीख को उग्रवादियों ने कुपवाड़ा में "
               "सेना के शिविर पर हमला किया था।", "2016-09-07")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 2


def test_a_second_office_joined_to_a_first_shares_its_state(code):
    doc = code("भारतीय राजदूत ने श्रीलंका के प्रधानमंत्री और विदेश मंत्री अली साबरी को राहत सामग्री सौंपी।", "2024-03-10")
    assert _has(doc, "AID", {"IND"}, {"LKA"})
    assert not [e for e in doc.events if "IND" in {r.country for r in e.recipients}]


def test_receiving_help_from_a_state_is_no_meeting(code):
    doc = code("पाकिस्तान को सऊदी अरब से भारी मदद मिलने के बाद इमरान खान ने आभार जताया।", "2021-10-27")
    assert "CONSULT" not in {e.type for e in doc.events}


def test_raising_tariffs_in_passing(code):
    doc = code("अमेरिका ने चीन के सामान पर आयात शुल्क बढ़ाते हुए नई सूची जारी की।", "2019-05-10")
    assert _has(doc, "SANCTION", {"USA"}, {"CHN"})


def test_meetings_with_different_named_ministers_are_two_meetings(code):
    doc = code("जयशंकर ने कोलंबो में श्रीलंका के राष्ट्रपति से मुलाकात की। जयशंकर ने श्रीलंका के रक्षा मंत्री "
               "रोहन सेनविरत्ने से भी मुलाकात की।", "2024-08-10")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


def test_concern_at_no_state_is_no_accusation(code):
    assert "ACCUSE" not in {e.type for e in code("संयुक्त राष्ट्र ने बाढ़ से हुई तबाही पर गहरी चिंता जताई।", "2024-08-10").events}


def test_an_act_answered_is_not_the_answerers(code):
    doc = code("ब्रिटेन के एक मंत्री के ताइवान का समर्थन किए जाने पर बीजिंग ने तीखी आपत्ति दर्ज कराई।", "2024-05-22")
    assert not [e for e in doc.events if e.type == "SUPPORT" and "CHN" in {a.country for a in e.actors}]


def test_a_state_does_not_attack_itself(code):
    doc = code("पाकिस्तान के ग्वादर में चीनी इंजीनियरों के काफिले पर हमला हुआ।", "2024-05-22")
    assert not [e for e in doc.events if e.type == "ASSAULT" and
                {a.country for a in e.actors} == {r.country for r in e.recipients}]


def test_an_attack_announced_is_a_threat_made_now(code):
    doc = code("हूतियों ने कहा कि वे सऊदी अरब पर और हमले करेंगे।", "2024-05-22")
    assert [(e.type, e.modality) for e in doc.events if e.type in ("ASSAULT", "THREATEN")] == [("THREATEN", "asserted")]
    assert _has(doc, "THREATEN", {"IMG"}, {"SAU"})


@pytest.mark.parametrize("text,type_,actors,recipients", [
    # news writes the nukta, the nasal and the chandrabindu either way
    ("भारत ने कनाडा के नागरिकों के लिए वीज़ा सेवाएं निलंबित कर दीं।", "SANCTION", {"IND"}, {"CAN"}),
    ("मालदीव ने ताइवान से राजनयिक सम्बन्ध तोड़ लिए।", "SANCTION", {"MDV"}, {"TWN"}),
])
def test_spellings_of_one_word(code, text, type_, actors, recipients):
    assert _has(code(text, "2023-09-21"), type_, actors, recipients)


def test_an_attack_in_view_of_which_a_state_acts_is_not_the_states(code):
    doc = code("उरी हमले के मद्देनजर भारत ने पाकिस्तान के साथ व्यापार निलंबित कर दिया।", "2016-09-25")
    assert _has(doc, "SANCTION", {"IND"}, {"PAK"})
    assert not [e for e in doc.events if e.type == "ASSAULT" and "IND" in {a.country for a in e.actors}]


def test_a_ship_taken_is_seized_not_conquered(code):
    doc = code("ईरान ने खाड़ी में पनामा के एक टैंकर को कब्जा कर लिया।", "2019-07-20")
    assert _has(doc, "COERCE", {"IRN"}, {"PAN"})
    assert "ASSAULT" not in {e.type for e in doc.events}


def test_a_capital_as_counterpart_is_no_place(code):
    doc = code("जापान लगातार सियोल के साथ संपर्क में है।", "2023-06-01")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.place is None and ev.mode is None


def test_proposing_talks_is_a_request(code):
    doc = code("जापान ने चीन के साथ उच्च स्तरीय वार्ता का प्रस्ताव रखा।", "2023-06-01")
    assert _has(doc, "REQUEST", {"JPN"}, {"CHN"})
    assert "AGREE" not in {e.type for e in doc.events}


def test_talks_between_two_held_by_a_third_are_mediation(code):
    doc = code("कतर ने इजरायल और हमास के बीच युद्धविराम पर बातचीत की।", "2024-01-10")
    (ev,) = [e for e in doc.events if e.type == "CONSULT"]
    assert ev.mode == "third-party"
    assert ev.participants() == {"QAT", "ISR", "IMG"}


def test_accusing_each_other_is_an_accusation_each_way(code):
    doc = code("भारत और चीन की सेनाओं के बीच गतिरोध रहा। दोनों देशों ने एक-दूसरे पर घुसपैठ का आरोप लगाया।", "2020-06-20")
    assert _has(doc, "ACCUSE", {"IND"}, {"CHN"}) and _has(doc, "ACCUSE", {"CHN"}, {"IND"})


def test_conjoined_states_of_one_organ_both_act(code):
    doc = code("फ्रांस और जर्मनी के विमानों ने माली में आतंकियों के ठिकानों पर हमले किए।", "2014-02-10")
    assert [e for e in doc.events if e.type == "ASSAULT" and {a.country for a in e.actors} == {"FRA", "DEU"}]


@pytest.mark.parametrize("text,type_,actors,recipients", [
    ("श्रीलंका की अंतरिम सरकार ने भारत से ईंधन की मदद मांगी।", "REQUEST", {"LKA"}, {"IND"}),
    ("पाकिस्तान ने इंडियन आर्मी पर गोलीबारी का आरोप लगाया।", "ACCUSE", {"PAK"}, {"IND"}),
])
def test_more_ways_of_naming_a_government(code, text, type_, actors, recipients):
    assert _has(code(text, "2022-05-01"), type_, actors, recipients)


@pytest.mark.parametrize("text,not_type", [
    ("नेपाल ने बचाव कार्य में मदद के लिए भारत को धन्यवाद दिया।", "AID"),
    ("भारत और श्रीलंका ने मुद्रा की अदला-बदली पर समझौता किया।", "RETREAT"),
])
def test_words_that_name_no_event_there(code, text, not_type):
    assert not_type not in {e.type for e in code(text, "2022-05-01").events}


def test_two_measures_of_one_day_are_two_sanctions(code):
    doc = code("नीदरलैंड ने रूस के दो राजनयिकों को निष्कासित कर दिया। नीदरलैंड ने यह भी कहा कि वह रूस "
               "के साथ सभी सैन्य संपर्क फिलहाल निलंबित कर रहा है।", "2018-04-02")
    assert len([e for e in doc.events if e.type == "SANCTION"]) == 2


def test_the_day_proposed_is_not_the_day_of_proposing(code):
    doc = code("जापान ने आज चीन के साथ 20 जून को उच्च स्तरीय वार्ता का प्रस्ताव रखा।", "2023-06-01")
    (ev,) = [e for e in doc.events if e.type == "REQUEST"]
    assert ev.modality == "asserted" and ev.date.value == "2023-06-01"


def test_an_ellipsis_ends_a_sentence(code):
    doc = code("ईरान ने अमेरिका की आलोचना की… सऊदी अरब ने कतर से बातचीत की।", "2023-06-01")
    assert len({e.evidence.sentence for e in doc.events}) == 2


def test_people_named_again_without_their_state_are_the_same_people(code):
    doc = code("म्यांमार की नौसेना ने 12 बांग्लादेशी मछुआरों को छोड़ दिया। म्यांमार की नौसेना ने 3 मई को "
               "12 मछुआरों को हिरासत में लिया था।", "2022-05-09")
    assert _has(doc, "COERCE", {"MMR"}, {"BGD"})


def test_a_performance_is_no_demonstration(code):
    assert "PROTEST" not in {e.type for e in code("भारतीय टीम का शानदार प्रदर्शन जारी है।", "2023-06-01").events}


def test_leaders_named_by_surname_alone(code):
    doc = code("मोदी और शी ने एक संक्षिप्त बातचीत की।", "2023-08-24")
    assert _has(doc, "CONSULT", {"IND"}, {"CHN"})


def test_who_made_the_setting_event_is_not_this_ones_party(code):
    doc = code("मार्च में विद्रोहियों द्वारा शहर पर हमले के बाद से यमन के लोग सऊदी नाकाबंदी का सामना कर रहे हैं।",
               "2016-05-01")
    assert not [e for e in doc.events if e.type in ("COERCE", "SANCTION") and
                "IMG" in {a.country for a in e.actors}]


def test_a_minister_of_the_ministry_just_named(code):
    doc = code("ओमान के विदेश मंत्रालय ने कहा कि ईरानी राजदूत को सोमवार को तलब किया गया और उप विदेश मंत्री ने "
               "उन्हें विरोध पत्र सौंपा।", "2021-03-02")
    assert _has(doc, "PROTEST", {"OMN"}, {"IRN"})


def test_killed_in_an_attack_is_not_the_callers_attack(code):
    doc = code("जर्मन विदेश मंत्री ने फ्रांस के विदेश मंत्री से बात की और नीस के आतंकी हमले में मारे गए नागरिकों के लिए "
               "शोक जताया।", "2016-07-15")
    assert not [e for e in doc.events if e.type == "ASSAULT" and "DEU" in {a.country for a in e.actors}]
