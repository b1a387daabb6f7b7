"""An armed group the knowledge base does not know, named as an army with its own acronym in
Latin letters ("… मुक्ति सेना SDLA"), is a non-state armed group (IMG), and the words of its
name — a state's name among them — are its name, not that state."""

from tests.coding.dyads import dyads


def test_an_unknown_army_named_by_its_acronym_is_an_armed_group(code):
    doc = code("सूडान की सेना और सूडान जनवादी मुक्ति सेना SDLA ने जेद्दा में शांति समझौते पर हस्ताक्षर किए।")
    got = dyads(doc, "AGREE")
    assert got and {"SDN", "IMG"} == set().union(*(a | r for _, a, r, _ in got))
    group = next(m for m in doc.mentions if m.actor and m.actor.country == "IMG")
    assert group.text.startswith("सूडान जनवादी") and group.actor.name == "SDLA"


def test_a_states_own_army_with_no_acronym_stays_the_states(code):
    doc = code("म्यांमार की सेना ने विद्रोहियों के ठिकानों पर हवाई हमला किया।")
    assert not [m for m in doc.mentions if m.actor and m.actor.country == "IMG" and "म्यांमार" in m.text]


def test_the_state_department_named_bare_is_the_foreign_ministry_of_the_state_in_view(code):
    doc = code("अमेरिका ने गाजा पर चिंता जताई है। विदेश विभाग के प्रवक्ता ने इजरायल से संयम बरतने की अपील की।")
    assert ("REQUEST", {"USA"}, {"ISR"}, "asserted") in dyads(doc, "REQUEST")
