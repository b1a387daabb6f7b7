from vaarta.text.normalise import fold, fold_key, normalise


def test_normalise_composes_and_maps_offsets_back_to_raw():
    raw = "क\u093c\u200dरीब\r\nदो  दिन"  # nukta written decomposed, a ZWJ, CRLF
    text, runs = normalise(raw)
    assert "\u200d" not in text and "\r" not in text
    i = text.index("दो")
    raw_i = next(r0 + i - t0 for t0, r0, n in runs if t0 <= i < t0 + n)
    assert raw[raw_i : raw_i + 2] == "दो"


def test_fold_drops_nukta_and_keeps_an_index_map():
    folded, index = fold("इज़राइल पर")
    assert folded == "इजराइल पर"
    assert index is not None and index(folded.index("पर")) == "इज़राइल पर".index("पर")


def test_fold_key_reads_chandrabindu_as_anusvara():
    assert fold_key("पहुँचे") == fold_key("पहुंचे")
