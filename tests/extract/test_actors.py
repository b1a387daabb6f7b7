def _actors(doc):
    return [(m.actor.name, m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor"]


def test_actors_apposition_names_an_unknown_official(code):
    doc = code("नेपाल के विदेश मंत्री सूरज थापा ने कहा कि सीमा पर शांति है।", "2024-09-10")
    assert ("सूरज थापा", "NPL", "GOV") in _actors(doc)


def test_actors_known_person_takes_office_on_publication_date(code):
    doc = code("जॉन केरी ने बयान दिया।", "2016-03-24")
    assert ("John Kerry", "USA", "GOV") in _actors(doc)


def test_actors_coordinated_demonyms_share_the_role(code):
    doc = code("सीमा पर चीनी और भारतीय सैनिकों के बीच झड़प हुई।", "2020-06-16")
    acts = _actors(doc)
    assert (None, "CHN", "MIL") in acts and (None, "IND", "MIL") in acts


def test_actors_state_with_body_role(code):
    doc = code("भारत सरकार ने नया नियम जारी किया।")
    assert (None, "IND", "GOV") in _actors(doc)


def test_actors_unnamed_office_resolves_to_its_holder_on_the_day(code):
    assert ("Donald Trump", "USA", "GOV") in _actors(code("अमेरिकी राष्ट्रपति ने कहा।", "2019-04-25"))
    assert ("Joe Biden", "USA", "GOV") in _actors(code("अमेरिकी राष्ट्रपति ने कहा।", "2022-04-25"))
    assert ("Sergey Lavrov", "RUS", "GOV") in _actors(code("रूस के विदेश मंत्री ने कहा।", "2023-01-01"))


def test_actors_person_out_of_office_keeps_nationality_only(code):
    (actor,) = [m.actor for m in code("जॉन केरी ने कहा।", "2025-06-01").mentions if m.kind == "actor"]
    assert (actor.country, actor.sector) == ("USA", None)


def test_actors_capital_stands_for_its_government(code):
    acts = _actors(code("मॉस्को ने इस फैसले की आलोचना की। वाशिंगटन में बारिश हुई।"))
    assert ("Russia", "RUS", "GOV") in acts
    assert all(c != "USA" for _, c, _ in acts)


def test_a_person_the_kb_does_not_know_is_the_same_actor_when_named_again(code):
    doc = code("माले। मालदीव के राष्ट्रपति अहमद जुनैद शरीफी ने भारत के विदेश मंत्री से मुलाकात की। "
               "भारत ने मालदीव को मदद का भरोसा दिया। शरीफी ने चीन की आलोचना की।", "2024-01-01")
    again = [m for m in doc.mentions if m.source == "hi.named_again"]
    assert [m.text for m in again] == ["शरीफी"] and again[0].actor.country == "MDV"
    assert any(e.type == "ACCUSE" and {a.country for a in e.actors} == {"MDV"} for e in doc.events)
