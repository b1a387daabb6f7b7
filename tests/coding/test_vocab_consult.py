"""Vocabulary of one family of types, each frame pinned with a sentence we wrote.

Files named test_vocab_*.py list their frames' cases in FRAME_CASES (rule id, text,
published, (type, mode, actor countries, recipient countries, modality)); test_frames.py
counts them when it checks that every frame has a test."""

import pytest

from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    # the chief guest of another state's national day visits it
    ("hi.consult.chief_guest", "इंडोनेशिया के राष्ट्रपति ने भारत के गणतंत्र दिवस समारोह में मुख्य अतिथि के रूप में भाग लिया।",
     "2025-01-26", ("CONSULT", "visit", {"IDN"}, {"IND"}, "asserted")),
    ("hi.consult.contact", "ऑस्ट्रेलिया लगातार जकार्ता के साथ संपर्क में है।",
     "2023-06-01", ("CONSULT", None, {"AUS"}, {"IDN"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)
