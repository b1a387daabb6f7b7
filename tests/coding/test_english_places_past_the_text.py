"""The language-neutral passes run for English too: a strike with no place named is on its
target's soil, with the state's name and a point inside it (map-ready)."""


def test_an_english_strike_with_no_place_named_is_on_its_targets_soil(code):
    doc = code("Israel launched air strikes on Lebanon on Tuesday.", "2024-05-08", lang="en")
    (strike,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert (strike.place.name, strike.place.country) == ("Lebanon", "LBN")
    assert strike.place.lat is not None and strike.place.lon is not None
