from vaarta.text.segment import split_sentences


def test_segment_keeps_initials_together():
    sents = split_sentences("विदेश मंत्री एस. जयशंकर ने बातचीत की। फिर वे लौट आए।")
    assert [s.text for s in sents] == ["विदेश मंत्री एस. जयशंकर ने बातचीत की।", "फिर वे लौट आए।"]


def test_segment_splits_at_full_stop_after_a_verb():
    sents = split_sentences("बैठक दिल्ली में हुई. दोनों देश सहमत हैं.")
    assert len(sents) == 2


def test_segment_keeps_closing_quote_and_offsets():
    text = "उन्होंने कहा, 'हम साथ हैं।' इसके बाद बैठक खत्म हुई।\nशीर्षक बिना विराम"
    sents = split_sentences(text)
    assert sents[0].text.endswith("हैं।'")
    assert all(text[s.start : s.end] == s.text for s in sents)
    assert sents[-1].text == "शीर्षक बिना विराम" and sents[-1].paragraph == 1


def test_a_latin_i_or_pipe_typed_for_the_danda_ends_a_sentence():
    text = "उत्तर कोरिया ने मिसाइल दागी हैI जापान ने विरोध जताया | चीन चुप रहा I"
    assert [s.text for s in split_sentences(text)] == [
        "उत्तर कोरिया ने मिसाइल दागी हैI", "जापान ने विरोध जताया |", "चीन चुप रहा I"]


def test_a_latin_i_inside_english_words_is_no_danda():
    assert len(split_sentences("He said I agree with India. Then he left.")) == 2
