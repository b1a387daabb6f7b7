"""A body's head named by a noun after it acts for the body ("नाटो प्रमुख ने", "संयुक्त राष्ट्र
प्रमुख ने"), so a headline that puts the object first ("X में आतंकी हमले की … प्रमुख ने की
निंदा") reads the condemner as the condemner, never as the attacker."""

from tests.coding.dyads import dyads


def test_a_bodys_chief_speaks_for_the_body(code):
    assert ("THREATEN", {"NATO"}, {"RUS"}, "asserted") in dyads(code("नाटो प्रमुख ने रूस को चेतावनी दी।"))


def test_the_condemner_of_an_attack_in_a_headline_is_not_its_attacker(code):
    got = dyads(code("इस्तांबुल में हुए आतंकी हमले की नाटो प्रमुख ने की निंदा"))
    assert ("ASSAULT", {"IMG"}, {"TUR"}, "asserted") in got
    assert not [d for d in got if d[0] == "ASSAULT" and "NATO" in d[1]]
