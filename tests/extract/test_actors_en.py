"""English actor shapes, on sentences we wrote."""

import pytest


def _actors(code, text, published="2024-03-05"):
    doc = code(text, published, lang="en")
    return {m.text: m.actor.country for m in doc.mentions if m.kind == "actor" and m.actor is not None}


@pytest.mark.parametrize(("text", "span", "country"), [
    ("Pakistan's foreign ministry issued a statement.", "Pakistan's foreign ministry", "PAK"),
    ("The government of Ghana denied the report.", "government of Ghana", "GHA"),
    ("The Iranian foreign minister arrived in Oslo.", "Iranian foreign minister", "IRN"),
    ("Kerala fishermen returned home on Monday.", "Kerala fishermen", "IND"),
    ("Soldiers from Chad crossed the border.", "Soldiers from Chad", "TCD"),
    ("Beijing's envoy left the meeting.", "Beijing's envoy", "CHN"),
])
def test_a_role_takes_the_state_named_with_it(code, text, span, country):
    assert _actors(code, text).get(span) == country


def test_a_name_after_a_role_is_the_holder_and_is_named_again(code):
    got = _actors(code, "Lima: Foreign Minister Elena Quispe met reporters. Quispe said the talks went well.")
    assert got.get("Foreign Minister Elena Quispe") == "PER"  # the dateline's state
    assert got.get("Quispe") == "PER"


def test_a_role_named_again_alone_keeps_its_state(code):
    got = _actors(code, "The Pakistan Rangers opened fire. Later the rangers withdrew.")
    assert got.get("rangers") == "PAK"


def test_armed_groups_are_img_whoever_they_fight_for(code):
    got = _actors(code, "Syrian rebels and Somali militants were named in the report.")
    assert got.get("Syrian rebels") == "IMG" and got.get("Somali militants") == "IMG"


def test_the_country_is_the_state_named_last(code):
    got = _actors(code, "Floods hit Bangladesh. The country's army began rescue work.")
    assert got.get("The country") == "BGD"


def test_names_are_written_with_a_capital(code):
    got = _actors(code, "He told us that the US would act.")
    assert "us" not in got and got.get("US") == "USA"


@pytest.mark.parametrize(("text", "government"), [
    ("Tehran rejected the offer.", True),
    ("The talks were held by Manila and Hanoi.", True),
    ("Officials met in Nairobi on Monday.", False),
    ("The Kabul airport was closed.", False),
])
def test_a_capital_is_its_government_only_as_a_party(code, text, government):
    doc = code(text, "2024-03-05", lang="en")
    assert any(m.source == "kb.capital" for m in doc.mentions) == government


def test_a_name_in_brackets_after_a_title_is_no_party(code):
    got = _actors(code, "The Director General (South Asia and SAARC) spoke first.")
    assert "SAARC" not in got


@pytest.mark.parametrize(("text", "place"), [
    ("Islamabad: Pakistan summoned the envoy.", "Islamabad"),
    ("BEIRUT (AA) - Israeli jets struck again.", "Beirut"),
    ("New Delhi [India], March 22 (ANI): The minister spoke.", "New Delhi"),
    ("KYIV >> Air defence units were busy overnight.", "Kyiv"),
])
def test_english_datelines(code, text, place):
    from vaarta.extract.dateline_en import dateline_en

    doc = code(text, "2024-03-05", lang="en")
    got = dateline_en(doc.text, doc.sentences, [m for m in doc.mentions if m.kind == "place"])
    assert got is not None and got.name == place


def test_short_names_and_old_spellings(code):
    got = _actors(code, "Pak army chief met officials in Kiev.")
    assert got.get("Pak army chief") == "PAK"
    doc = code("Male, Jan 14 (PTI): The government spoke.", "2024-01-14", lang="en")
    assert any(m.kind == "place" and m.place.name == "Male" for m in doc.mentions)


def test_a_known_person_named_again_by_surname(code):
    got = _actors(code, "Lloyd Austin arrived in Manila on Monday. Austin later met the Philippine defence chief.",
                  "2023-02-01")
    assert got.get("Austin") == "USA"


def test_a_small_capital_speaks_for_its_government(code):
    doc = code("Athens protested to Ankara over the flights.", "2024-06-10", lang="en")
    assert any(e.type == "PROTEST" and {a.country for a in e.actors} == {"GRC"} for e in doc.events)
