"""CAMEO sub-codes, type by type (issue 13): the specific ways Hindi news tells an intent,
a refusal, a demand, a threat or an attack, each pinned with a sentence we wrote, and the
sub-code the event carries.

Files named test_vocab_*.py list their frames' cases in FRAME_CASES (rule id, text,
published, (type, mode, actor countries, recipient countries, modality)); test_frames.py
counts them when it checks that every frame has a test."""

import pytest

from tests.coding.test_frames import test_frame_codes_our_sentence as _codes_our_sentence

P = "2024-05-02"
FRAME_CASES = [
    # AGREE: intent to cooperate, to give, to free, to ease, to calm down
    ("hi.agree.economic_intent", "भारत और जापान आर्थिक सहयोग बढ़ाने पर सहमत हुए।",
     P, ("AGREE", None, {"IND"}, {"JPN"}, "asserted")),
    ("hi.agree.military_intent", "फ्रांस और मिस्र ने रक्षा सहयोग बढ़ाने पर सहमति जताई।",
     P, ("AGREE", None, {"FRA"}, {"EGY"}, "asserted")),
    ("hi.agree.judicial_intent", "नेपाल ने भारत के साथ प्रत्यर्पण पर सहमति जताई।",
     P, ("AGREE", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.agree.intel_intent", "ब्रिटेन और पोलैंड खुफिया जानकारी साझा करने पर सहमत हुए।",
     P, ("AGREE", None, {"GBR"}, {"POL"}, "asserted")),
    ("hi.agree.diplomatic_intent", "ईरान और सऊदी अरब ने राजनयिक संबंध बहाल करने पर सहमति जताई।",
     P, ("AGREE", None, {"IRN"}, {"SAU"}, "asserted")),
    ("hi.agree.economic_aid_intent", "जापान ने श्रीलंका को आर्थिक मदद का वादा किया।",
     P, ("AGREE", None, {"JPN"}, {"LKA"}, "asserted")),
    ("hi.agree.military_aid_intent", "जर्मनी ने यूक्रेन को सैन्य मदद का वादा किया।",
     P, ("AGREE", None, {"DEU"}, {"UKR"}, "asserted")),
    ("hi.agree.humanitarian_aid_intent", "कनाडा ने हैती को मानवीय सहायता की पेशकश की।",
     P, ("AGREE", None, {"CAN"}, {"HTI"}, "asserted")),
    ("hi.agree.protect_intent", "ब्रिटेन ने यूक्रेन को सुरक्षा गारंटी देने का वादा किया।",
     P, ("AGREE", None, {"GBR"}, {"UKR"}, "asserted")),
    ("hi.agree.release_intent", "रूस और यूक्रेन युद्धबंदियों को रिहा करने पर सहमत हुए।",
     P, ("AGREE", None, {"RUS"}, {"UKR"}, "asserted")),
    ("hi.agree.ease_sanctions_intent", "अमेरिका ने वेनेजुएला पर से प्रतिबंध हटाने पर सहमति जताई।",
     P, ("AGREE", None, {"USA"}, {"VEN"}, "asserted")),
    ("hi.agree.inspection_intent", "ईरान संयुक्त राष्ट्र के निरीक्षकों को अनुमति देने पर सहमत हो गया।",
     P, ("AGREE", None, {"IRN"}, {"UNO"}, "asserted")),
    ("hi.agree.deescalate_intent", "भारत और चीन सीमा पर तनाव कम करने पर सहमत हुए।",
     P, ("AGREE", None, {"IND"}, {"CHN"}, "asserted")),
    ("hi.agree.accept_mediation", "आर्मेनिया ने रूस की मध्यस्थता स्वीकार कर ली।",
     P, ("AGREE", None, {"ARM"}, {"RUS"}, "asserted")),
    # CONSULT: negotiating a deal
    ("hi.consult.negotiate", "भारत और ब्रिटेन के बीच व्यापार समझौते पर बातचीत हुई।",
     P, ("CONSULT", None, {"IND"}, {"GBR"}, "asserted")),
    ("hi.consult.negotiate", "रूस और यूक्रेन के बीच तुर्की में शांति वार्ता हुई।",
     P, ("CONSULT", None, {"RUS"}, {"UKR"}, "asserted")),
    # AID, CONCEDE, RETREAT
    ("hi.aid.peacekeepers", "भारत ने दक्षिण सूडान में शांति सैनिक भेजे।",
     P, ("AID", None, {"IND"}, {"SSD"}, "asserted")),
    ("hi.concede.visas", "भारत ने कनाडा के नागरिकों के लिए वीजा सेवाएं फिर से शुरू कीं।",
     P, ("CONCEDE", None, {"IND"}, {"CAN"}, "asserted")),
    ("hi.retreat.inspectors", "इराक ने संयुक्त राष्ट्र के निरीक्षकों को निरीक्षण की अनुमति दी।",
     P, ("RETREAT", None, {"IRQ"}, {"UNO"}, "asserted")),
    # ACCUSE: what the accused is charged with; a complaint lodged; an inquiry opened
    ("hi.accuse.crime", "वेनेजुएला ने कोलंबिया पर तस्करी का आरोप लगाया।",
     P, ("ACCUSE", None, {"VEN"}, {"COL"}, "asserted")),
    ("hi.accuse.rights", "कनाडा ने म्यांमार पर मानवाधिकार उल्लंघन का आरोप लगाया।",
     P, ("ACCUSE", None, {"CAN"}, {"MMR"}, "asserted")),
    ("hi.accuse.aggression", "अजरबैजान ने आर्मेनिया पर आक्रामकता का आरोप लगाया।",
     P, ("ACCUSE", None, {"AZE"}, {"ARM"}, "asserted")),
    ("hi.accuse.espionage", "अमेरिका ने चीन पर जासूसी का आरोप लगाया।",
     P, ("ACCUSE", None, {"USA"}, {"CHN"}, "asserted")),
    ("hi.accuse.complain", "पाकिस्तान ने भारत के खिलाफ संयुक्त राष्ट्र में शिकायत दर्ज कराई।",
     P, ("ACCUSE", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.accuse.investigate", "संयुक्त राष्ट्र ने इजरायल के युद्ध अपराधों की जांच शुरू की।",
     P, ("ACCUSE", None, {"UNO"}, {"ISR"}, "asserted")),
    # REJECT: what is refused
    ("hi.reject.cooperation", "ईरान ने अमेरिका की मदद की पेशकश ठुकरा दी।",
     P, ("REJECT", None, {"IRN"}, {"USA"}, "asserted")),
    ("hi.reject.judicial", "ब्रिटेन ने भारत को भगोड़े के प्रत्यर्पण से इनकार कर दिया।",
     P, ("REJECT", None, {"GBR"}, {"IND"}, "asserted")),
    ("hi.reject.aid", "अमेरिका ने पाकिस्तान को मदद देने से इनकार कर दिया।",
     P, ("REJECT", None, {"USA"}, {"PAK"}, "asserted")),
    ("hi.reject.economic_aid", "चीन ने श्रीलंका को कर्ज देने से इनकार कर दिया।",
     P, ("REJECT", None, {"CHN"}, {"LKA"}, "asserted")),
    ("hi.reject.military_aid", "जर्मनी ने यूक्रेन को हथियार देने से इनकार कर दिया।",
     P, ("REJECT", None, {"DEU"}, {"UKR"}, "asserted")),
    ("hi.reject.release", "ईरान ने ब्रिटिश नागरिकों को रिहा करने से इनकार कर दिया।",
     P, ("REJECT", None, {"IRN"}, {"GBR"}, "asserted")),
    ("hi.reject.keep_sanctions", "ब्रिटेन ने ईरान पर से प्रतिबंध हटाने से इनकार कर दिया।",
     P, ("REJECT", None, {"GBR"}, {"IRN"}, "asserted")),
    ("hi.reject.ceasefire", "हमास ने इजरायल का युद्धविराम प्रस्ताव ठुकरा दिया।",
     P, ("REJECT", None, {"IMG"}, {"ISR"}, "asserted")),
    ("hi.reject.mediation", "भारत ने अमेरिका की मध्यस्थता की पेशकश ठुकरा दी।",
     P, ("REJECT", None, {"IND"}, {"USA"}, "asserted")),
    ("hi.reject.veto", "रूस ने अमेरिका के प्रस्ताव पर वीटो कर दिया।",
     P, ("REJECT", None, {"RUS"}, {"USA"}, "asserted")),
    # REQUEST: what is asked for
    ("hi.request.material", "भारत ने चीन से सहयोग मांगा।",
     P, ("REQUEST", None, {"IND"}, {"CHN"}, "asserted")),
    ("hi.request.judicial", "भारत ने ब्रिटेन से भगोड़े के प्रत्यर्पण की मांग की।",
     P, ("REQUEST", None, {"IND"}, {"GBR"}, "asserted")),
    ("hi.request.evidence", "पाकिस्तान ने भारत से सबूत मांगे।",
     P, ("REQUEST", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.request.economic_aid", "श्रीलंका ने चीन से आर्थिक मदद मांगी।",
     P, ("REQUEST", None, {"LKA"}, {"CHN"}, "asserted")),
    ("hi.request.military_aid", "यूक्रेन ने अमेरिका से सैन्य मदद मांगी।",
     P, ("REQUEST", None, {"UKR"}, {"USA"}, "asserted")),
    ("hi.request.humanitarian_aid", "फिलीपींस ने संयुक्त राष्ट्र से मानवीय सहायता की अपील की।",
     P, ("REQUEST", None, {"PHL"}, {"UNO"}, "asserted")),
    ("hi.request.step_down", "अमेरिका ने वेनेजुएला के राष्ट्रपति से पद छोड़ने को कहा।",
     P, ("REQUEST", None, {"USA"}, {"VEN"}, "asserted")),
    ("hi.request.lift_sanctions", "रूस ने अमेरिका से प्रतिबंध हटाने की मांग की।",
     P, ("REQUEST", None, {"RUS"}, {"USA"}, "asserted")),
    ("hi.request.meeting", "चीन ने सुरक्षा परिषद की आपात बैठक बुलाने की मांग की।",
     P, ("REQUEST", None, {"CHN"}, {"UNO"}, "asserted")),
    ("hi.request.settle", "जापान ने चीन से विवाद सुलझाने की अपील की।",
     P, ("REQUEST", None, {"JPN"}, {"CHN"}, "asserted")),
    ("hi.request.mediation", "पाकिस्तान ने अमेरिका से मध्यस्थता की अपील की।",
     P, ("REQUEST", None, {"PAK"}, {"USA"}, "asserted")),
    # THREATEN: what is threatened
    ("hi.threaten.nonforce", "अमेरिका ने ईरान को परमाणु समझौते से हटने की धमकी दी।",
     P, ("THREATEN", None, {"USA"}, {"IRN"}, "asserted")),
    ("hi.threaten.cut_aid", "अमेरिका ने पाकिस्तान को मदद रोकने की धमकी दी।",
     P, ("THREATEN", None, {"USA"}, {"PAK"}, "asserted")),
    ("hi.threaten.visas", "अमेरिका ने ईरान को वीजा रोकने की धमकी दी।",
     P, ("THREATEN", None, {"USA"}, {"IRN"}, "asserted")),
    ("hi.threaten.halt_talks", "ईरान ने अमेरिका के साथ बातचीत से हटने की धमकी दी।",
     P, ("THREATEN", None, {"IRN"}, {"USA"}, "asserted")),
    ("hi.threaten.halt_mediation", "कतर ने अमेरिका को मध्यस्थता से हटने की धमकी दी।",
     P, ("THREATEN", None, {"QAT"}, {"USA"}, "asserted")),
    ("hi.threaten.leave", "फ्रांस ने माली से सैनिकों को हटाने की धमकी दी।",
     P, ("THREATEN", None, {"FRA"}, {"MLI"}, "asserted")),
    ("hi.threaten.blockade", "चीन ने ताइवान की नाकेबंदी करने की धमकी दी।",
     P, ("THREATEN", None, {"CHN"}, {"TWN"}, "asserted")),
    ("hi.threaten.occupy", "अमेरिका ने ग्रीनलैंड पर कब्जा करने की धमकी दी।",
     P, ("THREATEN", None, {"USA"}, {"GRL"}, "asserted")),
    ("hi.threaten.terror", "अल-शबाब ने केन्या को आतंकी हमले की धमकी दी।",
     P, ("THREATEN", None, {"IMG"}, {"KEN"}, "asserted")),
    ("hi.threaten.attack", "ईरान ने इजरायल को मिसाइल हमले की धमकी दी।",
     P, ("THREATEN", None, {"IRN"}, {"ISR"}, "asserted")),
    ("hi.threaten.nuclear", "रूस ने ब्रिटेन को परमाणु हमले की धमकी दी।",
     P, ("THREATEN", None, {"RUS"}, {"GBR"}, "asserted")),
    # (the general frames keep what has no sub-code: a war threatened, an agreement in general)
    ("hi.threaten.war", "ईरान ने सऊदी अरब को युद्ध की धमकी दी।",
     P, ("THREATEN", None, {"IRN"}, {"SAU"}, "asserted")),
    ("hi.agree.consensus", "भारत और बांग्लादेश कई मुद्दों पर सहमत हुए।",
     P, ("AGREE", None, {"IND"}, {"BGD"}, "asserted")),
    # MOBILIZE, SANCTION, COERCE
    ("hi.mobilize.alert", "पाकिस्तान ने भारत से लगी सीमा पर सेना को हाई अलर्ट पर रखा।",
     P, ("MOBILIZE", None, {"PAK"}, set(), "asserted")),
    ("hi.sanction.cutaid_economic", "अमेरिका ने पाकिस्तान की आर्थिक सहायता रोक दी।",
     P, ("SANCTION", None, {"USA"}, {"PAK"}, "asserted")),
    ("hi.sanction.cutaid_humanitarian", "अमेरिका ने अफगानिस्तान के लिए मानवीय सहायता रोक दी।",
     P, ("SANCTION", None, {"USA"}, {"AFG"}, "asserted")),
    ("hi.sanction.halt_mediation", "कतर ने इजरायल और हमास के बीच मध्यस्थता रोक दी।",
     P, ("SANCTION", None, {"QAT"}, {"ISR", "IMG"}, "asserted")),
    ("hi.sanction.expel_inspectors", "उत्तर कोरिया ने संयुक्त राष्ट्र के निरीक्षकों को निष्कासित कर दिया।",
     P, ("SANCTION", None, {"PRK"}, {"UNO"}, "asserted")),
    ("hi.coerce.confiscate", "रूस ने ब्रिटिश कंपनियों की संपत्ति जब्त कर ली।",
     P, ("COERCE", None, {"RUS"}, {"GBR"}, "asserted")),
    # ASSAULT: how the violence is done
    ("hi.assault.demolish", "रूसी सैनिकों ने यूक्रेन में घरों को जला दिया।",
     P, ("ASSAULT", None, {"RUS"}, {"UKR"}, "asserted")),
    ("hi.assault.torture", "पाकिस्तानी सेना ने भारतीय पायलट को यातनाएं दीं।",
     P, ("ASSAULT", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.assault.suicide_bombing", "काबुल में आत्मघाती बम धमाके में 20 लोग मारे गए।",
     P, ("ASSAULT", None, {"IMG"}, {"AFG"}, "asserted")),
    ("hi.assault.car_bomb", "बगदाद में कार बम धमाके में दस लोग मारे गए।",
     P, ("ASSAULT", None, {"IMG"}, {"IRQ"}, "asserted")),
    ("hi.assault.roadside_bomb", "सोमालिया में सड़क किनारे बम विस्फोट में पांच सैनिक मारे गए।",
     P, ("ASSAULT", None, {"IMG"}, {"SOM"}, "asserted")),
    ("hi.assault.firing", "पाकिस्तानी सेना ने नियंत्रण रेखा पर भारतीय चौकियों पर गोलीबारी की।",
     P, ("ASSAULT", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.assault.violation", "पाकिस्तान ने नियंत्रण रेखा पर संघर्ष विराम का उल्लंघन किया।",
     P, ("ASSAULT", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.assault.expulsion", "रूस ने यूक्रेन के लोगों को जबरन विस्थापित किया।",
     P, ("ASSAULT", None, {"RUS"}, {"UKR"}, "asserted")),
    ("hi.assault.ethnic_cleansing", "सर्बिया की सेना ने बोस्निया में जातीय सफाया किया।",
     P, ("ASSAULT", None, {"SRB"}, {"BIH"}, "asserted")),
    ("hi.assault.chemical", "इराक ने ईरान पर जहरीली गैस से हमला किया।",
     P, ("ASSAULT", None, {"IRQ"}, {"IRN"}, "asserted")),
    ("hi.assault.nuclear", "अमेरिका ने 1945 में जापान पर परमाणु बम गिराया।",
     P, ("ASSAULT", None, {"USA"}, {"JPN"}, "historical")),
]


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_vocabulary_frames(code, rule, text, published, expected):
    _codes_our_sentence(code, rule, text, published, expected)


# frames that were coded with their root before and now carry their sub-code
RECODED = {"hi.assault.firing": "193", "hi.assault.violation": "196", "hi.threaten.war": "138", "hi.agree.consensus": "030"}


@pytest.mark.parametrize("rule,text,published,expected", FRAME_CASES, ids=[c[0] for c in FRAME_CASES])
def test_the_event_carries_its_sub_code(code, pipeline, rule, text, published, expected):
    frame = next(f for f in pipeline.profiles["hi"].lexicon.frames if f.id == rule)
    assert frame.cameo == RECODED.get(rule, frame.cameo)
    fired = [ev for ev in code(text, published).events if ev.rule == rule]
    assert fired and fired[0].cameo == frame.cameo
