"""Office holders Hindi world news names: found by their Hindi spellings, with the state and
sector of the office they held on the day."""

import pytest


def _actors(doc):
    return [(m.actor.name, m.actor.country, m.actor.sector) for m in doc.mentions if m.kind == "actor"]


@pytest.mark.parametrize(("text", "day", "actor"), [
    ("हुन मानेट ने सीमा पर संघर्ष विराम की अपील की।", "2025-07-26", ("Hun Manet", "KHM", "GOV")),
    ("मेजर जनरल अहमद शरीफ़ चौधरी ने पत्रकारों से बात की।", "2025-05-10",
     ("Ahmed Sharif Chaudhry", "PAK", "MIL")),
    ("डेनियल हगारी ने बताया कि अभियान जारी रहेगा।", "2024-04-02", ("Daniel Hagari", "ISR", "MIL")),
    ("अशोक राज सिग्देल ने चीन का दौरा किया।", "2025-03-01", ("Ashok Raj Sigdel", "NPL", "MIL")),
    ("साई इंग-वेन ने सेना का निरीक्षण किया।", "2022-08-05", ("Tsai Ing-wen", "TWN", "GOV")),
    ("याह्या सारी ने जहाज पर हमले का दावा किया।", "2024-01-12", ("Yahya Saree", "IMG", "IMG")),
    ("काओ किम होर्न ने बैठक को संबोधित किया।", "2024-10-09", ("Kao Kim Hourn", "ASEAN", "GOV")),
    ("रणधीर जायसवाल ने कहा कि भारत अपनी सुरक्षा के लिए कदम उठाएगा।", "2025-05-08",
     ("Randhir Jaiswal", "IND", "GOV")),
])
def test_kb_people_new_office_holders_are_found_with_their_state(code, text, day, actor):
    assert actor in _actors(code(text, day))


def test_kb_people_a_role_word_finds_the_holder_of_the_day(code):
    # "<state> के <role>" with no name is whoever held that office on the day
    assert ("Hun Sen", "KHM", "GOV") in _actors(code("कंबोडिया के प्रधानमंत्री ने कहा।", "2020-02-01"))
    assert ("Hun Manet", "KHM", "GOV") in _actors(code("कंबोडिया के प्रधानमंत्री ने कहा।", "2024-02-01"))
    assert ("Abdrabbuh Mansur Hadi", "YEM", "GOV") in _actors(code("यमन के राष्ट्रपति ने कहा।", "2016-02-01"))
