from datetime import date

import pytest

from vaarta.extract.dates import find_dates

PUB = date(2019, 4, 25)  # a Thursday


@pytest.mark.parametrize("text,value,precision", [
    ("गुरुवार को बात की", "2019-04-25", "day"),
    ("बुधवार को पहुंचे", "2019-04-24", "day"),
    ("15 मार्च से शुरू", "2019-03-15", "day"),
    ("पांच अप्रैल को", "2019-04-05", "day"),
    ("१२ जनवरी २०१९ को", "2019-01-12", "day"),
    ("मार्च 2016 में", "2016-03", "month"),
    ("2002 में मिले थे", "2002", "year"),
    ("17 साल पहले", "2002", "year"),
    ("करीब दो माह पहले", "2019-02", "month"),
    ("पिछले महीने", "2019-03", "month"),
    ("इस हफ्ते के आखिर में", "2019-04-27", "week"),
])
def test_dates_resolve_against_publication(text, value, precision):
    (m,) = find_dates(text, PUB)
    assert (m.date.value, m.date.precision) == (value, precision)


def test_dates_weekday_has_a_future_reading():
    (m,) = find_dates("शनिवार को मिलेंगे", PUB)
    assert m.date.value == "2019-04-20" and m.alt_date.value == "2019-04-27"


@pytest.mark.parametrize("text", ["अब तक कोई हल नहीं", "में से 90% बच्चे", "2018 के बाद पहली बार मिले"])
def test_dates_ignore_non_dates(text):
    assert find_dates(text, PUB) == []


def test_a_month_named_alone_is_the_last_such_month_or_the_next_one():
    # "जनवरी महीने में": the January before publication; a future clause reads the next one
    (m,) = find_dates("विद्रोहियों ने जनवरी महीने में शहर पर कब्जा किया था", PUB)
    assert (m.date.value, m.date.precision) == ("2019-01", "month")
    (m,) = find_dates("दिसंबर में दौरा होगा", PUB)
    assert m.date.value == "2018-12" and m.alt_date.value == "2019-12"
    # a protest march is no month
    assert find_dates("विपक्ष के मार्च में हजारों लोग शामिल हुए", PUB) == []
