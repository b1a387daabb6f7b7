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


def test_recent_past_perfect_is_asserted_and_dated_from_the_event_before(code):
    doc = code("भारत ने सोमवार को नेपाल के राजदूत को तलब किया।\n"
               "इससे एक दिन पहले काठमांडू में नेपाल के विदेश मंत्रालय ने भारत के राजदूत को तलब किया था।",
               "2025-01-14")
    by_actor = {next(iter({a.country for a in e.actors})): e for e in doc.events}
    assert by_actor["NPL"].modality == "asserted" and by_actor["NPL"].date.value == "2025-01-12"


def test_same_time_opener_keeps_the_date(code):
    doc = code("ट्रंप ने बुधवार को पुतिन से फोन पर बात की। इसके बाद ट्रंप ने जेलेंस्की से भी बात की।", "2025-02-13")
    assert {e.date.value for e in doc.events} == {"2025-02-12"}


def test_second_predicate_shares_the_other_party(code):
    doc = code("पाकिस्तान ने भारत के हमलों की निंदा की और जवाबी कार्रवाई की धमकी दी।", "2025-05-07")
    assert {(e.type, r.country) for e in doc.events for r in e.recipients} >= {("ACCUSE", "IND"), ("THREATEN", "IND")}


def test_attack_target_named_by_its_place(code):
    (ev,) = [e for e in code("भारत ने पाकिस्तान और पाक अधिकृत कश्मीर में आतंकी ठिकानों पर हमले किए।", "2025-05-07").events
             if e.type == "ASSAULT"]
    assert {r.country for r in ev.recipients} == {"PAK"}


def test_hedged_meeting_in_a_state(code):
    (ev,) = code("ट्रंप ने कहा कि अमेरिका और रूस के राष्ट्रपति जल्द ही सऊदी अरब में मिल सकते हैं।", "2025-02-13").events
    assert ev.modality == "hypothetical" and ev.place.country == "SAU"


def test_state_that_locates_a_city_is_not_a_participant(code):
    (ev,) = code("दक्षिण अफ्रीका के जोहानिसबर्ग में मोदी और शी जिनपिंग के बीच बातचीत हुई।", "2023-08-25").events
    assert {a.country for a in ev.actors + ev.recipients} == {"IND", "CHN"}


def test_attack_target_named_by_owner_or_place(code):
    ev1 = code("भारतीय वायुसेना ने बालाकोट में जैश-ए-मोहम्मद के शिविर पर हवाई हमला किया।", "2019-02-26").events[0]
    assert {r.country for r in ev1.recipients} == {"IMG", "PAK"}  # an armed group inside a state: both (codebook)
    ev2 = code("इजरायल ने गाजा पट्टी पर हवाई हमले किए।", "2023-10-08").events[0]
    assert {r.country for r in ev2.recipients} == {"PSE"}


def test_paragraph_date_carries_to_the_next_sentence(code):
    doc = code("भारत ने बुधवार को कड़े कदम उठाए। भारत ने नेपाल के राजनयिकों को देश छोड़ने का आदेश दिया।", "2025-04-24")
    assert doc.events[0].date.value == "2025-04-23"


def test_passive_agent_and_headline_subject(code):
    (ev,) = code("रूस द्वारा यूक्रेन के कई शहरों पर किए गए मिसाइल हमलों में 40 लोग मारे गए।", "2024-07-09").events
    assert ({a.country for a in ev.actors}, {r.country for r in ev.recipients}) == ({"RUS"}, {"UKR"})
    (ev,) = code("बीजिंग में शी जिनपिंग से मिले ब्लिंकन", "2023-06-20").events
    assert {a.country for a in ev.actors + ev.recipients} == {"USA", "CHN"} and ev.place.name == "Beijing"


def test_dateline_after_a_headline(code):
    doc = code("मोदी से मिले सुनक\nनई दिल्ली, एजेंसी। ब्रिटेन के प्रधानमंत्री ऋषि सुनक ने मोदी से बातचीत की।", "2023-09-10")
    assert doc.events[0].place.name == "New Delhi"


def test_one_attack_told_on_two_days_a_day_apart_is_one_event(pipeline):
    from datetime import date

    from vaarta.model import Doc
    text = ("रूस ने यूक्रेन की राजधानी कीव पर बुधवार रात बड़े पैमाने पर मिसाइल हमला किया।\n\n"
            "कीव प्रशासन ने गुरुवार को बताया कि रूस ने कीव पर गुरुवार तड़के ड्रोन और मिसाइलों से हमला किया।")
    doc = pipeline(Doc(id="t", raw=text, published=date(2025, 4, 24), lang="hi"))
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].extra_mentions) == 1


def test_meetings_a_day_apart_stay_two_meetings(pipeline):
    from datetime import date

    from vaarta.model import Doc
    text = ("विदेश मंत्री जयशंकर ने बुधवार को मॉस्को में रूसी विदेश मंत्री लावरोव से मुलाकात की।\n\n"
            "गुरुवार को जयशंकर ने लावरोव से फिर मुलाकात की।")
    doc = pipeline(Doc(id="t", raw=text, published=date(2025, 4, 24), lang="hi"))
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 2


def test_a_handover_planned_and_done_the_same_day_is_one_event(pipeline):
    from datetime import date

    from vaarta.model import Doc
    text = "हमास ने सोमवार सुबह सात इजरायली बंधकों को इजरायल को सौंप दिया।\n\nसोमवार को ही हमास बाकी बंधकों को भी इजरायल को सौंपेगा।"
    doc = pipeline(Doc(id="t", raw=text, published=date(2025, 10, 13), lang="hi"))
    handovers = [e for e in doc.events if e.type == "RETREAT"]
    assert len(handovers) == 1 and handovers[0].modality == "asserted"
