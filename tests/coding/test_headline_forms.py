"""Headline forms of Hindi news, in our own words: a nominal attack with no verb ("X पर Y का
बड़ा हमला"), a verb put first ("Y ने जताई आपत्ति"), and a state named only as what a war or an
issue is about ("… यूक्रेन युद्ध पर हुई बात"), which is a topic, never a party."""

from tests.coding.dyads import dyads


def test_a_nominal_attack_headline_is_an_attack_by_the_genitive_on_the_target(code):
    assert ("ASSAULT", {"PAK"}, {"AFG"}, "asserted") in dyads(code("अफगानिस्तान पर पाकिस्तान का बड़ा हवाई हमला, काबुल में धमाके"))


def test_a_protest_with_its_verb_first_reacts_to_the_act_just_told(code):
    got = dyads(code("उत्तर कोरिया ने फिर किया मिसाइल परीक्षण, दक्षिण कोरिया ने जताई आपत्ति"))
    assert ("PROTEST", {"KOR"}, {"PRK"}, "asserted") in got


def test_a_state_named_as_the_topic_of_talks_is_no_party(code):
    got = dyads(code("शी जिनपिंग से मिले लूला, गाजा युद्ध पर हुई बात"), "CONSULT")
    assert got and all(a | r == {"CHN", "BRA"} for _, a, r, _ in got)
