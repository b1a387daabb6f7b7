"""Vocabulary of RETREAT, AID, COOPERATE and SANCTION (and CONSULT cases), each frame pinned
with a sentence we wrote.

Files named test_vocab_*.py list their frames' cases in FRAME_CASES (rule id, text,
published, (type, mode, actor countries, recipient countries, modality)); test_frames.py
counts them when it checks that every frame has a test."""

import pytest

from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    # AID: medicines and medical equipment "मुहैया करवाया" (the causative), spelled दवायें
    ("hi.aid.humanitarian", "जापान ने फिलीपींस को पांच टन दवायें और चिकित्सा उपकरण मुहैया करवाया।",
     "2024-05-01", ("AID", None, {"JPN"}, {"PHL"}, "asserted")),
    # RETREAT: a ceasefire one side declares alone halts its fire against the other
    ("hi.retreat.declare_ceasefire", "अजरबैजान ने आर्मेनिया के साथ लगी सीमा पर एकतरफा संघर्ष विराम की घोषणा की।",
     "2024-05-01", ("RETREAT", "ceasefire", {"AZE"}, {"ARM"}, "asserted")),
    # (at sea too, where a missile fired is only a test)
    ("hi.assault.shoot_down", "ब्रिटिश युद्धपोत ने लाल सागर में हूतियों के दो ड्रोन मार गिराए।",
     "2024-05-01", ("ASSAULT", None, {"GBR"}, {"IMG", "YEM"}, "asserted")),
    # RETREAT: fighting told as having stopped; a ceasefire that "took hold"; both armies pulling back
    ("hi.retreat.halt", "आर्मेनिया और अजरबैजान के बीच जंग थम गई है।",
     "2023-09-21", ("RETREAT", "ceasefire", {"ARM"}, {"AZE"}, "asserted")),
    ("hi.retreat.ceasefire", "थाईलैंड और कंबोडिया के बीच संघर्ष विराम लग गया है।",
     "2025-07-29", ("RETREAT", "ceasefire", {"THA"}, {"KHM"}, "asserted")),
    ("hi.retreat.freed_from", "बोको हराम की कैद से रिहा हुए नाइजर के छह नागरिक घर लौट आए।",
     "2024-05-01", ("RETREAT", "release", {"IMG"}, {"NER"}, "asserted")),
    # (both pulled back: the first named is the actor, the other the recipient)
    ("hi.retreat.pullback", "वियतनामी सेना और कंबोडियाई सेना पीछे हट गईं।",
     "2024-05-01", ("RETREAT", "withdraw", {"VNM"}, {"KHM"}, "asserted")),
    ("hi.retreat.pullback", "तुर्की सीरिया की सीमा से अपने सैनिक हटा लेगा।",
     "2024-05-01", ("RETREAT", "withdraw", {"TUR"}, {"SYR"}, "future")),
    ("hi.retreat.exchange", "आर्मेनिया और अजरबैजान ने युद्धबंदियों का आदान-प्रदान किया।",
     "2024-05-01", ("RETREAT", "release", {"ARM"}, {"AZE"}, "asserted")),
    # AID: the idiom of giving help; help "प्रदान की"; aid being sent
    ("hi.aid.hand", "सऊदी अरब ने सूडान की ओर मदद का हाथ बढ़ाया।",
     "2024-05-01", ("AID", None, {"SAU"}, {"SDN"}, "asserted")),
    ("hi.aid.economic", "जापान ने फिलीपींस को पचास करोड़ डॉलर की बजट सहायता प्रदान की।",
     "2024-05-01", ("AID", None, {"JPN"}, {"PHL"}, "asserted")),
    ("hi.aid.military", "ब्रिटेन मोल्दोवा को सैन्य सहायता भेज रहा है।",
     "2024-05-01", ("AID", None, {"GBR"}, {"MDA"}, "asserted")),
    ("hi.aid.helped", "जापान ने भूकंप के बाद तुर्की की मदद की।",
     "2024-05-01", ("AID", None, {"JPN"}, {"TUR"}, "asserted")),
    ("hi.aid.helped", "चीन पाकिस्तान की मदद कर रहा है।",
     "2024-05-01", ("AID", None, {"CHN"}, {"PAK"}, "asserted")),
    ("hi.retreat.withdraw", "रूस ने सीरिया से अपनी सेना वापस बुलाई।",
     "2024-05-01", ("RETREAT", "withdraw", {"RUS"}, {"SYR"}, "asserted")),
    # COOPERATE: a state's investment in another; a bilateral maritime exercise
    ("hi.cooperate.invest", "संयुक्त अरब अमीरात मिस्र में दस अरब डॉलर का निवेश करेगा।",
     "2024-05-01", ("COOPERATE", None, {"ARE"}, {"EGY"}, "future")),
    ("hi.cooperate.exercise", "इंडोनेशियाई और ऑस्ट्रेलियाई नौसेना के बीच समुद्री अभ्यास किया गया।",
     "2024-05-01", ("COOPERATE", None, {"IDN"}, {"AUS"}, "asserted")),
    ("hi.cooperate.exercise", "मिस्र और जॉर्डन ने संयुक्त आतंकवाद विरोधी अभ्यास शुरू किया है।",
     "2024-05-01", ("COOPERATE", None, {"EGY"}, {"JOR"}, "asserted")),
    ("hi.cooperate.together", "मलेशिया और इंडोनेशिया की नौसेनाओं ने मलक्का जलडमरूमध्य में समन्वित गश्त की।",
     "2024-05-01", ("COOPERATE", None, {"MYS"}, {"IDN"}, "asserted")),
    # SANCTION: a stem trigger inflected ("वापस बुलाने", "तोड़ने", "रोकने"); an expelled officer
    ("hi.sanction.downgrade", "नीदरलैंड ने ईरान से अपने उच्चायुक्त को वापस बुलाने का फैसला किया।",
     "2024-05-01", ("SANCTION", None, {"NLD"}, {"IRN"}, "asserted")),
    ("hi.sanction.downgrade", "बेल्जियम ने वेनेजुएला से अपने राजनयिकों को वापस बुलाने का फैसला किया।",
     "2024-05-01", ("SANCTION", None, {"BEL"}, {"VEN"}, "asserted")),
    ("hi.sanction.downgrade", "सूडान ने चाड के साथ संबंधों को तोड़ने का फैसला किया।",
     "2024-05-01", ("SANCTION", None, {"SDN"}, {"TCD"}, "asserted")),
    ("hi.sanction.cutaid", "जर्मनी ने इथियोपिया के लिए सहायता रोकने का फैसला किया।",
     "2024-05-01", ("SANCTION", None, {"DEU"}, {"ETH"}, "asserted")),
    ("hi.sanction.expel", "स्वीडन ने इराक के दूतावास के अफसर को निष्कासित कर दिया।",
     "2024-05-01", ("SANCTION", None, {"SWE"}, {"IRQ"}, "asserted")),
    ("hi.sanction.impose", "कनाडा ने बेलारूस में चार अधिकारियों पर प्रतिबंध लगाये।",
     "2024-05-01", ("SANCTION", None, {"CAN"}, {"BLR"}, "asserted")),
    ("hi.aid.humanitarian", "चीन ने लाओस को टीके की दस लाख खुराक सौंपीं हैं।",
     "2024-05-01", ("AID", None, {"CHN"}, {"LAO"}, "asserted")),
    # CONSULT: a meeting told "X और Y के बीच मुलाकात हुई"; a headline's "फोन पर की चर्चा"
    ("hi.consult.phone", "मैक्रों ने जलवायु संकट पर शोल्ज़ से फोन पर की चर्चा",
     "2024-05-01", ("CONSULT", "phone", {"FRA"}, {"DEU"}, "asserted")),
    ("hi.consult.mulaqat", "केन्या के राष्ट्रपति और तंजानिया के राष्ट्रपति के बीच मुलाकात हुई।",
     "2024-05-01", ("CONSULT", None, {"KEN"}, {"TZA"}, "asserted")),
    # a meeting on the sidelines of a summit is the sentence's own meeting, not the summit
    ("hi.consult.mulaqat", "ब्रिक्स की बैठक के मौके पर ब्राजील के राष्ट्रपति ने अर्जेंटीना के राष्ट्रपति से मुलाकात की।",
     "2024-05-01", ("CONSULT", None, {"BRA"}, {"ARG"}, "asserted")),
    ("hi.consult.mulaqat", "आसियान शिखर सम्मेलन से इतर वियतनाम के प्रधानमंत्री ने जापान के प्रधानमंत्री से मुलाकात की।",
     "2024-05-01", ("CONSULT", None, {"VNM"}, {"JPN"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)


# sentences that hold such a word but no such event
NOT_EVENTS = [
    ("RETREAT", "भारत और पाकिस्तान ने कैदियों की सूची का आदान-प्रदान किया।"),  # lists, not prisoners
    ("AID", "पाकिस्तान ने चीन से मदद की अपील की।"),  # asked for, not given
    ("AID", "भारत ने अमेरिका की मदद की सराहना की।"),  # praised
    ("COOPERATE", "संयुक्त गश्त की जरूरत है।"),
    ("COOPERATE", "जापान ने भारत में निवेश करने का वादा किया।"),  # a promise (AGREE)
]


@pytest.mark.parametrize("etype,text", NOT_EVENTS, ids=[t for t, _ in NOT_EVENTS])
def test_vocabulary_no_event(code, etype, text):
    doc = code(text, "2024-05-01")
    assert not [e for e in doc.events if e.type == etype], [(e.rule, e.type) for e in doc.events]
