"""Whom a request is put to when its own clause does not say: the addressee of the saying
before a कि-clause ("X ने Y से कहा कि … की जानी चाहिए" asks Y), and the parties between
whom something should stop ("A और B के बीच लड़ाई रोकने का आह्वान" asks A and B)."""

import pytest

from tests.coding.dyads import dyads


@pytest.mark.parametrize("text", [
    "भारत ने नेपाल से कहा कि सीमा पर भारतीय नागरिकों की सुरक्षा सुनिश्चित की जानी चाहिए।",
    "भारत ने नेपाल से कहा कि उसे सीमा पर सुरक्षा कड़ी करनी चाहिए।",
])
def test_what_should_be_done_is_asked_of_whom_the_speaker_addressed(code, text):
    assert ("REQUEST", {"IND"}, {"NPL"}, "asserted") in dyads(code(text), "REQUEST")


def test_a_should_with_no_addressee_asks_no_one(code):
    assert dyads(code("अमेरिका ने कहा कि हमलों की जांच होनी चाहिए।"), "REQUEST") == []


def test_an_appeal_to_stop_fighting_between_two_sides_is_put_to_both(code):
    got = dyads(code("संयुक्त राष्ट्र महासचिव ने आर्मेनिया और अजरबैजान के बीच लड़ाई तत्काल रोकने का आह्वान किया।"),
                "REQUEST")
    assert ("REQUEST", {"UNO"}, {"ARM"}, "asserted") in got and ("REQUEST", {"UNO"}, {"AZE"}, "asserted") in got
