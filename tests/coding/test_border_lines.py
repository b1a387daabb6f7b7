"""Forces massed at a line between two states, with no other party named, face the state
across it (knowledge-base lines: LAC, LoC, Durand Line …); a line file naming an unknown state
is refused with the file and line."""

import pytest

from tests.coding.dyads import dyads
from vaarta.kb.load import KBError, load_kb


@pytest.mark.parametrize("text, actor, across", [
    ("चीन ने वास्तविक नियंत्रण रेखा के पास अतिरिक्त सैनिक तैनात किए हैं।", "CHN", "IND"),
    ("अफगानिस्तान ने डूरंड लाइन पर सैनिकों का जमावड़ा बढ़ाया।", "AFG", "PAK"),
])
def test_forces_at_a_border_line_face_the_state_across_it(code, text, actor, across):
    assert ("MOBILIZE", {actor}, {across}, "asserted") in dyads(code(text), "MOBILIZE")


def test_a_border_line_file_with_an_unknown_state_is_refused(tmp_path):
    (tmp_path / "border_lines.tsv").write_text("place\tstates\nSome Line\tIND|XYZ\n", encoding="utf-8")
    with pytest.raises(KBError, match="border_lines.tsv"):
        load_kb([tmp_path])


@pytest.mark.parametrize("text, actor, across", [
    # the neighbour named with the border word
    ("म्यांमार सीमा पर हलचल के बाद थाईलैंड ने अतिरिक्त सैनिक भेजे।", "THA", "MMR"),
    # or named before the sentence: the story's neighbour
    ("आर्मेनिया और अजरबैजान के बीच तनाव बढ़ गया है। आर्मेनिया ने सीमा पर टैंक तैनात किए।", "ARM", "AZE"),
])
def test_forces_at_an_unnamed_border_face_the_neighbour_in_the_story(code, text, actor, across):
    assert ("MOBILIZE", {actor}, {across}, "asserted") in dyads(code(text), "MOBILIZE")


def test_a_state_beside_the_actor_at_the_border_is_no_target(code):
    doc = code("पोलैंड और लिथुआनिया ने अपनी सीमा पर सैनिक तैनात किए।")
    assert not any("LTU" in r or "POL" in r for _, _, r, _ in dyads(doc, "MOBILIZE")), dyads(doc)


def test_a_state_that_is_no_neighbour_is_not_across_the_border(code):
    # Japan has no land border: the border word does not make France a target
    doc = code("फ्रांस के साथ बैठक के बाद जापान ने सीमा पर सैनिक तैनात किए।")
    assert not any(r for _, _, r, _ in dyads(doc, "MOBILIZE")), dyads(doc)


def test_land_neighbours_come_from_the_world_outline():
    from vaarta.geo import neighbours
    assert {"PAK", "CHN", "NPL", "BGD"} <= neighbours()["IND"]
    assert "JPN" not in neighbours()
