"""A warning that tells its condition without अगर ("… को चेतावनी दी, 15 मई तक X नहीं हुआ तो
…"): the condition's नहीं, its date and the consequence's future are what the warning says,
not how or when it was given (codebook: a conditional threat is THREATEN, made now)."""

from tests.coding.dyads import dyads


def test_a_condition_after_the_warning_leaves_it_asserted_and_dated_today(code):
    doc = code("हूती विद्रोहियों ने इजरायल को चेतावनी दी, 15 मई तक गाजा पर हमले नहीं रुके तो लाल सागर में"
               " जहाजों को निशाना बनाया जाएगा।", "2024-05-06")
    assert dyads(doc, "THREATEN") == [("THREATEN", {"IMG"}, {"ISR"}, "asserted")]
    assert [e.date.value for e in doc.events if e.type == "THREATEN"] == ["2024-05-06"]


def test_the_same_warning_told_again_is_one_event(code):
    doc = code("तालिबान ने अमेरिका को दी चेतावनी, 30 सितंबर तक नहीं लौटी सेना तो अंजाम बुरा होगा।\n"
               "तालिबान ने अमेरिका को धमकी दी है। प्रवक्ता ने सोमवार को बयान जारी किया।", "2024-09-10")
    assert dyads(doc, "THREATEN") == [("THREATEN", {"AFG"}, {"USA"}, "asserted")]


def test_a_deadline_in_an_earlier_sentence_is_not_the_day_of_the_next_act(code):
    doc = code("प्रवक्ता ने कहा कि अगर सेना 30 सितंबर तक नहीं गई तो नतीजे गंभीर होंगे। अगर देरी हुई तो"
               " अमेरिका को कीमत चुकानी होगी, तालिबान ने चेतावनी दी।", "2024-09-10")
    assert all(e.date is None or e.date.value != "2024-09-30" for e in doc.events)


def test_the_consequences_parties_are_not_the_conditions(code):
    doc = code("ट्रंप ने मेक्सिको को धमकी दी कि अगर वह चीन के साथ व्यापार समझौता करता है तो अमेरिका उसके सामान"
               " पर भारी टैरिफ लगा देगा।", "2024-05-06")
    assert ("SANCTION", {"USA"}, {"MEX"}, "hypothetical") in dyads(doc)
    assert not [d for d in dyads(doc) if d[0] == "SANCTION" and d[1] == {"MEX"}]


def test_a_bare_subject_before_a_warning_that_holds_its_verb_is_the_one_who_warns(code):
    doc = code("अगर बांग्लादेश ने कोई दुस्साहस किया तो म्यांमार करारा जवाब देगा।", "2024-05-06")
    assert dyads(doc, "THREATEN") == [("THREATEN", {"MMR"}, {"BGD"}, "asserted")]


def test_consequences_that_will_follow_a_condition_threaten_its_doer(code):
    doc = code("सूडान के राष्ट्रपति ने कहा कि यदि दक्षिण सूडान द्वारा बनाए जा रहे बांध से नदी का पानी घटता "
               "तो गंभीर क्षेत्रीय परिणाम होंगे।", "2025-03-02")
    assert any(a == {"SDN"} and r == {"SSD"} for _, a, r, _ in dyads(doc, "THREATEN")), dyads(doc)


def test_consequences_another_state_will_have_to_bear_threaten_it(code):
    doc = code("फ्रांस ने हमले पर प्रतिक्रिया देते हुए कहा कि इसके परिणाम माली को जल्द ही भुगतने होंगे।", "2025-03-02")
    assert any(a == {"FRA"} and r == {"MLI"} for _, a, r, _ in dyads(doc, "THREATEN")), dyads(doc)
