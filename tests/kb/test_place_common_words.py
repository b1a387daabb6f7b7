"""Words of everyday Hindi that GeoNames also lists as small towns abroad (कोरोना, डेविड,
वेल्स, बानी) are never taken as places: "कोरोना महामारी" is no town in California."""

import pytest

from vaarta.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.mark.parametrize("text", ["कोरोना महामारी के बाद", "डेविड कैमरन ने कहा", "वेल्स के प्रथम मंत्री", "यह चर्चा का विषय बानी हुई है"])
def test_common_words_are_no_places(kb, text):
    assert not [m for m in kb.matcher.find(text) if m.first("place")]
