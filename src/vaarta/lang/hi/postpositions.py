"""Hindi postpositions and the function words that stop a name or a noun phrase."""

# fmt: off
# Case markers that follow a noun phrase (kāraka), single and compound.
POSTPOSITIONS = ("ने", "से", "को", "का", "की", "के", "में", "पर", "तक")
COMPOUND = (
    "के साथ", "के खिलाफ", "के ख़िलाफ़", "के विरुद्ध", "के बीच", "के लिए", "के लिये", "के पास",
    "के द्वारा", "द्वारा", "की ओर से", "की तरफ से", "के प्रति", "के समक्ष", "से पहले", "के बाद",
)
# Words that end a run of name words after a role word.
NAME_STOP = frozenset(["ने", "से", "को", "का", "की", "के", "में", "पर", "तक", "और", "तथा", "एवं", "व", "या", "भी", "ही", "सहित", "समेत", "द्वारा", "लिए", "साथ", "बीच", "ओर", "तरफ", "है", "हैं", "था", "थी", "थे", "हो", "होगा", "होगी", "होंगे", "गया", "गई", "गए", "किया", "की", "कहा", "कहते", "कहती", "बताया", "ने", "इस", "उस", "यह", "वह", "ये", "वे", "जो", "कि", "जब", "तब", "अब", "आज", "कल", "पहले", "बाद", "फिर", "एक", "दो", "नहीं", "न", "श्री", "श्रीमती", "डॉ", "आ", "जा", "आए", "आई", "आएंगे", "आएगा", "सकते", "सकता", "सकती", "रहे", "रही", "रहा", "गई", "कर", "करेंगे", "करेगा", "करेगी", "अपनी", "अपने", "अपना", "उनकी", "उनके", "उनका", "उसकी", "उसके", "उसका", "इसकी", "इसके", "इसका", "हमारी", "हमारे", "हमारा", "आपकी", "आपके", "आपका"])
# fmt: on

# A condition and its consequence: "अगर X ने ऐसा किया तो ..." (a conditional threat).
CONDITIONALS = ("अगर", "यदि", "अगरचे")
CONSEQUENCE = ("तो",)
# a summit named as the setting of another event: "जी-20 शिखर सम्मेलन के इतर मोदी और बाइडन की
# मुलाकात" (the body whose summit it is takes no part by being named there)
SUMMIT_NOUNS = ("शिखर सम्मेलन", "सम्मेलन", "समिट", "शिखर बैठक", "बैठक", "शिखर वार्ता")
SIDELINES = ("के इतर", "से इतर", "के दौरान", "के हाशिए पर", "के हाशिये पर", "के मौके पर", "के साइडलाइन",
             "के अवसर पर")
# a bound after a date: "31 अगस्त तक" (by/until 31 August) is a deadline, not the day of an act
UNTIL = ("तक",)
# the complementiser that opens a reported clause: "आरोप लगाया कि X ने ..."
THAT = "कि"

# Pronouns that stand for the last salient actor: as agent (with ने) or as bare subject.
# fmt: off
AGENT_PRONOUNS = ("उन्होंने", "उसने", "इन्होंने", "इसने")
SUBJECT_PRONOUNS = ("वह", "वे", "वो")
# after an event noun, what makes it the setting of the clause's main verb: its own parties
# all stand before it ("इजरायली हवाई हमलों के जवाब में हिजबुल्लाह ने इजरायल पर रॉकेट दागे")
SETTING_AFTER = ("के जवाब में", "के बदले में", "के बाद", "के चलते", "की वजह से", "के कारण", "के विरोध में", "के तहत",
                 "के मद्देनजर", "के मद्देनज़र", "के परिणामस्वरूप", "के बावजूद",
                 "किए जाने पर", "किये जाने पर", "किए जाने के बाद", "किए जाने से", "किए जाने के खिलाफ")
# of those, the ones that tell why: whoever did the cause is whom an answer to it is aimed at
# ("Y द्वारा किए गए परीक्षण के कारण X ने प्रतिबंध लगाए")
CAUSE_SETTINGS = ("के जवाब में", "के चलते", "की वजह से", "के कारण", "के विरोध में", "के मद्देनजर", "के मद्देनज़र",
                  "के परिणामस्वरूप")
# closed lists the coder's constructions are built from
RELATIVE_PRONOUNS = ("जो", "जिसे", "जिसने", "जिन्हें", "जिसको")  # a relative clause opens
OBJECT_RELATIVES = ("जिन्हें", "जिसे", "जिनको", "जिसको")  # whom (a relative clause's object)
# the agent of a passive: "Y द्वारा", "Y के द्वारा"
DVARA = ("के द्वारा", "द्वारा")
# the case markers a noun phrase may close with ("… विमानों को": an object, not a subject)
CASE_MARKERS = ("को", "पर", "से", "के", "की", "का", "में", "ने")
# an event noun told as having been done to a place: "Y पर हुए हमले", "Y पर किए गए हमले"
DONE_TO = ("हुए", "हुआ", "हुई", "किए गए", "किये गए")
COUNTERPART_MARKERS = ("के साथ", "के बीच")
# after a place name, the markers that make it a party, not where it happened ("तेहरान के साथ")
PARTY_MARKERS = ("ने", "के साथ")  # "X के साथ वार्ता के बाद": the meeting is told
HAPPENED = ("हुई", "हुए", "हुआ")  # "के बीच हुई शिखर वार्ता में": it took place
DONE = ("किए", "किये", "किया")  # "निष्कासित किए जाने के भारत के फैसले"
PASSIVE_INFINITIVES = ("जाने", "जाना")
DURING = ("में", "के दौरान")  # a meeting as the setting of another event
BOTH_WORD = "दोनों"
# a negated infinitive that is a reason or a purpose: "मदद नहीं करने के लिए आलोचना की" is a
# criticism made, not one withheld
NEGATED_REASON = ("के लिए", "पर", "की वजह से", "के कारण",
                  # what is warned against or asked not to be done: "आग से न खेलने की चेतावनी"
                  "की चेतावनी", "की अपील", "का आग्रह", "की सलाह", "को कहा", "की मांग", "की हिदायत",
                  "का अनुरोध", "की नसीहत", "का आह्वान")
# an event noun refused: "अमेरिका से बातचीत से इनकार किया" is no talk
REFUSAL_WORDS = ("इनकार", "इंकार", "मना", "खारिज", "ठुकरा")
# adverbs of manner that close in a postposition like a place does: "रूस बड़ी संख्या में सैनिक
# जमा कर रहा है" (not "in Russia")
MANNER_PHRASES = ("संख्या में", "तादाद में", "मात्रा में", "पैमाने पर", "रूप से", "रूप में", "तौर पर", "तरह से",
                  "जल्द ही", "समय में")
# what stands between an event noun and the predicate it is the object or topic of:
# "हमले की निंदा", "हमले पर विरोध जताया", "हमले को लेकर चिंता"
TOPIC_MARKERS = ("पर", "को लेकर", "के संबंध में", "के बारे में", "के खिलाफ", "के ख़िलाफ़")
# words that stand between a (coordinated) name and its postposition: "भारत और अफगानिस्तान
# दोनों के खिलाफ", "जापान समेत कई देशों के नेताओं से" (the phrase's postposition is the name's)
BETWEEN_NAME_AND_MARKER = ("भी", "ही", "समेत", "सहित", "दोनों", "दोनो", "तीनों", "तीनो")
INCLUDING = ("समेत", "सहित", "समेत कई", "सहित कई")
# a state named only as what a war, a crisis or an issue is about: "यूक्रेन युद्ध पर बात हुई",
# "कश्मीर मुद्दे को लेकर" (a topic, never a party)
TOPIC_NOUNS = ("युद्ध", "जंग", "संकट", "मुद्दे", "मुद्दा", "मसले", "मसला", "संघर्ष", "विवाद", "हालात", "स्थिति")
TOPIC_MARKERS = ("पर", "को लेकर", "के बारे में", "के मुद्दे पर")
# a body's head named by a noun after it: "संयुक्त राष्ट्र प्रमुख ने", "नाटो चीफ ने" (the body acts)
HEAD_NOUNS = ("प्रमुख", "चीफ", "अध्यक्ष", "प्रवक्ता", "महासचिव")
EACH_OTHER = ("एक-दूसरे", "एक दूसरे", "एक-दूजे", "परस्पर")  # the reciprocal pronoun  # "दोनों सेनाओं": the organs of the two parties named
# a source the news cites: "हौथी द्वारा संचालित मीडिया के अनुसार" names no party of the event
SOURCE_MARKERS = ("के अनुसार", "के मुताबिक", "के मुताबिक़", "के हवाले से")
# the nouns of a decision whose genitive names who made it: "निष्कासित किए जाने के भारत के फैसले"
DECISION_NOUNS = ("फैसले", "फ़ैसले", "फैसला", "निर्णय", "कदम", "क़दम", "ऐलान", "घोषणा")
# the nouns of an accusation: "X पर हमला करने का आरोप" (the accused did it)
ALLEGATION_NOUNS = ("आरोप", "इल्जाम", "इल्ज़ाम", "आरोपों")
# Pronouns that stand for the last salient actor as the other party: with a case of their
# own (उन्हें = उन को, उनसे = उन से) or a genitive that the phrase after them closes
# ("उनका ... स्वागत किया", "उनके ठिकानों पर")
OBJECT_PRONOUNS = {"उन्हें": "ko", "उसे": "ko", "इन्हें": "ko", "उनसे": "se", "उससे": "se",
                   "उनका": "", "उनकी": "", "उनके": "", "उसका": "", "उसकी": "", "उसके": ""}
# "both leaders/countries/sides": the participants of the last meeting
BOTH = ("दोनों नेताओं", "दोनों नेता", "दोनों देशों", "दोनों देश", "दोनों पक्षों", "दोनों पक्ष", "दोनों ने",
        "सभी नेताओं", "नेताओं")
# fmt: on

# Demonstratives that make a predicate noun refer back to an event already told ("इस बैठक").
# fmt: off
DEMONSTRATIVES = ("इस", "उस", "इन", "उन", "यह", "ये", "इसी", "उसी", "वह")
# Words that open a sentence continuing the one before ("यह प्रक्रिया 15 मार्च से शुरू हुई").
CONTINUATIONS = ("यह", "ये", "इस", "इसे", "इसकी", "इसका", "इसके", "यही", "इसी")
# fmt: on

# Closed lists the coder and the actor reader build their patterns from.
# fmt: off
CONJUNCTIONS = ("और", "तथा", "एवं", "व")
# the finite verbs that end a predicate: "X की निंदा की और Y से … की मांग की" holds two
FINITE_VERBS = ("की", "कीं", "किया", "किए", "किये", "दी", "दीं", "दिया", "दिए", "दिये", "है", "हैं", "था", "थी",
                "थे", "गया", "गई", "गए", "लिया", "ली", "लिए", "जताई", "जताया", "लगाया", "लगाए", "लगाई")
# words that open a new clause (after a comma or a space): relatives, "but", "while", "because"
CLAUSE_OPENERS = ("जिसमें", "जिसके", "जिसकी", "जिसका", "जिससे", "जहां", "जहाँ", "लेकिन", "किंतु", "किन्तु",
                  "परंतु", "परन्तु", "मगर", "जबकि", "बल्कि", "क्योंकि", "जब", "जिन्होंने", "जिसने", "जिसे")
# modifiers that may stand between a state and its role ("रूस के तत्कालीन राष्ट्रपति")
ROLE_MODIFIERS = ("तत्कालीन", "वरिष्ठ", "मौजूदा", "नए", "नवनियुक्त", "पूर्व", "शीर्ष", "अंतरिम", "कार्यवाहक",
                  "निवर्तमान", "नवनिर्वाचित", "सैन्य", "संघीय", "नई", "नया", "शाही", "राष्ट्रीय", "संयुक्त", "विशेष", "सशस्त्र", "उप", "सहायक")
# perfective participles and the passive auxiliary: "किए गए हमले"
PARTICIPLES = ("किए", "किये", "की", "किया", "दागे", "दागी", "लगाए", "लगाई")
PASSIVE_AUX = ("गए", "गई", "गया", "गईं", "गये", "गयी")
# past-tense and retrospective words that keep an undated event out of the article's day
PAST_MARKERS = ("था", "थी", "थे", "थीं", "तत्कालीन", "पहले")
# fmt: on
# "X का कहना है कि उसने …": the speaker named by a genitive, whom the pronouns that follow mean
SAYING = ("कहना", "मानना", "दावा")
# the verbs of saying after a speaker's ने: "रूस ने कहा- अमेरिका ने कानून तोड़ा"
SAID = ("कहा", "कहा है", "कहा कि", "बताया", "दावा किया", "आरोप लगाया", "जोर दिया", "जोर देकर कहा")
# possessive pronouns before an organ: "उसकी सेना" is the army of whoever was just speaking
REFLEXIVES = ("अपनी", "अपने", "अपना")
POSSESSIVES = ("उसकी", "उसके", "उसका", "अपनी", "अपने", "अपना", "उनकी", "उनके", "उनका")
# words that make a statement a reaction to the event told before: "इसके बाद X ने धमकी दी"
REACTION_OPENERS = ("इसके बाद", "इसके जवाब में", "इसके बदले", "इस पर", "इसके विरोध में", "जवाब में", "इसके खिलाफ",
                    "वहीं", "उधर")
# negative words that, inside a trigger, are the predicate's meaning ("कोशिश नाकाम", "इनकार")
NEGATIVE_WORDS = ("नहीं", "नाकाम", "विफल", "इनकार", "इंकार", "नामंजूर", "नामंज़ूर")
# the genitive postposition: "हमले की निंदा"
GENITIVE = ("की", "का", "के")
# "X किए जाने के बाद Y नहीं रुका": what follows these belongs to another predicate
AFTER = ("के बाद", "के पश्चात", "के उपरांत")
# an event noun only planned, prepared, possible or a pretext is no event of its own: "हमले
# की तैयारी कर रहा है", "बातचीत की संभावना को खारिज किया", "हमला करने की योजना"
NOT_YET = ("की संभावना", "की संभावनाओं", "की संभावनाएं", "की कोई संभावना", "की हर संभावना",
           "की किसी भी संभावना", "की सभी संभावनाओं", "की योजना", "करने की योजना",
           "की तैयारी", "करने की तैयारी", "की तैयारियों", "के बहाने", "करने की फिराक", "करने की साजिश")
# a verb's cause told before its consequence: "मसौदे पर वीटो किए जाने से वह पास नहीं हो पाया"
# (the नहीं after it is the consequence's)
CAUSE_THEN = ("जाने से", "जाने के कारण", "जाने की वजह से", "जाने के चलते", "करने से")
# fmt: off
# words that are light verbs and also postpositions or auxiliaries: before a predicate noun
# ("रूस की निंदा") they are not its verb, so a headline's verb-first order never reads them
NOT_LEAD_VERBS = ("की", "का", "के", "है", "हैं", "था", "थी", "थे", "हो", "कर")
# fmt: on

# fmt: off
# role marker code -> the words that spell it (coding.clauses reads the role of an actor from
# the postposition after its noun phrase)
ROLE_MARKER_WORDS: tuple[tuple[str, str], ...] = (
    ("saath", "के साथ"), ("saath", "के संग"), ("khilaf", "के खिलाफ"), ("khilaf", "के ख़िलाफ़"),
    ("khilaf", "के विरुद्ध"), ("khilaf", "के विरोध"), ("prati", "के प्रति"), ("liye", "के लिए"), ("liye", "के लिये"), ("near", "के आसपास"), ("near", "के पास"), ("near", "के बाहर"), ("near", "के सामने प्रदर्शन"),
    ("near", "के करीब"), ("near", "के नजदीक"), ("near", "के ऊपर से"), ("near", "के ऊपर"),
    # around a state or at its border: "ताइवान के चारों ओर युद्धाभ्यास", "लेबनान की सीमा पर जमावड़ा"
    # (a bare "X सीमा पर" is also "X और Y सीमा पर सहमत": a topic, not a place faced)
    ("near", "के चारों ओर"), ("near", "के चारों तरफ"), ("near", "के इर्द-गिर्द"), ("near", "के नज़दीक"),
    ("near", "की सीमा पर"), ("near", "के बॉर्डर पर"), ("near", "की सीमा के पास"),
    # towards a state: "ताइवान की ओर लड़ाकू विमान भेजे" ("की ओर से" is by whom: dvara)
    ("near", "की ओर"), ("near", "की तरफ"), ("near", "की तरफ़"),
    # before whom a protest is lodged: "X के चार्ज डी अफेयर्स के सामने विरोध दर्ज कराया"
    ("ko", "के सामने"), ("ko", "के समक्ष"), ("beech", "के बीच"), ("beech", "के मध्य"),
    # a route or an exception is no party: "पाकिस्तान के रास्ते अनाज भेजा", "सऊदी अरब के अलावा"
    ("via", "के रास्ते"), ("via", "के रास्ते से"), ("via", "के जरिए"), ("via", "के ज़रिए"), ("via", "के जरिये"),
    ("via", "के माध्यम से"), ("via", "की सहायता से"), ("via", "की मदद से"), ("via", "होते हुए"), ("via", "के अलावा"), ("via", "को छोड़कर"),
    # a mediator is no party of the deal it brokered: "कतर की मध्यस्थता से A और B के बीच डील हुई"
    ("via", "की मध्यस्थता से"), ("via", "की मध्यस्थता में"),
    # the topic of a protest or a quarrel: "अमित शाह के दौरे को लेकर आपत्ति"
    ("about", "को लेकर"), ("about", "के बारे में"),
    # a state named as where a city is: "वियतनाम की राजधानी हनोई में"
    ("me", "की राजधानी"), ("me", "के शहर"),
    ("dvara", "द्वारा"), ("dvara", "के द्वारा"), ("dvara", "की ओर से"), ("dvara", "की तरफ से"), ("dvara", "की तरफ़ से"), ("ne", "ने"), ("se", "से"), ("ko", "को"),
    ("gen", "का"), ("gen", "की"), ("gen", "के"), ("me", "में"), ("par", "पर"), ("tak", "तक"),
    ("and", "और"), ("and", "तथा"), ("and", "एवं"), ("and", "व"), ("and", ","), ("and", "-"),
)
# the postposition that closes a longer phrase an actor opens ("ईरान के तेल नेटवर्क … पर"), by
# marker code (a regular expression: "near" has several)
CLOSING_WORDS: dict[str, str] = {"me": "में", "par": "पर", "se": "से", "ko": "को", "saath": "के साथ", "khilaf": "के खिलाफ",
                 "about": "को लेकर", "ne": "ने",
                 "liye": "के लिए", "near": "के (?:आसपास|पास|करीब|नजदीक|बाहर)", "prati": "के प्रति", "beech": "के बीच"}
# fmt: on
