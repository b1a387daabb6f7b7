"""A summit named as the setting of another event ("जी-20 शिखर सम्मेलन के इतर …") gives its body
no part in that event; a name that ends in a word that is also a pronoun ("किम जोंग उन की
मेजबानी") is a name, not a reference back to an earlier event."""

from tests.coding.dyads import dyads


def test_the_summits_body_is_no_party_of_a_meeting_on_its_sidelines(code):
    got = dyads(code("एससीओ शिखर सम्मेलन के इतर मोदी और शी जिनपिंग की मुलाकात हुई।"), "CONSULT")
    assert got and all(a | r == {"IND", "CHN"} for _, a, r, _ in got)


def test_a_name_ending_in_a_pronoun_is_no_anaphor(code):
    got = dyads(code("चीन के राष्ट्रपति शी जिनपिंग ने उत्तर कोरिया के नेता किम जोंग उन की मेजबानी की।"), "CONSULT")
    assert got and all(a | r == {"CHN", "PRK"} for _, a, r, _ in got)
