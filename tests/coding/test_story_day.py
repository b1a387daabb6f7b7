"""A headline's event that names no day takes the day the lead gives an event of its type
(news leads with yesterday's events), not the day of another kind of event it reacts to."""

from datetime import date

from vaarta.model import Doc

PUBLISHED = date(2023, 4, 25)  # a Tuesday: "सोमवार" is the 24th


def _dates(pipeline, text):
    doc = pipeline(Doc(id="t", raw=text, published=PUBLISHED, lang="hi"))
    return [(e.type, e.date.value if e.date else None, e.date.precision if e.date else None) for e in doc.events]


def test_a_headlines_undated_measure_takes_the_day_of_the_leads_measure(pipeline):
    got = _dates(pipeline, "ईरान ने यूरोपीय संघ पर लगाए प्रतिबंध\n\n"
                           "तेहरान। ईरान ने सोमवार को ब्रिटेन के नागरिकों और संस्थाओं पर प्रतिबंध लगाए।")
    sanctions = [g for g in got if g[0] == "SANCTION"]
    assert len(sanctions) == 2 and all(d == "2023-04-24" for _, d, _ in sanctions)


def test_a_headlines_condemnation_keeps_its_own_day_not_the_attacks(pipeline):
    got = _dates(pipeline, "भारत ने पेशावर हमले की कड़ी निंदा की\n\n"
                           "पाकिस्तान के पेशावर में सोमवार को एक मस्जिद पर आतंकी हमला हुआ जिसमें 40 लोग मारे गए।")
    accuse = [g for g in got if g[0] == "ACCUSE"]
    assert accuse and all(d == "2023-04-25" and p == "publication" for _, d, p in accuse)
