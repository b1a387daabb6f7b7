"""Every frame of data/lexicon/frames.yaml, on sentences we wrote."""

import importlib
from pathlib import Path

import pytest

from vaarta.coding.lexicon import Lexicon

CASES = [
    # rule id, text, published, (type, mode, actor countries, recipient countries, modality)
    ("hi.consult.mulaqat", "विदेश मंत्री एस. जयशंकर ने सोमवार को बीजिंग में चीन के विदेश मंत्री वांग यी से मुलाकात की।",
     "2025-07-15", ("CONSULT", "visit", {"IND"}, {"CHN"}, "asserted")),
    ("hi.consult.baithak", "भारत और नेपाल के अधिकारियों ने काठमांडू में बैठक की।",
     "2024-03-02", ("CONSULT", "visit", {"IND"}, {"NPL"}, "asserted")),
    ("hi.consult.varta", "जर्मनी के चांसलर ओलाफ शोल्ज ने फ्रांस के राष्ट्रपति इमैनुएल मैक्रों के साथ बातचीत की।",
     "2023-10-10", ("CONSULT", None, {"DEU"}, {"FRA"}, "asserted")),
    ("hi.consult.summit", "मोदी और शी जिनपिंग की शिखर वार्ता हुई।",
     "2019-10-12", ("CONSULT", None, {"IND"}, {"CHN"}, "asserted")),
    ("hi.consult.phone", "प्रधानमंत्री नरेंद्र मोदी ने इजरायल के प्रधानमंत्री बेंजामिन नेतन्याहू से फोन पर बात की।",
     "2023-10-10", ("CONSULT", "phone", {"IND"}, {"ISR"}, "asserted")),
    ("hi.consult.visit", "ब्रिटेन के प्रधानमंत्री कीर स्टार्मर अगले महीने भारत दौरे पर आएंगे।",
     "2025-09-05", ("CONSULT", "visit", {"GBR"}, {"IND"}, "future")),
    ("hi.consult.host", "सऊदी अरब ने रियाद में अमेरिकी विदेश मंत्री मार्को रुबियो का स्वागत किया।",
     "2025-02-18", ("CONSULT", "visit", {"USA"}, {"SAU"}, "asserted")),
    ("hi.support.praise", "फ्रांस के राष्ट्रपति ने भारत की अंतरिक्ष उपलब्धि की प्रशंसा की।",
     "2023-08-24", ("SUPPORT", None, {"FRA"}, {"IND"}, "asserted")),
    ("hi.support.congratulate", "जापान के प्रधानमंत्री ने भारत को चुनाव के सफल आयोजन पर बधाई दी।",
     "2024-06-05", ("SUPPORT", None, {"JPN"}, {"IND"}, "asserted")),
    ("hi.accuse.condemn", "भारत ने पाकिस्तान के इस बयान की कड़ी निंदा की।",
     "2024-02-01", ("ACCUSE", None, {"IND"}, {"PAK"}, "asserted")),
    ("hi.accuse.blame", "चीन ने अमेरिका पर झूठ फैलाने का आरोप लगाया।",
     "2023-02-05", ("ACCUSE", None, {"CHN"}, {"USA"}, "asserted")),
    ("hi.sanction.impose", "यूरोपीय संघ ने ईरान पर नए प्रतिबंध लगाए।",
     "2024-04-22", ("SANCTION", None, {"EUR"}, {"IRN"}, "asserted")),
    ("hi.assault.attack", "इजरायल ने लेबनान पर हवाई हमले किए।",
     "2024-09-23", ("ASSAULT", None, {"ISR"}, {"LBN"}, "asserted")),
    ("hi.retreat.withdraw", "रूस ने सीरिया से अपने सैनिकों को वापस बुलाया।",
     "2016-03-15", ("RETREAT", "withdraw", {"RUS"}, {"SYR"}, "asserted")),
    ("hi.aid.deliver", "भारत ने श्रीलंका को आपात सहायता भेजी।",
     "2022-05-10", ("AID", None, {"IND"}, {"LKA"}, "asserted")),
    ("hi.threaten", "उत्तर कोरिया ने दक्षिण कोरिया को गंभीर नतीजों की धमकी दी।",
     "2023-04-10", ("THREATEN", None, {"PRK"}, {"KOR"}, "asserted")),
]


def _summary(ev):
    return (ev.type, ev.mode, {a.country for a in ev.actors}, {a.country for a in ev.recipients}, ev.modality)


@pytest.mark.parametrize("rule,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_frame_codes_our_sentence(code, rule, text, published, expected):
    doc = code(text, published)
    fired = [ev for ev in doc.events if ev.rule == rule]
    assert fired, f"{rule} did not fire; got {[(e.rule, _summary(e)) for e in doc.events]}"
    got = _summary(fired[0])
    if expected[0] == "CONSULT":  # direction does not matter for meetings
        got = (got[0], got[1], got[2] | got[3], set(), got[4])
        expected = (expected[0], expected[1], expected[2] | expected[3], set(), expected[4])
    assert got == expected


# CAMEO sub-codes, type by type (issue: real news — vocabulary)
SUBCODES = [
    ("hi.coerce.abduct", "आतंकियों ने पाकिस्तान में दो चीनी इंजीनियरों का अपहरण कर लिया।",
     "2024-03-01", ("COERCE", None, {"IMG"}, {"CHN"}, "asserted")),
    ("hi.assault.assassinate", "इजरायल ने हमास के नेता की हत्या कर दी।",
     "2024-07-31", ("ASSAULT", None, {"ISR"}, {"IMG"}, "asserted")),
    ("hi.assault.massacre", "आरएसएफ ने अल-फशर में नरसंहार किया।",
     "2025-10-28", ("ASSAULT", None, {"IMG"}, {"SDN"}, "asserted")),
    ("hi.assault.wmd", "सीरिया की सरकार ने इदलिब में विद्रोहियों पर रासायनिक हमला किया।",
     "2017-04-05", ("ASSAULT", None, {"SYR"}, {"IMG", "SYR"}, "asserted")),
    ("hi.coerce.deport", "अमेरिका ने सौ भारतीय नागरिकों को निर्वासित कर दिया।",
     "2025-02-05", ("COERCE", None, {"USA"}, {"IND"}, "asserted")),
    ("hi.coerce.blockade", "सऊदी अरब ने कतर की आर्थिक नाकेबंदी कर दी।",
     "2017-06-10", ("COERCE", None, {"SAU"}, {"QAT"}, "asserted")),
    ("hi.protest.boycott", "अमेरिका ने बीजिंग ओलंपिक का राजनयिक बहिष्कार किया।",
     "2021-12-07", ("PROTEST", None, {"USA"}, set(), "asserted")),
    ("hi.protest.hunger", "बांग्लादेश के नागरिकों ने भारत के खिलाफ भूख हड़ताल की।",
     "2024-12-02", ("PROTEST", None, {"BGD"}, {"IND"}, "asserted")),
    ("hi.threaten.sanctions", "अमेरिका ने भारत को प्रतिबंध लगाने की धमकी दी।",
     "2025-08-01", ("THREATEN", None, {"USA"}, {"IND"}, "asserted")),
    ("hi.threaten.nuclear", "उत्तर कोरिया ने अमेरिका को परमाणु हमले की धमकी दी।",
     "2017-08-09", ("THREATEN", None, {"PRK"}, {"USA"}, "asserted")),
    ("hi.threaten.ultimatum", "अमेरिका ने ईरान को 60 दिन का अल्टीमेटम दिया।",
     "2025-04-12", ("THREATEN", None, {"USA"}, {"IRN"}, "asserted")),
    ("hi.reject.talks", "उत्तर कोरिया ने दक्षिण कोरिया से बातचीत से इनकार कर दिया।",
     "2024-01-16", ("REJECT", None, {"PRK"}, {"KOR"}, "asserted")),
    ("hi.reject.plan", "रूस ने यूक्रेन के शांति प्रस्ताव को खारिज कर दिया।",
     "2023-01-03", ("REJECT", None, {"RUS"}, {"UKR"}, "asserted")),
    ("hi.request.aid", "श्रीलंका ने भारत से मदद की अपील की।",
     "2022-04-01", ("REQUEST", None, {"LKA"}, {"IND"}, "asserted")),
    ("hi.request.release", "भारत ने कतर से पूर्व नौसैनिकों की रिहाई की मांग की।",
     "2023-10-27", ("REQUEST", None, {"IND"}, {"QAT"}, "asserted")),
    ("hi.request.restraint", "संयुक्त राष्ट्र ने भारत और पाकिस्तान से संयम बरतने की अपील की।",
     "2025-05-08", ("REQUEST", None, {"UNO"}, {"IND"}, "asserted")),
    ("hi.accuse.charge", "यूक्रेन ने रूस पर युद्ध अपराधों का आरोप लगाया।",
     "2022-04-04", ("ACCUSE", None, {"UKR"}, {"RUS"}, "asserted")),
    ("hi.accuse.court", "दक्षिण अफ्रीका ने इजरायल के खिलाफ अंतरराष्ट्रीय न्यायालय में मुकदमा दायर किया।",
     "2023-12-29", ("ACCUSE", None, {"ZAF"}, {"ISR"}, "asserted")),
    ("hi.aid.asylum", "रूस ने सीरिया के पूर्व राष्ट्रपति बशर अल-असद को शरण दी।",
     "2024-12-09", ("AID", None, {"RUS"}, {"SYR"}, "asserted")),
    ("hi.sanction.cutaid", "अमेरिका ने पाकिस्तान की सैन्य सहायता रोक दी।",
     "2018-01-05", ("SANCTION", None, {"USA"}, {"PAK"}, "asserted")),
    ("hi.sanction.halttalks", "भारत ने पाकिस्तान के साथ बातचीत रद्द कर दी।",
     "2018-09-21", ("SANCTION", None, {"IND"}, {"PAK"}, "asserted")),
    ("hi.support.recognise", "स्पेन ने फिलिस्तीन को एक देश के रूप में मान्यता दी।",
     "2024-05-28", ("SUPPORT", None, {"ESP"}, {"PSE"}, "asserted")),
    ("hi.support.defend", "चीन ने संयुक्त राष्ट्र में पाकिस्तान का बचाव किया।",
     "2019-08-16", ("SUPPORT", None, {"CHN"}, {"PAK"}, "asserted")),
    ("hi.consult.mediate", "कतर ने इजरायल और हमास के बीच मध्यस्थता की।",
     "2023-11-22", ("CONSULT", "third-party", {"QAT"}, {"ISR", "IMG"}, "asserted")),
    ("hi.cooperate.military", "भारत और अमेरिका ने रक्षा सहयोग बढ़ाने का फैसला किया।",
     "2023-06-05", ("COOPERATE", None, {"IND"}, {"USA"}, "asserted")),
    ("hi.cooperate.extradite", "अमेरिका ने तहव्वुर राणा को भारत को प्रत्यर्पित कर दिया।",
     "2025-04-10", ("COOPERATE", None, {"USA"}, {"IND"}, "asserted")),
    ("hi.cooperate.intel", "अमेरिका ने भारत के साथ खुफिया जानकारी साझा की।",
     "2020-10-27", ("COOPERATE", None, {"USA"}, {"IND"}, "asserted")),
    ("hi.agree.intent_meet", "उत्तर कोरिया ने कहा कि वह अमेरिका से बातचीत के लिए तैयार है।",
     "2018-03-06", ("AGREE", None, {"PRK"}, {"USA"}, "asserted")),
    ("hi.concede.cut", "यूरोपीय संघ चीनी कारों पर शुल्क को 35 प्रतिशत से घटाकर 10 प्रतिशत करेगा।",
     "2025-05-12", ("CONCEDE", None, {"EUR"}, {"CHN"}, "future")),
    ("hi.sanction.exemption", "अमेरिका ने कनाडा से आयातित स्टील को शुल्क से मिली छूट खत्म कर दी।",
     "2018-06-01", ("SANCTION", None, {"USA"}, {"CAN"}, "asserted")),
    ("hi.coerce.foil", "भारतीय जवानों ने शनिवार तड़के चीन की घुसपैठ की कोशिश को नाकाम किया।",
     "2020-11-13", ("COERCE", None, {"IND"}, {"CHN"}, "asserted")),
    ("hi.aid.economic", "भारत ने श्रीलंका को एक अरब डॉलर का ऋण दिया।",
     "2022-03-17", ("AID", None, {"IND"}, {"LKA"}, "asserted")),
    ("hi.aid.military", "अमेरिका ने यूक्रेन को नए हथियार भेजे।",
     "2023-01-20", ("AID", None, {"USA"}, {"UKR"}, "asserted")),
    ("hi.aid.humanitarian", "भारत ने तुर्की को राहत सामग्री भेजी।",
     "2023-02-07", ("AID", None, {"IND"}, {"TUR"}, "asserted")),
    ("hi.coerce.cyber", "उत्तर कोरिया ने दक्षिण कोरिया की सरकारी वेबसाइटों पर साइबर हमला किया।",
     "2023-03-01", ("COERCE", None, {"PRK"}, {"KOR"}, "asserted")),
    ("hi.protest.riot", "प्रदर्शनकारियों ने ढाका में भारत के खिलाफ हिंसक प्रदर्शन किया।",
     "2024-12-02", ("PROTEST", None, {"BGD"}, {"IND"}, "asserted")),
    ("hi.protest.siege", "प्रदर्शनकारियों ने इस्लामाबाद में अमेरिकी दूतावास का घेराव किया।",
     "2012-09-21", ("PROTEST", None, {"PAK"}, {"USA"}, "asserted")),
    ("hi.request.support", "यूक्रेन ने भारत से समर्थन मांगा।",
     "2022-02-25", ("REQUEST", None, {"UKR"}, {"IND"}, "asserted")),
    ("hi.request.talks", "चीन ने रूस और यूक्रेन से बातचीत की अपील की।",
     "2022-03-01", ("REQUEST", None, {"CHN"}, {"RUS"}, "asserted")),
    ("hi.request.note", "नेपाल सरकार ने एक आरोपी को लौटाने के लिए भारत को राजनयिक नोट भेजा।",
     "2023-06-01", ("REQUEST", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.sanction.cut_contacts", "कनाडा ने कहा कि वह ईरान के साथ सभी राजनयिक संपर्क अभी खत्म कर रहा है।",
     "2012-09-08", ("SANCTION", None, {"CAN"}, {"IRN"}, "asserted")),
    ("hi.protest.unrest", "चिली के कई शहरों में महंगाई के खिलाफ प्रदर्शन तेज हो गए हैं।",
     "2019-10-22", ("PROTEST", None, {"CHL"}, {"CHL"}, "asserted")),
    ("hi.consult.contact", "जापान लगातार सियोल के साथ संपर्क में है।",
     "2023-06-01", ("CONSULT", None, {"JPN"}, {"KOR"}, "asserted")),
    ("hi.agree.mediate_offer", "तुर्की ने रूस और यूक्रेन के बीच मध्यस्थता की पेशकश की।",
     "2022-03-01", ("AGREE", None, {"TUR"}, {"RUS"}, "asserted")),
    ("hi.agree.settle", "जापान और दक्षिण कोरिया व्यापार विवाद सुलझाने पर सहमत हुए।",
     "2023-03-16", ("AGREE", None, {"JPN"}, {"KOR"}, "asserted")),
    ("hi.threaten.break", "ईरान ने सऊदी अरब को संबंध तोड़ने की धमकी दी।",
     "2016-01-03", ("THREATEN", None, {"IRN"}, {"SAU"}, "asserted")),
    ("hi.retreat.corridor", "इजरायल ने गाजा में मानवीय गलियारा खोलने पर हामी भरी।",
     "2023-11-09", ("RETREAT", None, {"ISR"}, {"PSE"}, "asserted")),
    ("hi.retreat.return_property", "ईरान ने ब्रिटेन के जब्त किए गए टैंकर को रिहा कर दिया।",
     "2019-09-23", ("RETREAT", None, {"IRN"}, {"GBR"}, "asserted")),
    ("hi.retreat.lift_blockade", "सऊदी अरब ने कतर की नाकेबंदी खत्म कर दी।",
     "2021-01-05", ("RETREAT", None, {"SAU"}, {"QAT"}, "asserted")),
    ("hi.assault.suicide", "काबुल। हवाई अड्डे के पास आत्मघाती हमले में कई लोग मारे गए।",
     "2021-08-27", ("ASSAULT", None, {"IMG"}, {"AFG"}, "asserted")),
    ("hi.assault.attempt", "यूक्रेन ने राष्ट्रपति पुतिन की हत्या की कोशिश की।",
     "2023-05-03", ("ASSAULT", None, {"UKR"}, {"RUS"}, "asserted")),
    ("hi.assault.artillery", "रूसी सेना ने खारकीव पर तोपों से गोलाबारी की।",
     "2022-03-01", ("ASSAULT", None, {"RUS"}, {"UKR"}, "asserted")),
    ("hi.support.honour", "रूस ने मोदी को अपने सर्वोच्च नागरिक सम्मान से सम्मानित किया।",
     "2024-07-09", ("SUPPORT", None, {"RUS"}, {"IND"}, "asserted")),
    ("hi.concede.yield", "पाकिस्तान ने भारत की शर्तें मान लीं।",
     "2025-05-10", ("CONCEDE", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.aid.donate", "जापान ने नेपाल को दस लाख डॉलर दान दिए।",
     "2015-04-28", ("AID", None, {"JPN"}, {"NPL"}, "asserted")),
    ("hi.consult.embrace", "लाहौर में मोदी नवाज शरीफ से गले मिले।",
     "2015-12-25", ("CONSULT", "visit", {"IND"}, {"PAK"}, "asserted")),
    ("hi.assault.retaliate", "भारतीय सेना ने भी चीन की इस हरकत का मुंहतोड़ जवाब दिया।",
     "2020-06-16", ("ASSAULT", None, {"IND"}, {"CHN"}, "asserted")),
    ("hi.protest.call_in", "नेपाल सरकार ने भारतीय राजदूत को बुलाकर आपूर्ति में बाधा का मुद्दा उठाया।",
     "2015-11-02", ("PROTEST", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.accuse.call", "अमेरिका ने चीन द्वारा दो कनाडाई नागरिकों की हिरासत को अवैध बताया।",
     "2018-12-20", ("ACCUSE", None, {"USA"}, {"CHN"}, "asserted")),
    ("hi.agree.offer_aid", "भारत ने तुर्की को मदद की पेशकश की।",
     "2023-02-06", ("AGREE", None, {"IND"}, {"TUR"}, "asserted")),
    ("hi.agree.invite", "भारत ने जापान के प्रधानमंत्री को गणतंत्र दिवस पर मुख्य अतिथि के रूप में आमंत्रित किया।",
     "2025-01-05", ("AGREE", None, {"IND"}, {"JPN"}, "asserted")),
    ("hi.agree.cooperate_intent", "भारत और फ्रांस रक्षा क्षेत्र में सहयोग बढ़ाएंगे।",
     "2025-02-12", ("AGREE", None, {"IND"}, {"FRA"}, "asserted")),
    ("hi.assault.capture", "रूसी सेना ने यूक्रेन के एक और शहर पर कब्जा कर लिया।",
     "2024-10-02", ("ASSAULT", None, {"RUS"}, {"UKR"}, "asserted")),
    ("hi.assault.blast", "काबुल में एक मस्जिद के पास हुए धमाके में 12 लोगों की मौत हो गई।",
     "2022-09-23", ("ASSAULT", None, {"IMG"}, {"AFG"}, "asserted")),
    ("hi.retreat.end_war", "इजरायल ने गाजा में युद्ध रोकने का ऐलान किया।",
     "2025-01-16", ("RETREAT", None, {"ISR"}, {"PSE"}, "asserted")),
    ("hi.threaten.pay", "इजराइल ने कहा कि ईरान को इस हमले की कीमत चुकानी पड़ेगी।",
     "2024-10-02", ("THREATEN", None, {"ISR"}, {"IRN"}, "asserted")),
    ("hi.coerce.surround", "सीमा पर चीन के सैनिकों ने भारत के बीस जवानों को घेर लिया।",
     "2020-06-16", ("COERCE", None, {"CHN"}, {"IND"}, "asserted")),
    ("hi.retreat.free", "समझौते के तहत कल इजरायल फिलिस्तीन के तीस कैदी छोड़ेगा।",
     "2023-11-25", ("RETREAT", "release", {"ISR"}, {"PSE"}, "future")),
    ("hi.assault.drive_out", "यूक्रेन की सेना ने रूसी सैनिकों को खारकीव से खदेड़ दिया।",
     "2022-09-12", ("ASSAULT", None, {"UKR"}, {"RUS"}, "asserted")),
    ("hi.sanction.recall", "श्रीलंका ने अपने राजदूत को चीन से वापस बुला लिया।",
     "2024-12-28", ("SANCTION", None, {"LKA"}, {"CHN"}, "asserted")),
    ("hi.request.should", "नेपाल के प्रधानमंत्री ने कहा कि भारत को कालापानी से अपनी सेना हटानी चाहिए।",
     "2020-06-10", ("REQUEST", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.accuse.name_calling", "ईरान के सर्वोच्च नेता ने इजरायल के प्रधानमंत्री को युद्ध अपराधी करार दिया।",
     "2024-06-10", ("ACCUSE", None, {"IRN"}, {"ISR"}, "asserted")),
    ("hi.coerce.catch", "ईरान के रिवोल्यूशनरी गार्ड ने ब्रिटेन के आठ नाविकों को पकड़ लिया।",
     "2024-06-10", ("COERCE", None, {"IRN"}, {"GBR"}, "asserted")),
    ("hi.accuse.violation", "चीन ने कहा कि फिलीपींस ने समुद्री कानून का उल्लंघन किया है।",
     "2024-06-10", ("ACCUSE", None, {"CHN"}, {"PHL"}, "asserted")),
    ("hi.accuse.brand", "चीन ने जापान के इस कदम को उकसावे वाली कार्रवाई बताया।",
     "2024-06-10", ("ACCUSE", None, {"CHN"}, {"JPN"}, "asserted")),
    ("hi.reject.brand", "नेपाल ने भारत के दावे को हास्यास्पद करार दिया।",
     "2024-06-10", ("REJECT", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.protest.summon_call", "ईरान ने जर्मनी के राजदूत को विदेश मंत्रालय में बुलाकर कड़ी नाराजगी जताई।",
     "2024-06-10", ("PROTEST", None, {"IRN"}, {"DEU"}, "asserted")),
    ("hi.sanction.expel_persona", "माली ने फ्रांस के दो अधिकारियों को अवांछित घोषित कर दिया।",
     "2024-06-10", ("SANCTION", None, {"MLI"}, {"FRA"}, "asserted")),
    ("hi.request.bid", "नेपाल के प्रधानमंत्री ने भारत से कहा कि वह कालापानी से अपनी सेना हटाए।",
     "2020-06-10", ("REQUEST", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.accuse.disapprove", "जापान ने चीन के नए रक्षा कानून पर गहरी चिंता जताई।",
     "2021-02-03", ("ACCUSE", None, {"JPN"}, {"CHN"}, "asserted")),
    ("hi.sanction.halt_arms", "अमेरिका ने इजरायल को भारी बम भेजने पर रोक लगा दी।",
     "2024-05-09", ("SANCTION", None, {"USA"}, {"ISR"}, "asserted")),
    ("hi.mobilize.send_forces", "चीन ने ताइवान के पास युद्धपोत और लड़ाकू विमान भेजे।",
     "2024-10-14", ("MOBILIZE", None, {"CHN"}, {"TWN"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", SUBCODES, ids=[c[0] for c in SUBCODES])
def test_cameo_subcode_frames(code, rule, text, published, expected):
    test_frame_codes_our_sentence(code, rule, text, published, expected)


def _vocabulary_cases() -> list[tuple]:
    """FRAME_CASES of every tests/coding/test_vocab_*.py (each type family keeps its own)."""
    out: list[tuple] = []
    for path in sorted(Path(__file__).parent.glob("test_vocab_*.py")):
        module = importlib.import_module(f"tests.coding.{path.stem}")
        out += getattr(module, "FRAME_CASES", [])
    return out


def test_every_frame_has_a_test():
    tested = {c[0] for c in CASES + MORE + MORE_2 + MORE_3 + REAL_NEWS + SUBCODES + _vocabulary_cases()}
    assert {f.id for f in Lexicon.load().frames} <= tested


def test_evidence_offsets_point_into_the_cleaned_text(code):
    doc = code("नई दिल्ली। भारत ने नेपाल को राहत सामग्री भेजी।\nयह भी पढ़ें: कुछ और\nभारत ने नेपाल की प्रशंसा की।")
    assert doc.events
    for ev in doc.events:
        assert doc.text[ev.evidence.start : ev.evidence.end] == ev.evidence.sentence
        assert ev.rule and 0 < ev.confidence <= 1


@pytest.mark.parametrize("text", [
    "आज मौसम साफ रहेगा और तापमान बढ़ेगा।",
    "बाजार में सब्जियों के दाम बढ़ गए हैं, लोग परेशान हैं।",
    "भारत एक विशाल देश है जहां कई भाषाएं बोली जाती हैं।",
])
def test_no_frame_no_event(code, text):
    assert code(text).events == []


MORE = [
    ("hi.support.respect", "नेपाल के प्रधानमंत्री ने भारत के समर्थन के लिए आभार जताया।",
     "2024-06-10", ("SUPPORT", None, {"NPL"}, {"IND"}, "asserted")),
    ("hi.support.condolence", "भारत ने जापान में आए भूकंप पर जापान के प्रति संवेदना व्यक्त की।",
     "2024-01-02", ("SUPPORT", None, {"IND"}, {"JPN"}, "asserted")),
    ("hi.agree.economic_intent", "भारत और बांग्लादेश व्यापार बढ़ाने पर सहमत हुए।",
     "2024-06-22", ("AGREE", None, {"IND"}, {"BGD"}, "asserted")),
    ("hi.agree.sign", "भारत ने संयुक्त अरब अमीरात के साथ निवेश समझौते पर हस्ताक्षर किए।",
     "2024-02-14", ("AGREE", None, {"IND"}, {"ARE"}, "asserted")),
    ("hi.agree.ceasefire", "इजरायल और हमास के बीच युद्धविराम पर सहमति बन गई है।",
     "2025-01-16", ("AGREE", "ceasefire", {"ISR"}, {"IMG"}, "asserted")),
    ("hi.retreat.ceasefire", "गाजा में इजरायल और हमास के बीच संघर्ष विराम रविवार से लागू हो गया।",
     "2025-01-20", ("RETREAT", "ceasefire", {"ISR"}, {"IMG"}, "asserted")),
    ("hi.retreat.release", "रूस ने अमेरिकी पत्रकार को रिहा कर दिया।",
     "2024-08-02", ("RETREAT", "release", {"RUS"}, {"USA"}, "asserted")),
    ("hi.cooperate.together", "भारत और फ्रांस ने आतंकवाद के खिलाफ मिलकर काम करने का फैसला किया।",
     "2023-07-15", ("COOPERATE", None, {"IND"}, {"FRA"}, "asserted")),
    ("hi.concede.apology", "कनाडा के प्रधानमंत्री ने भारत से माफी मांगी।",
     "2023-09-28", ("CONCEDE", None, {"CAN"}, {"IND"}, "asserted")),
    ("hi.concede.backdown", "चीन ने भारत को व्यापार में कुछ रियायतें दीं।",
     "2024-11-05", ("CONCEDE", None, {"CHN"}, {"IND"}, "asserted")),
    ("hi.request.appeal", "संयुक्त राष्ट्र महासचिव ने इजरायल से गाजा में राहत पहुंचाने की अपील की।",
     "2023-10-09", ("REQUEST", None, {"UNO"}, {"ISR"}, "asserted")),
    ("hi.request.demand", "भारत ने पाकिस्तान से आतंकियों को सौंपने की मांग की।",
     "2019-02-20", ("REQUEST", None, {"IND"}, {"PAK"}, "asserted")),
    ("hi.reject", "भारत ने चीन के नए नक्शे को खारिज कर दिया।",
     "2023-08-30", ("REJECT", None, {"IND"}, {"CHN"}, "asserted")),
    ("hi.protest.summon", "विदेश मंत्रालय ने बांग्लादेश के उच्चायुक्त को तलब किया।",
     "2024-12-23", ("PROTEST", None, {"IND"}, {"BGD"}, "asserted")),
    ("hi.protest.demonstrate", "ढाका में प्रदर्शनकारियों ने भारत के खिलाफ विरोध प्रदर्शन किया।",
     "2024-12-03", ("PROTEST", None, {"BGD"}, {"IND"}, "asserted")),
    # a show of force near a state (a joint exercise of partners is COOPERATE, by the codebook)
    ("hi.mobilize.exercise", "चीन की सेना ने ताइवान के आसपास बड़ा सैन्य अभ्यास शुरू किया।",
     "2024-10-14", ("MOBILIZE", None, {"CHN"}, {"TWN"}, "asserted")),
    ("hi.mobilize.deploy", "रूस ने बेलारूस में परमाणु हथियार तैनात किए।",
     "2023-06-16", ("MOBILIZE", None, {"RUS"}, {"BLR"}, "asserted")),
    # deporting people is COERCE; expelling a diplomat is SANCTION (hi.sanction.expel)
    ("hi.coerce.expel", "अमेरिका ने सौ से ज्यादा भारतीय नागरिकों को निष्कासित कर दिया।",
     "2025-02-05", ("COERCE", None, {"USA"}, {"IND"}, "asserted")),
    ("hi.coerce.arrest", "ईरान ने दो ब्रिटिश नागरिकों को गिरफ्तार किया।",
     "2024-01-10", ("COERCE", None, {"IRN"}, {"GBR"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", MORE, ids=[c[0] for c in MORE])
def test_more_frames_code_our_sentences(code, rule, text, published, expected):
    test_frame_codes_our_sentence(code, rule, text, published, expected)


MORE_2 = [
    ("hi.consult.arrive", "जर्मनी के चांसलर फ्रेडरिक मर्ज सोमवार को दो दिन की यात्रा पर बीजिंग पहुंचे।",
     "2025-11-04", ("CONSULT", "visit", {"DEU"}, {"CHN"}, "asserted")),
    ("hi.retreat.exchange", "रूस और यूक्रेन ने युद्धबंदियों की अदला-बदली की।",
     "2024-01-04", ("RETREAT", "release", {"RUS"}, {"UKR"}, "asserted")),
    ("hi.support.standwith", "जापान ने कहा कि वह इस कठिन समय में तुर्की के साथ खड़ा है।",
     "2023-02-07", ("SUPPORT", None, {"JPN"}, {"TUR"}, "asserted")),
    ("hi.assault.fire", "उत्तर कोरिया ने जापान की ओर दो बैलिस्टिक मिसाइलें दागीं और दक्षिण कोरिया पर भी गोले दागे।",
     "2023-04-13", ("ASSAULT", None, {"PRK"}, {"KOR"}, "asserted")),
    ("hi.assault.clash", "सीमा पर थाईलैंड और कंबोडिया के सैनिकों के बीच झड़प हुई।",
     "2025-07-24", ("ASSAULT", None, {"THA"}, {"KHM"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", MORE_2, ids=[c[0] for c in MORE_2])
def test_more_frames_2(code, rule, text, published, expected):
    test_frame_codes_our_sentence(code, rule, text, published, expected)


MORE_3 = [
    ("hi.assault.target", "इजरायल ने ईरान के परमाणु ठिकानों को निशाना बनाकर हवाई हमले किए।",
     "2025-06-14", ("ASSAULT", None, {"ISR"}, {"IRN"}, "asserted")),
    ("hi.accuse.target", "चीन ने ताइवान को हथियार बेचने के लिए अमेरिका को आड़े हाथों लिया।",
     "2023-06-20", ("ACCUSE", None, {"CHN"}, {"USA"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", MORE_3, ids=[c[0] for c in MORE_3])
def test_more_frames_3(code, rule, text, published, expected):
    test_frame_codes_our_sentence(code, rule, text, published, expected)


# Shapes real Hindi news uses, each in a sentence of our own.
REAL_NEWS = [
    ("hi.request.ceasefire_proposal", "कतर ने इजरायल और हमास को तीन दिन के युद्धविराम का प्रस्ताव दिया।",
     "2025-05-10", ("REQUEST", None, {"QAT"}, {"ISR", "IMG"}, "asserted")),
    ("hi.threaten.any_act_reply", "चीन ने कहा कि ताइवान के किसी भी उकसावे का जवाब पूरी ताकत से दिया जाएगा।",
     "2025-05-10", ("THREATEN", None, {"CHN"}, {"TWN"}, "asserted")),
    ("hi.coerce.sentence", "चीन की अदालत ने कनाडा के एक नागरिक को मौत की सजा सुनाई।",
     "2025-05-10", ("COERCE", None, {"CHN"}, {"CAN"}, "asserted")),
    ("hi.retreat.freed_from_jail", "ईरान की जेल से दो फ्रांसीसी नागरिकों को रिहा कर दिया गया।",
     "2025-05-10", ("RETREAT", "release", {"IRN"}, {"FRA"}, "asserted")),
    ("hi.accuse.expose", "चीन ने संयुक्त राष्ट्र में अमेरिका की पोल खोल दी।",
     "2025-05-10", ("ACCUSE", None, {"CHN"}, {"USA"}, "asserted")),
    ("hi.sanction.squeeze", "यूरोपीय संघ ने ईरान के बैंकों पर शिकंजा कसा।",
     "2025-05-10", ("SANCTION", None, {"EUR"}, {"IRN"}, "asserted")),
    ("hi.accuse.sponsor", "भारत ने कहा कि पाकिस्तान आतंकवाद को प्रायोजित कर रहा है।",
     "2025-05-10", ("ACCUSE", None, {"IND"}, {"PAK"}, "asserted")),
    ("hi.agree.promise", "जापान ने भारत में पांच लाख करोड़ येन निवेश करने का वादा किया।",
     "2022-03-20", ("AGREE", None, {"JPN"}, {"IND"}, "asserted")),
    ("hi.assault.firing", "थाई सेना ने कंबोडिया के सीमावर्ती प्रांत में फ़ायरिंग की।",
     "2025-12-09", ("ASSAULT", None, {"THA"}, {"KHM"}, "asserted")),
    ("hi.mobilize.trial", "उत्तर कोरिया ने नई वायु रक्षा मिसाइलों का किया परीक्षण",
     "2025-08-24", ("MOBILIZE", None, {"PRK"}, set(), "asserted")),
    ("hi.cooperate.inaugurate", "भारत और नेपाल के प्रधानमंत्रियों ने संयुक्त रूप से नई रेल सेवा का उद्घाटन किया।",
     "2022-04-02", ("COOPERATE", None, {"IND"}, {"NPL"}, "asserted")),
    ("hi.coerce.ram", "चीन के तटरक्षक जहाज ने फिलीपींस की नाव पर वाटर कैनन का इस्तेमाल किया।",
     "2024-06-17", ("COERCE", None, {"CHN"}, {"PHL"}, "asserted")),
    ("hi.retreat.handover", "हमास ने चार इजरायली बंधकों को इजरायल को सौंप दिया।",
     "2025-01-25", ("RETREAT", "release", {"IMG"}, {"ISR"}, "asserted")),
    ("hi.assault.violation", "पाकिस्तान ने जम्मू-कश्मीर में संघर्ष विराम का उल्लंघन किया।",
     "2025-05-10", ("ASSAULT", None, {"PAK"}, {"IND"}, "asserted")),
    ("hi.assault.terror", "अनंतनाग में आतंकी हमले में सेना के दो जवान शहीद हो गए।",
     "2024-08-11", ("ASSAULT", None, {"IMG"}, {"IND"}, "asserted")),
    ("hi.mobilize.test", "उत्तर कोरिया ने रविवार को एक नई क्रूज मिसाइल का परीक्षण किया।",
     "2024-01-29", ("MOBILIZE", None, {"PRK"}, set(), "asserted")),
    ("hi.mobilize.launch", "उत्तर कोरिया ने सोमवार सुबह पूर्वी सागर की ओर दो बैलिस्टिक मिसाइलें दागीं।",
     "2024-03-19", ("MOBILIZE", None, {"PRK"}, set(), "asserted")),
    ("hi.cooperate.exercise", "भारत और फ्रांस की नौसेनाओं ने अरब सागर में संयुक्त नौसैनिक अभ्यास शुरू किया।",
     "2024-09-02", ("COOPERATE", None, {"IND"}, {"FRA"}, "asserted")),
    ("hi.sanction.expel", "पोलैंड ने रूस के दो राजनयिकों को निष्कासित कर दिया।",
     "2024-05-10", ("SANCTION", None, {"POL"}, {"RUS"}, "asserted")),
    ("hi.concede.ease", "अमेरिका ने वेनेजुएला पर लगे प्रतिबंधों में ढील दी।",
     "2023-10-19", ("CONCEDE", None, {"USA"}, {"VEN"}, "asserted")),
    ("hi.retreat.pullback", "भारतीय सेना ने चीन की सीमा से अपने सैनिक हटा लिए।",
     "2017-08-28", ("RETREAT", "withdraw", {"IND"}, {"CHN"}, "asserted")),
    ("hi.sanction.suspend", "भारत ने कनाडा के नागरिकों के लिए वीजा सेवाएं निलंबित कर दीं।",
     "2023-09-21", ("SANCTION", None, {"IND"}, {"CAN"}, "asserted")),
    ("hi.coerce.seize", "ईरान ने होर्मुज जलडमरूमध्य के पास ब्रिटेन का एक तेल टैंकर जब्त कर लिया।",
     "2019-07-20", ("COERCE", None, {"IRN"}, {"GBR"}, "asserted")),
    ("hi.assault.nominal", "सीरिया पर तुर्की के ड्रोन हमलों में पांच लोग मारे गए।",
     "2024-10-25", ("ASSAULT", None, {"TUR"}, {"SYR"}, "asserted")),
    ("hi.support.welcome", "संयुक्त राष्ट्र ने दोनों देशों के बीच युद्धविराम का स्वागत किया और भारत के फैसले का स्वागत किया।",
     "2025-05-11", ("SUPPORT", None, {"UNO"}, {"IND"}, "asserted")),
    ("hi.threaten.conditional", "तुर्की ने कहा कि अगर ग्रीस ने द्वीपों पर सेना तैनात की तो वह माकूल जवाब देगा।",
     "2024-06-03", ("THREATEN", None, {"TUR"}, {"GRC"}, "asserted")),
    ("hi.coerce.warning", "भारतीय तटरक्षक बल ने श्रीलंकाई नावों पर चेतावनी के तौर पर फायरिंग की।",
     "2024-01-20", ("COERCE", None, {"IND"}, {"LKA"}, "asserted")),
    ("hi.assault.barrage", "हिजबुल्लाह ने उत्तरी इजरायल पर रॉकेटों की बौछार कर दी।",
     "2024-09-23", ("ASSAULT", None, {"IMG"}, {"ISR"}, "asserted")),
    ("hi.sanction.downgrade", "बोलीविया ने इजरायल से अपने राजदूत को वापस बुला लिया।",
     "2023-10-31", ("SANCTION", None, {"BOL"}, {"ISR"}, "asserted")),
    ("hi.consult.setout", "ब्रिटेन के विदेश मंत्री सोमवार को कीव के लिए रवाना हुए।",
     "2024-02-12", ("CONSULT", "visit", {"GBR"}, {"UKR"}, "asserted")),
    ("hi.protest.lodge", "फिलीपींस ने चीन के तटरक्षक बल की कार्रवाई पर कड़ी आपत्ति जताई।",
     "2024-06-18", ("PROTEST", None, {"PHL"}, {"CHN"}, "asserted")),
]


@pytest.mark.parametrize("rule,text,published,expected", REAL_NEWS, ids=[c[0] for c in REAL_NEWS])
def test_real_news_frames(code, rule, text, published, expected):
    test_frame_codes_our_sentence(code, rule, text, published, expected)
