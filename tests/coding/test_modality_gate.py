"""The quick test that lets most clauses skip the modality pattern must never hide a cue."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vaarta.coding.lexicon import Lexicon, _modality
from vaarta.coding.modality import _cues, cues_in
from vaarta.text.resources import load_yaml

LEX = Lexicon.load()
# cue words and endings, their look-alikes (a cue inside a longer word), and filler
PIECES = ["नहीं", "न", "नया", "धन", "सकते", "सकतेहैं", "माना जा रहा", "माना", "करेंगे", "करेंगेऔर", "ओगे",
          "देने की घोषणा", "देने का वादा", "घोषणाएं", "पहले भी", "पहले", "तत्कालीन", "भारत", "ने", "की", "बैठक", "2024",
          "abc", "x", ",", "।", "'", "\"", "-", "(", ")", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.sampled_from(["", " ", "  "]), max_size=12))
def test_gate_finds_every_cue_the_full_pattern_finds(pieces, gaps):
    clause = "".join(p + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(pieces))
    assert cues_in(clause, LEX) == _cues(clause, LEX.modality.any_cue)


def test_clause_without_cues_is_asserted_and_clause_with_one_is_not():
    assert cues_in("भारत और नेपाल के प्रधानमंत्रियों ने काठमांडू में बैठक की।", LEX) == frozenset()
    assert cues_in("दोनों देश व्यापार समझौता करेंगे।", LEX) == frozenset({"future"})
    assert cues_in("भारत ने सहायता देने का वादा किया।", LEX) == frozenset({"future"})
    # a measure announced is asserted (CODEBOOK, Modality): no cue
    assert cues_in("भारत ने सहायता देने की घोषणा की।", LEX) == frozenset()


def test_a_pattern_without_hints_turns_the_gate_off(tmp_path: Path):
    spec = load_yaml(Path(__file__).resolve().parents[2] / "src/vaarta/data/lexicon/modality.yaml")
    assert _modality(spec).gated
    del spec["future"]["pattern_hints"]
    modality = _modality(spec)
    assert not modality.gated and modality.may_have_cue("भारत")
