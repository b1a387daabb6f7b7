"""Vocabulary of ACCUSE, REJECT, SUPPORT and PROTEST from real Hindi news, each form pinned
with a sentence we wrote (other states, other words than the articles).

Files named test_vocab_*.py list their frames' cases in FRAME_CASES (rule id, text,
published, (type, mode, actor countries, recipient countries, modality)); test_frames.py
counts them when it checks that every frame has a test."""

import pytest

from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    # REJECT: opposing another's proposal, recommendation or membership (opposing anything
    # else stays a protest)
    ("hi.reject.oppose", "हंगरी ने यूक्रेन की यूरोपीय संघ सदस्यता का विरोध किया।",
     "2024-05-01", ("REJECT", None, {"HUN"}, {"UKR"}, "asserted")),
    ("hi.reject.oppose", "फ्रांस ने अमेरिका के शांति प्रस्ताव का खुलकर विरोध किया।",
     "2024-05-01", ("REJECT", None, {"FRA"}, {"USA"}, "asserted")),
    # REJECT: talks said to have no basis, or to be out of the question
    ("hi.reject.no_basis", "इजरायल ने कहा कि हमास के साथ किसी समझौते का अब कोई आधार नहीं है।",
     "2024-05-01", ("REJECT", None, {"ISR"}, {"IMG"}, "asserted")),
    ("hi.reject.no_basis", "अजरबैजान ने कहा कि आर्मेनिया से बातचीत का सवाल ही नहीं उठता।",
     "2024-05-01", ("REJECT", None, {"AZE"}, {"ARM"}, "asserted")),
    # SUPPORT: ties with X welcomed; a second predicate's को is not whom it welcomes
    ("hi.support.welcome", "पुतिन ने कहा कि हम ईरान के साथ व्यापारिक संबंध सामान्य होने का स्वागत करते हैं तथा उसकी "
     "दिक्कतें भी समझते हैं।", "2024-05-01", ("SUPPORT", None, {"RUS"}, {"IRN"}, "asserted")),
    # ACCUSE: a verbal attack is an accusation, not an assault
    ("hi.accuse.verbal", "फ्रांस के राष्ट्रपति ने ब्राजील पर जुबानी हमला बोला।",
     "2024-05-02", ("ACCUSE", None, {"FRA"}, {"BRA"}, "asserted")),
    ("hi.accuse.verbal", "जर्मनी के चांसलर ने इटली पर तीखा हमला किया।",
     "2024-05-02", ("ACCUSE", None, {"DEU"}, {"ITA"}, "asserted")),
    # ACCUSE: scolding and venom
    ("hi.accuse.target", "भारत के विदेश मंत्री ने तुर्की को खरी खोटी सुनाई।",
     "2024-05-02", ("ACCUSE", None, {"IND"}, {"TUR"}, "asserted")),
    ("hi.accuse.target", "ईरान ने सऊदी अरब के फैसले पर जहर उगला।",
     "2024-05-02", ("ACCUSE", None, {"IRN"}, {"SAU"}, "asserted")),
    # ACCUSE: naming a state a hub of terror
    ("hi.accuse.call", "बांग्लादेश के विदेश मंत्री ने म्यांमार को आतंकवाद का गढ़ बताया।",
     "2024-05-02", ("ACCUSE", None, {"BGD"}, {"MMR"}, "asserted")),
    ("hi.accuse.call", "अफगानिस्तान ने ईरान के बयान को दुष्प्रचार करार दिया।",
     "2024-05-02", ("ACCUSE", None, {"AFG"}, {"IRN"}, "asserted")),
    # ACCUSE: concern voiced
    ("hi.accuse.disapprove", "ओमान ने कुवैत के नए कानून पर फिक्र जताई है।",
     "2024-05-02", ("ACCUSE", None, {"OMN"}, {"KWT"}, "asserted")),
    # REJECT: a claim called baseless or nonsense
    ("hi.reject", "ब्राजील के विदेश मंत्री ने अर्जेंटीना के दावे को बकवास करार दिया।",
     "2024-05-02", ("REJECT", None, {"BRA"}, {"ARG"}, "asserted")),
    ("hi.reject", "कनाडा ने मेक्सिको के सभी आरोपों को बेबुनियाद करार दिया।",
     "2024-05-02", ("REJECT", None, {"CAN"}, {"MEX"}, "asserted")),
    ("hi.reject", "पेरू की सेना ने चिली के आरोप से इन्कार किया है।",
     "2024-05-02", ("REJECT", None, {"PER"}, {"CHL"}, "asserted")),
    # SUPPORT: a vote for a proposal
    ("hi.support.vote", "इंडोनेशिया ने मलेशिया के प्रस्ताव के पक्ष में मतदान किया।",
     "2024-05-02", ("SUPPORT", None, {"IDN"}, {"MYS"}, "asserted")),
    ("hi.support.vote", "केन्या ने सूडान के प्रस्ताव के समर्थन में वोट किया।",
     "2024-05-02", ("SUPPORT", None, {"KEN"}, {"SDN"}, "asserted")),
    # PROTEST: opposing another state's act, objection made known
    ("hi.protest.lodge", "वियतनाम ने फिलीपींस के नए कानून का विरोध किया है।",
     "2024-05-02", ("PROTEST", None, {"VNM"}, {"PHL"}, "asserted")),
    ("hi.protest.lodge", "श्रीलंका ने मालदीव के फैसले पर ऐतराज़ ज़ाहिर किया है।",
     "2024-05-02", ("PROTEST", None, {"LKA"}, {"MDV"}, "asserted")),
    # PROTEST: demonstrators' verb forms and slogans
    ("hi.protest.demonstrate", "सियोल में दक्षिण कोरियाई नागरिकों ने जापान के खिलाफ प्रदर्शन कर नारे लगाए।",
     "2024-05-02", ("PROTEST", None, {"KOR"}, {"JPN"}, "asserted")),
    # SUPPORT: siding with a state, solidarity shown, a pat on the back
    ("hi.support.defend", "रूस ने संयुक्त राष्ट्र में सीरिया का साथ दिया।",
     "2024-05-02", ("SUPPORT", None, {"RUS"}, {"SYR"}, "asserted")),
    ("hi.support.respect", "मिस्र ने सूडान के प्रति एकजुटता दिखाई।",
     "2024-05-02", ("SUPPORT", None, {"EGY"}, {"SDN"}, "asserted")),
    ("hi.support.praise", "फ्रांस के राष्ट्रपति ने मोरक्को की पीठ थपथपाई।",
     "2024-05-02", ("SUPPORT", None, {"FRA"}, {"MAR"}, "asserted")),
    # ACCUSE: held responsible
    ("hi.accuse.blame", "इराक ने हमले के लिए तुर्की को जिम्मेदार बताया।",
     "2024-05-02", ("ACCUSE", None, {"IRQ"}, {"TUR"}, "asserted")),
    # PROTEST: taking to the streets
    ("hi.protest.demonstrate", "हजारों यूनानी नागरिक तुर्की के खिलाफ सड़कों पर उतरे।",
     "2024-05-02", ("PROTEST", None, {"GRC"}, {"TUR"}, "asserted")),
    # ACCUSE: a state called a terrorist state, the label in quotes
    ("hi.accuse.label", "वेनेजुएला के राष्ट्रपति ने अमेरिका को 'आतंकी राज्य' करार दिया।",
     "2024-05-02", ("ACCUSE", None, {"VEN"}, {"USA"}, "asserted")),
    # SUPPORT: welcoming talks between others
    ("hi.support.welcome", "जापान ने चीन और दक्षिण कोरिया के बीच वार्ता का स्वागत किया।",
     "2024-05-02", ("SUPPORT", None, {"JPN"}, {"CHN"}, "asserted")),
    # SUPPORT: a state called a true friend; praise as encouragement
    ("hi.support.label", "नेपाल के प्रधानमंत्री ने जापान को 'सच्चा दोस्त' बताया।",
     "2024-05-02", ("SUPPORT", None, {"NPL"}, {"JPN"}, "asserted")),
    ("hi.support.praise", "भूटान के विदेश मंत्री ने भी थाईलैंड की हौसलाअफजाई की।",
     "2024-05-02", ("SUPPORT", None, {"BTN"}, {"THA"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)


@pytest.mark.parametrize("text", [
    "भारतीय टीम ने ऑस्ट्रेलिया के खिलाफ शानदार प्रदर्शन किया।",
    "जर्मनी के चांसलर ने इटली पर तीखा हमला बोला।",
    "मेसी ने शानदार प्रदर्शन कर अर्जेंटीना को जीत दिलाई।",
])
def test_no_wrong_event(code, text):
    """A team's performance is no demonstration; a verbal attack is no assault."""
    types = {e.type for e in code(text, "2024-05-02").events}
    assert "PROTEST" not in types and "ASSAULT" not in types
