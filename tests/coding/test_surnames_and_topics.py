"""Who a surname is, and when a word of cooperation is only what a talk was about (issue:
real news, not our own). Each shape on a sentence we wrote."""

import pytest

from tests.coding.dyads import dyads


def test_a_known_persons_surname_is_the_person_not_a_state_adjective(code):
    # मिस्री is also "Egyptian": named again after the full name, it is the foreign secretary
    doc = code("भारत के विदेश सचिव विक्रम मिस्री रविवार को काठमांडू पहुंचे। "
               "मिस्री ने नेपाल के राष्ट्रपति से भी भेंट की।", "2025-03-02")
    got = dyads(doc, "CONSULT")
    assert any(a == {"IND"} and r == {"NPL"} for _, a, r, _ in got), got
    assert not any("EGY" in a | r for _, a, r, _ in dyads(doc)), dyads(doc)


def test_a_state_adjective_before_a_noun_stays_the_state(code):
    doc = code("भारत के विदेश सचिव विक्रम मिस्री ने कहा कि मिस्री सेना ने इजरायल पर हमला किया।", "2025-03-02")
    assert any(a == {"EGY"} and r == {"ISR"} for _, a, r, _ in dyads(doc, "ASSAULT")), dyads(doc)


def test_cooperation_as_the_topic_of_talks_is_no_cooperation_event(code):
    doc = code("मलेशिया के विदेश मंत्री ने थाईलैंड के विदेश मंत्री से मुलाकात की और द्विपक्षीय सहयोग "
               "बढ़ाने पर चर्चा की।", "2025-03-02")
    assert dyads(doc, "CONSULT"), dyads(doc)
    assert not dyads(doc, "COOPERATE"), dyads(doc)


def test_cooperation_as_the_purpose_of_a_deal_is_the_deal(code):
    doc = code("केन्या और तंजानिया के बीच व्यापार में सहयोग बढ़ाने के लिए समझौते पर हस्ताक्षर हुए।", "2025-03-02")
    assert dyads(doc, "AGREE"), dyads(doc)
    assert not dyads(doc, "COOPERATE"), dyads(doc)


def test_cooperation_agreed_in_deeds_is_still_cooperation(code):
    doc = code("भारत और बांग्लादेश ने सीमा पर संयुक्त गश्त शुरू की।", "2025-03-02")
    assert dyads(doc, "COOPERATE"), dyads(doc)


def test_china_by_its_english_name_in_devanagari_acts_for_china(code):
    doc = code("चाइना डेवलपमेंट बैंक ने श्रीलंका को 50 करोड़ डॉलर का ऋण दिया।", "2025-03-02")
    assert any(a == {"CHN"} and r == {"LKA"} for _, a, r, _ in dyads(doc, "AID")), dyads(doc)


@pytest.mark.parametrize("text, actor, recipient", [
    ("हिजबुल्लाह ने इस्रायल पर रॉकेट हमले किए।", "IMG", "ISR"),
    ("तुर्कीए ने सीरिया पर हवाई हमले किए।", "TUR", "SYR"),
    ("म्यांमा की सेना ने थाईलैंड पर गोलाबारी की।", "MMR", "THA"),
])
def test_states_by_the_spellings_outlets_use(code, text, actor, recipient):
    assert any(a == {actor} and r == {recipient} for _, a, r, _ in dyads(code(text, "2025-03-02"), "ASSAULT"))


def test_condemning_a_test_told_before_accuses_who_made_it(code):
    doc = code("ईरान ने शनिवार को एक बैलिस्टिक मिसाइल दागी। सऊदी अरब के विदेश मंत्री ने इस परीक्षण की कड़ी "
               "निंदा की।", "2025-03-02")
    assert ("ACCUSE", {"SAU"}, {"IRN"}, "asserted") in dyads(doc, "ACCUSE"), dyads(doc)


@pytest.mark.parametrize("text", [
    "वियतनाम ने कहा कि वह मलेशिया के साथ काम करने के लिए तैयार है।",
    "वियतनाम और मलेशिया ने कहा कि वे अपने संबंधों को नए स्तर तक ले जाएंगे।",
])
def test_readiness_to_work_together_is_an_agreement_told_now(code, text):
    got = dyads(code(text, "2025-03-02"), "AGREE")
    assert any(a | r == {"VNM", "MYS"} and m == "asserted" for _, a, r, m in got), got


def test_a_deal_brokered_by_a_mediator_is_between_its_parties(code):
    doc = code("मिस्र की मध्यस्थता से काहिरा में सूडान और चाड के बीच एक डील हुई है।", "2025-03-02")
    got = dyads(doc, "AGREE")
    assert any(a | r == {"SDN", "TCD"} for _, a, r, _ in got), got
    assert not any("EGY" in a | r for _, a, r, _ in got), got


def test_an_accusation_whose_content_is_quoted_after_ki_accuses_the_quotes_subject(code):
    doc = code("वियतनाम का आरोप है कि “चीन हमारे द्वीपों के पास बार-बार भड़काने वाले कदम उठा रहा है।”", "2025-03-02")
    assert ("ACCUSE", {"VNM"}, {"CHN"}, "asserted") in dyads(doc, "ACCUSE"), dyads(doc)


@pytest.mark.parametrize("text", [
    "फ्रांस के विदेश मंत्री ने अपने जर्मन समकक्ष के साथ टेलीफोन पर वार्ता की।",
    # a state adjective owns the noun it stands before, not the condemnation after it
    "फ्रांस ने सीरिया में जर्मन हमले की कड़ी निंदा की।",
])
def test_the_ne_agent_acts_whatever_the_words_between(code, text):
    got = dyads(code(text, "2025-03-02"))
    assert any(a == {"FRA"} and r == {"DEU"} for _, a, r, _ in got), got
    assert not any(a == {"DEU"} and t in ("CONSULT", "ACCUSE") for t, a, r, _ in got), got


def test_a_package_of_sanctions_approved_is_a_sanction_not_aid(code):
    doc = code("यूरोपीय संघ ने बेलारूस के खिलाफ प्रतिबंधों के नए पैकेज को मंजूरी दी।", "2025-03-02")
    assert ("SANCTION", {"EUR"}, {"BLR"}, "asserted") in dyads(doc), dyads(doc)
    assert not dyads(doc, "AID"), dyads(doc)
