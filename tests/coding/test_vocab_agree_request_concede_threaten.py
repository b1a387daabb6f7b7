"""Vocabulary of AGREE, REQUEST, CONCEDE and THREATEN, each case a sentence we wrote.

Files named test_vocab_*.py list their frames' cases in FRAME_CASES (rule id, text,
published, (type, mode, actor countries, recipient countries, modality)); test_frames.py
counts them when it checks that every frame has a test."""

import pytest

from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    # THREATEN: bluster ("गीदड़ भभकी") and the verb धमकाना
    ("hi.threaten", "ईरान ने सऊदी अरब को गीदड़ भभकी दी।",
     "2024-05-01", ("THREATEN", None, {"IRN"}, {"SAU"}, "asserted")),
    ("hi.threaten", "वेनेजुएला ने कोलंबिया को धमकाते हुए सीमा पर सैनिक भेजे।",
     "2024-05-01", ("THREATEN", None, {"VEN"}, {"COL"}, "asserted")),
    # conditional threats with a plain consequence verb
    ("hi.threaten.conditional", "अज़रबैजान ने कहा कि अगर आर्मेनिया ने सीमा पार की तो उसे भारी नुकसान झेलना पड़ेगा।",
     "2024-05-01", ("THREATEN", None, {"AZE"}, {"ARM"}, "asserted")),
    # a condition without an agent: the threatened is the one told (को)
    ("hi.threaten.conditional", "चीन ने कहा कि अगर बातचीत से हल नहीं निकला तो फिलीपींस को इसके नतीजे भुगतने पड़ेंगे।",
     "2024-05-01", ("THREATEN", None, {"CHN"}, {"PHL"}, "asserted")),
    ("hi.threaten.pay", "उत्तर कोरिया ने कहा कि वह दक्षिण कोरिया को सबक सिखाएगा।",
     "2024-05-01", ("THREATEN", None, {"PRK"}, {"KOR"}, "asserted")),
    # CONCEDE: tariffs and duties removed or cancelled
    ("hi.concede.ease", "जापान ने दक्षिण कोरिया के उत्पादों पर लगे टैरिफ हटा दिए।",
     "2024-05-01", ("CONCEDE", None, {"JPN"}, {"KOR"}, "asserted")),
    ("hi.concede.ease", "कनाडा ने चीनी इस्पात पर लगाया गया शुल्क रद्द कर दिया।",
     "2024-05-01", ("CONCEDE", None, {"CAN"}, {"CHN"}, "asserted")),
    # AGREE: a deal "sealed" (मुहर)
    ("hi.agree.sign", "ब्राजील और अर्जेंटीना ने व्यापार समझौते पर मुहर लगाई।",
     "2024-05-01", ("AGREE", None, {"BRA"}, {"ARG"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)
