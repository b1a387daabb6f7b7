"""Where an event happened when its sentence names no place (codebook, "Dates and places"):
a summons or an expulsion in the acting state's capital, a reception at home in the host's
capital, a strike on its target's soil, and a place known only by its state given that
state's name and a point inside it, so that it reads and maps as a place."""

import pytest

from vaarta.coding.lexicon import Lexicon


def _place(doc, type_):
    places = [e.place for e in doc.events if e.type == type_]
    assert places, f"no {type_} event in {[e.type for e in doc.events]}"
    return places[0]


@pytest.mark.parametrize("text, type_, city, country", [
    # the summons is at the summoner's ministry, not in the city the quarrel is about
    ("भारत ने ढाका में हुई हिंसा पर बांग्लादेश के उच्चायुक्त को तलब किया।", "PROTEST", "New Delhi", "IND"),
    ("चीन ने मछली पकड़ने वाली नौकाओं के मामले में जापान के राजदूत को तलब किया।", "PROTEST", "Beijing", "CHN"),
    ("बुर्किना फासो ने फ्रांस के तीन राजनयिकों को अवांछित घोषित कर दिया।", "SANCTION", "Ouagadougou", "BFA"),
    # a leader receiving a guest at home
    ("जापान के प्रधानमंत्री ने ऑस्ट्रेलिया के प्रधानमंत्री का गर्मजोशी से स्वागत किया।", "CONSULT", "Tokyo", "JPN"),
])
def test_acts_done_at_home_are_placed_in_the_acting_states_capital(code, text, type_, city, country):
    place = _place(code(text), type_)
    assert (place.name, place.country) == (city, country)
    assert place.lat is not None and place.lon is not None


def test_a_place_the_sentence_names_in_the_acting_state_is_kept(code):
    place = _place(code("चीन ने शंघाई में जापान के महावाणिज्य दूत को तलब किया।"), "PROTEST")
    assert place.name == "Shanghai"


def test_a_strike_with_no_place_named_is_on_its_targets_soil(code):
    place = _place(code("इजरायल ने लेबनान पर हवाई हमले किए।"), "ASSAULT")
    assert (place.name, place.country) == ("Lebanon", "LBN")
    # a point inside Lebanon, for the map
    assert 33.0 < place.lat < 34.7 and 35.0 < place.lon < 36.7


def test_a_strike_on_an_armed_group_alone_is_not_given_a_state(code):
    doc = code("अज्ञात बंदूकधारियों ने एक काफिले पर हमला किया।")
    assert all(e.place is None or e.place.country != "IMG" for e in doc.events)


def test_a_visit_to_a_state_is_placed_there_by_name(code):
    place = _place(code("विदेश मंत्री दो दिन के दौरे पर श्रीलंका पहुंचे।"), "CONSULT")
    assert (place.name, place.country) == ("Sri Lanka", "LKA")
    assert place.lat is not None


def test_a_frame_file_with_an_unknown_held_at_is_refused(tmp_path):
    from vaarta.text.resources import data_path

    src = data_path("lexicon")
    for f in ("cameo.tsv", "modality.yaml"):
        (tmp_path / f).write_text((src / f).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "frames.yaml").write_text(
        "frames:\n  - id: x.summon\n    type: PROTEST\n    cameo: \"140\"\n    triggers: [तलब]\n"
        "    recipient: [ko]\n    held_at: the moon\n", encoding="utf-8")
    with pytest.raises(ValueError, match="held_at"):
        Lexicon.load(tmp_path)


def test_a_reception_named_in_the_hosts_city_stays_there(code):
    place = _place(code("अमेरिकी राष्ट्रपति ने वाशिंगटन में जापान के प्रधानमंत्री का स्वागत किया।"), "CONSULT")
    assert place.name == "Washington"


def test_a_clash_between_two_states_is_one_event_between_them_on_no_ones_soil_by_default(code):
    doc = code("आर्मेनिया और अजरबैजान के सैनिकों के बीच गोलीबारी हुई और दोनों ने एक-दूसरे पर पहले गोली"
               " चलाने का आरोप लगाया।")
    clashes = [e for e in doc.events if e.type == "ASSAULT"]
    assert [({a.country for a in e.actors}, {r.country for r in e.recipients}) for e in clashes] == [({"ARM"}, {"AZE"})]
    assert clashes[0].place is None


def test_one_atlas_serves_every_language_of_a_knowledge_base():
    from vaarta.pipeline import load_pipeline
    p = load_pipeline()
    assert p.profiles["hi"].atlas is p.profiles["en"].atlas


def test_forces_massed_against_a_state_with_no_place_named_are_placed_on_its_soil(code):
    doc = code("चीन ने ताइवान के चारों ओर युद्धपोत और लड़ाकू विमान भेजे।", "2025-03-02")
    places = [e.place.country for e in doc.events if e.type == "MOBILIZE" and e.place]
    assert places == ["TWN"], [(e.type, e.place) for e in doc.events]
