"""A ceasefire announced by both sides ("A और B ने युद्धविराम का ऐलान किया") is their agreement."""

from tests.coding.dyads import dyads


def test_a_ceasefire_announced_by_both_sides_is_their_agreement(code):
    got = dyads(code("आर्मेनिया और अजरबैजान ने तत्काल युद्धविराम का ऐलान किया।"), "AGREE")
    assert got and all(a | r == {"ARM", "AZE"} for _, a, r, _ in got)
