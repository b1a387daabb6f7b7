"""The English frame file as the coder reads it: every verb form, nouns and their plurals, and
a frame file that says what it means."""

import pytest

from vaarta.coding.english import EnglishLexicon
from vaarta.coding.lexicon import Lexicon
from vaarta.lang.en.inflect import noun_forms, verb_forms


@pytest.mark.parametrize(("base", "forms"), [
    ("attack", {"attacks", "attacked", "attacking"}),
    ("strike", {"strikes", "struck", "striking"}),
    ("expel", {"expels", "expelled", "expelling"}),
    ("ban", {"bans", "banned", "banning"}),
    ("deny", {"denies", "denied", "denying"}),
    ("free", {"frees", "freed", "freeing"}),
    ("visit", {"visits", "visited", "visiting"}),
    ("withdraw", {"withdraws", "withdrew", "withdrawn", "withdrawing"}),
    ("travel", {"travelled", "traveled", "travelling"}),
])
def test_verb_forms(base, forms):
    assert forms <= set(verb_forms(base).all())


@pytest.mark.parametrize(("noun", "forms"), [
    ("attack", ("attack", "attacks")),
    ("sanctions", ("sanctions",)),
    ("talks", ("talks",)),
    ("policy", ("policy", "policies")),
])
def test_noun_forms(noun, forms):
    assert noun_forms(noun) == forms


def test_a_phrase_inflects_its_first_word_and_keeps_a_slot():
    lex = EnglishLexicon.load(Lexicon.load().cameo)
    words = ["trump", "hit", "canada", "and", "mexico", "with", "tariffs"]
    m = lex.matches_at(words, 1)[0]
    assert m.frame.id == "en.sanction.impose" and m.slot == (2, 5)
    words = ["they", "opened", "heavy", "fire", "on", "the", "post"]
    assert lex.matches_at(words, 1)[0].frame.type == "ASSAULT"


def test_a_frame_file_with_an_unquoted_on_is_refused(tmp_path):
    bad = tmp_path / "frames_en.yaml"
    bad.write_text("frames:\n  - id: x\n    type: ASSAULT\n    cameo: '190'\n    verbs: [attack]\n"
                   "    recipient: [on]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote on"):
        EnglishLexicon.load(Lexicon.load().cameo, bad)


def test_a_frame_with_an_unknown_cameo_code_is_refused(tmp_path):
    bad = tmp_path / "frames_en.yaml"
    bad.write_text("frames:\n  - id: x\n    type: ASSAULT\n    cameo: '999'\n    verbs: [attack]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="CAMEO"):
        EnglishLexicon.load(Lexicon.load().cameo, bad)
