"""Vocabulary of AGREE, REQUEST, CONCEDE and THREATEN, each case a sentence we wrote.

Files named test_vocab_*.py list their frames' cases in FRAME_CASES (rule id, text,
published, (type, mode, actor countries, recipient countries, modality)); test_frames.py
counts them when it checks that every frame has a test."""

import pytest

from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

FRAME_CASES = [
    # THREATEN: another "will get a harsh reply", in a speaker's words
    ("hi.threaten.pay", "यूक्रेन के रक्षा मंत्री ने कहा कि धैर्य की सीमा खत्म हो चुकी है, अब रूस को करारा जवाब मिलेगा।",
     "2024-05-01", ("THREATEN", None, {"UKR"}, {"RUS"}, "asserted")),
    # AGREE: a pledge to strengthen the ties between the two
    ("hi.agree.cooperate_intent", "दोनों राष्ट्रपतियों ने मिस्र और सऊदी अरब के रिश्तों को मजबूत करने का संकल्प लिया।",
     "2024-05-01", ("AGREE", None, {"EGY"}, {"SAU"}, "asserted")),
    # THREATEN: another "should be ready for it", after a vow to strike back, is warned, not asked
    ("hi.threaten.pay", "तुर्की की सेना ने कहा कि वह पलटवार जरूर करेगी और सीरिया को इसके लिए तैयार रहना चाहिए।",
     "2024-05-01", ("THREATEN", None, {"TUR"}, {"SYR"}, "asserted")),
    # REQUEST: what another "will have to" do, in a speaker's words, is asked of it
    ("hi.request.should", "वार्ता में जापान ने दो टूक कह दिया कि रूस को कब्जाए द्वीपों से हर हाल में पीछे हटना ही होगा।",
     "2024-05-01", ("REQUEST", None, {"JPN"}, {"RUS"}, "asserted")),
    ("hi.request.should", "ब्राजील ने कहा कि अर्जेंटीना को बकाया कर्ज चुकाना होगा।",
     "2024-05-01", ("REQUEST", None, {"BRA"}, {"ARG"}, "asserted")),
    # THREATEN: a loss another "will have to bear" if it acts is a threat, not a request
    ("hi.threaten.conditional", "तुर्की ने कहा कि यदि ग्रीस ने द्वीपों पर सेना तैनात की तो उसे भारी नुकसान सहना पड़ेगा।",
     "2024-05-01", ("THREATEN", None, {"TUR"}, {"GRC"}, "asserted")),
    # AGREE: accepting another's proposal or offer; whoever put it, by genitive or द्वारा, is the
    # other party (refusing to accept it is a rejection, tested in the REJECT vocabulary)
    ("hi.agree.accept_proposal", "ईरान ने ओमान के प्रस्ताव को स्वीकार कर लिया।",
     "2024-05-01", ("AGREE", None, {"IRN"}, {"OMN"}, "asserted")),
    ("hi.agree.accept_proposal", "सूडान की सेना ने अमेरिका द्वारा रखे गए संघर्ष विराम के प्रस्ताव को स्वीकार कर लिया है।",
     "2024-05-01", ("AGREE", None, {"SDN"}, {"USA"}, "asserted")),
    ("hi.threaten.vow", "तुर्की के राष्ट्रपति ने पीकेके को खत्म करने की कसम खाई।",
     "2024-05-01", ("THREATEN", None, {"TUR"}, {"IMG"}, "asserted")),
    # THREATEN: any act of another will be answered (a condition without अगर); the one whose
    # act is meant is threatened, and the threat is made now
    ("hi.threaten.any_act", "आर्मेनिया के सेना प्रमुख ने कहा कि अजरबैजान की ओर से किसी भी उकसावे का आर्मेनियाई सेना "
     "करारा जवाब देगी।", "2024-05-01", ("THREATEN", None, {"ARM"}, {"AZE"}, "asserted")),
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
    ("hi.threaten", "तुर्की ने ग्रीस को आंखें तरेरीं।",
     "2024-05-01", ("THREATEN", None, {"TUR"}, {"GRC"}, "asserted")),
    ("hi.threaten", "रूस ने फिनलैंड को सबक सिखाने की बात कही है।",
     "2024-05-01", ("THREATEN", None, {"RUS"}, {"FIN"}, "asserted")),
    ("hi.threaten.conditional", "सर्बिया ने कहा कि अगर कोसोवो ने सैनिक भेजे तो हम पलटवार करेंगे।",
     "2024-05-01", ("THREATEN", None, {"SRB"}, {"XKX"}, "asserted")),
    # a demand told as what the other "must" do
    ("hi.request.should", "फ्रांस ने कहा कि माली को चुनाव कराने के लिए जल्द कदम उठाने होंगे।",
     "2024-05-01", ("REQUEST", None, {"FRA"}, {"MLI"}, "asserted")),
    # AGREE: a promise with a particle between its words; agreement told as "राजी हो गए"
    ("hi.agree.promise", "इंडोनेशिया ने मलेशिया को सहयोग का भरोसा भी दिया।",
     "2024-05-01", ("AGREE", None, {"IDN"}, {"MYS"}, "asserted")),
    ("hi.agree.consensus", "सर्बिया और कोसोवो व्यापार बहाल करने पर राजी हो गए।",
     "2024-05-01", ("AGREE", None, {"SRB"}, {"XKX"}, "asserted")),
    ("hi.agree.ceasefire", "जापान, दक्षिण कोरिया के साथ युद्धविराम पर राजी हुआ।",
     "2024-05-01", ("AGREE", "ceasefire", {"JPN"}, {"KOR"}, "asserted")),
    # CONCEDE: demands accepted, giving in to pressure
    ("hi.concede.yield", "ईरान ने फ्रांस की मांग स्वीकार करते हुए राजनयिक पहुंच की अनुमति दे दी।",
     "2024-05-01", ("CONCEDE", None, {"IRN"}, {"FRA"}, "asserted")),
    # REQUEST: asked with the verb in "को कहा"; a letter written to ask
    ("hi.request.appeal", "भारत ने नेपाल से सीमा पर सर्वे रोकने को कहा।",
     "2024-05-01", ("REQUEST", None, {"IND"}, {"NPL"}, "asserted")),
    ("hi.request.letter", "श्रीलंका ने चीन को पत्र लिखकर कर्ज चुकाने की मोहलत बढ़ाने की मांग रखी।",
     "2024-05-01", ("REQUEST", None, {"LKA"}, {"CHN"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)
