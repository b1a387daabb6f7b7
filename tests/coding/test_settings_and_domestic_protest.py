"""Precision on real news: an event named only as the setting of another is not coded again
(a protest during which something happened, a deal told as brokered), concern at a tension
between two states blames neither, officials ordered out are expelled diplomats (SANCTION),
and people marching at home with no one named protest against their own state."""

from tests.coding.dyads import dyads


def test_people_marching_at_home_protest_against_their_own_state(code):
    got = dyads(code("मॉस्को, 5 मार्च। देश के कई शहरों में हजारों रूसी लोगों ने विरोध मार्च निकाला।"), "PROTEST")
    assert ("PROTEST", {"RUS"}, {"RUS"}, "asserted") in got


def test_a_protest_named_as_the_setting_of_a_killing_is_no_protest_event(code):
    assert dyads(code("ढाका में विरोध प्रदर्शन के दौरान एक युवक की हत्या कर दी गई।"), "PROTEST") == []


def test_a_ceasefire_told_as_brokered_is_no_mediation_of_its_own(code):
    got = dyads(code("ब्रिटिश प्रधानमंत्री ने कहा कि आर्मेनिया और अजरबैजान के बीच रूस की मध्यस्थता से हुआ युद्धविराम टिकेगा।"))
    assert not [d for d in got if d[0] == "CONSULT"]


def test_a_mediation_told_as_such_is_still_a_mediation(code):
    got = dyads(code("कतर ने इजरायल और हमास के बीच मध्यस्थता की।"), "CONSULT")
    assert got and "QAT" in got[0][1]


def test_concern_at_the_tension_between_two_states_accuses_neither(code):
    got = dyads(code("भारत ने ईरान और इजरायल में जारी तनाव पर चिंता जताई है।"), "ACCUSE")
    assert got == []


def test_concern_at_a_states_act_still_disapproves(code):
    assert ("ACCUSE", {"JPN"}, {"PRK"}, "asserted") in dyads(
        code("जापान ने उत्तर कोरिया के मिसाइल परीक्षण पर गंभीर चिंता व्यक्त की।"), "ACCUSE")


def test_another_states_officials_ordered_out_are_expelled_diplomats(code):
    got = dyads(code("बुर्किना फासो ने फ्रांस के तीन अधिकारियों को देश छोड़ने का आदेश दिया।"))
    assert ("SANCTION", {"BFA"}, {"FRA"}, "asserted") in got and not [d for d in got if d[0] == "COERCE"]


def test_boats_seized_with_fishermen_arrested_are_the_fishermens_states_one_coercion(code):
    got = dyads(code("श्रीलंकाई नौसेना ने 35 भारतीय मछुआरों को गिरफ्तार किया। नौसेना ने उनकी दो नावें भी जब्त कर लीं।"), "COERCE")
    assert ("COERCE", {"LKA"}, {"IND"}, "asserted") in got and all(r for _, _, r, _ in got)


def test_a_visit_objected_to_is_not_the_objectors_visit(code):
    got = dyads(code("चीन ने प्रधानमंत्री मोदी के अरुणाचल प्रदेश दौरे पर कड़ी आपत्ति जताई।"))
    assert ("PROTEST", {"CHN"}, {"IND"}, "asserted") in got
    assert not [d for d in got if d[0] == "CONSULT" and "CHN" in d[1]]


def test_a_visit_condemned_stays_the_visitors(code):
    got = dyads(code("चीन ने अमेरिकी स्पीकर के ताइवान दौरे की कड़ी निंदा की।"))
    assert ("ACCUSE", {"CHN"}, {"USA"}, "asserted") in got
    assert not [d for d in got if d[0] == "CONSULT" and "CHN" in d[1]]


def test_a_visit_told_plainly_is_still_a_visit(code):
    got = dyads(code("विदेश मंत्री जयशंकर तीन दिवसीय दौरे पर टोक्यो पहुंचे।"), "CONSULT")
    assert got and "JPN" in set().union(*(a | r for _, a, r, _ in got))


def test_firms_targeted_by_sanctions_are_not_attacked(code):
    got = dyads(code("अमेरिका ने ईरान पर नए प्रतिबंध लगाए, जिनमें कई कंपनियों और व्यक्तियों को निशाना बनाया गया।"))
    assert ("SANCTION", {"USA"}, {"IRN"}, "asserted") in got and not [d for d in got if d[0] == "ASSAULT"]


def test_a_base_targeted_is_still_attacked(code):
    assert ("ASSAULT", {"IRN"}, {"ISR"}, "asserted") in dyads(code("ईरान ने इजरायल के सैन्य अड्डे को मिसाइलों से निशाना बनाया।"), "ASSAULT")


def test_help_in_doing_something_is_no_aid(code):
    assert dyads(code("अमेरिकी सैनिक काबुल में अफगान लोगों को निकालने में मदद कर रहे हैं।"), "AID") == []
    assert ("AID", {"IND"}, {"LKA"}, "asserted") in dyads(code("भारत ने श्रीलंका को मदद भेजी।"), "AID")
