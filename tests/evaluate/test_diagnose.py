"""`vaarta eval --verbose` groups misses by cause: what an analyst reads to know what to fix."""

from tests.evaluate.test_scorer import ev, gold
from vaarta.evaluate.diagnose import diagnose
from vaarta.evaluate.scorer import score_documents


def _causes(system, golds):
    return diagnose(score_documents([("d", system, golds)])).counts()


def test_a_type_the_coder_never_output_is_a_missing_frame():
    c = _causes([ev("CONSULT", ["IND"], ["USA"])], [gold("THREATEN", ["PRK"], ["KOR"])])
    assert c["missed"] == {"no frame": 1}
    assert c["spurious"] == {"not in gold": 1}


def test_swapped_sides_are_a_wrong_direction_both_ways():
    c = _causes([ev("ACCUSE", ["PAK"], ["IND"])], [gold("ACCUSE", ["IND"], ["PAK"])])
    assert c["missed"] == {"wrong direction": 1}
    assert c["spurious"] == {"wrong direction": 1}


def test_one_side_right_is_an_unresolved_actor():
    c = _causes([ev("ASSAULT", ["RUS"], ["IND"])], [gold("ASSAULT", ["RUS"], ["UKR"])])
    assert c["missed"] == {"actor unresolved": 1}
    assert c["spurious"] == {"wrong participants": 1}


def test_same_participants_other_type_is_a_wrong_type():
    c = _causes([ev("SUPPORT", ["IND"], ["FRA"])], [gold("AGREE", ["IND"], ["FRA"])])
    assert c["spurious"] == {"wrong type": 1}


def test_matched_events_with_wrong_modality_are_listed_and_types_scored():
    score = score_documents([("d", [ev("CONSULT", ["IND"], ["USA"], modality="asserted"),
                                   ev("ASSAULT", ["ISR"], ["PSE"])],
                              [gold("CONSULT", ["IND"], ["USA"], modality="future"),
                               gold("ASSAULT", ["ISR"], ["LBN"])])])
    d = diagnose(score)
    assert d.counts()["attributes"] == {"wrong modality": 1}
    assert d.by_type["CONSULT"]["f1"] == 1.0
    assert (d.by_type["ASSAULT"]["tp"], d.by_type["ASSAULT"]["fp"], d.by_type["ASSAULT"]["fn"]) == (0, 1, 1)
