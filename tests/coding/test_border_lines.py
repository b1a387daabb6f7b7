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
