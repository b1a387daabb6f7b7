def test_modality_future_hypothetical_historical_negated(code):
    assert code("भारत और चीन के विदेश मंत्री अगले हफ्ते बैठक करेंगे।").events[0].modality == "future"
    assert code("माना जा रहा है कि रूस के राष्ट्रपति भारत आ सकते हैं।").events[0].modality == "hypothetical"
    assert code("पुतिन ने 2002 में किम जोंग इल से मुलाकात की थी।", "2019-04-25").events[0].modality == "historical"
    assert code("भारत ने पाकिस्तान से बातचीत नहीं की।").events[0].modality == "negated"


def test_weekday_in_future_clause_reads_forward(code):
    ev = code("भारत और जापान के प्रधानमंत्री शनिवार को बैठक करेंगे।", "2024-07-09").events[0]
    assert ev.date.value == "2024-07-13"


def test_headline_and_body_merge_into_one_event(code):
    doc = code("टोक्यो में मोदी और किशिदा की बैठक\n"
               "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को टोक्यो में जापान के प्रधानमंत्री फुमियो किशिदा से मुलाकात की।",
               "2023-05-23")
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0].extra_mentions
    assert consult[0].date.value == "2023-05-22" and consult[0].place.name == "Tokyo"


def test_pronoun_takes_the_salient_actor(code):
    doc = code("भारत के विदेश मंत्री ने बयान दिया। उन्होंने नेपाल के प्रधानमंत्री से मुलाकात की।")
    assert {a.country for a in doc.events[0].actors + doc.events[0].recipients} == {"IND", "NPL"}


def test_demonstrative_reference_joins_the_earlier_event(code):
    doc = code("भारत और चीन के विदेश मंत्रियों ने सोमवार को बीजिंग में बैठक की।\n"
               "इस बैठक में सीमा विवाद पर चर्चा हुई। इस बैठक का मकसद दोनों देशों के बीच भरोसा बढ़ाना था।",
               "2025-07-15")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1


def test_back_reference_alone_makes_no_event(code):
    assert code("इस मुलाकात के बाद भारत और नेपाल के रिश्ते सुधरे।").events == []


def test_continuing_sentence_dates_the_event(code):
    doc = code("उन्होंने कहा कि अमेरिका अफगानिस्तान से अपने सैनिकों को वापस बुला रहा है। "
               "यह प्रक्रिया एक मई से शुरू हो गई है।", "2021-05-04")
    (ev,) = [e for e in doc.events if e.type == "RETREAT"]
    assert ev.date.value == "2021-05-01"


def test_unnamed_home_office_is_the_outlets_state(code):
    ev = code("विदेश मंत्रालय ने नेपाल के राजदूत को तलब किया।").events[0]
    assert ({a.country for a in ev.actors}, {a.country for a in ev.recipients}) == ({"IND"}, {"NPL"})


def test_local_actors_take_the_country_of_their_place(code):
    ev = code("काठमांडू में प्रदर्शनकारियों ने भारत के खिलाफ विरोध प्रदर्शन किया।").events[0]
    assert {a.country for a in ev.actors} == {"NPL"}
