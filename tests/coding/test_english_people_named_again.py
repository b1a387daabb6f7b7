"""A person named again by title and surname is the person the KB knew by the full name."""

from tests.coding.dyads import english_events as _events


def test_one_call_told_twice_is_one_event(code):
    # "Sharif" alone names two brothers in the KB: the title and surname are the one named before
    text = ("Turkish President Recep Tayyip Erdogan held a phone call with Pakistani Prime Minister "
            "Shehbaz Sharif on Monday. In his call with Prime Minister Sharif, Erdogan also offered "
            "help after the floods.")
    got = _events(code, text, "2023-05-09")
    assert sum(1 for t, *_ in got if t == "CONSULT") == 1, got
