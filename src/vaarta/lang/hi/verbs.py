"""The forms of the light verbs that carry Hindi predicate nouns ("प्रतिबंध लगाए", "निंदा की",
"सहायता भेजेगा"): a frame that names one form of a light verb accepts its perfective and
future forms.

Left out on purpose: subjunctive-only forms (करे, करें, दें: "X प्रतिबंध हटाए" may be a
demand), and habitual, infinitive and absolutive forms (देती, देने, देकर), which mostly stand
in relative clauses and purposes ("जो रूस को सहायता देती हैं"), not in reports of an act —
measured: adding them cost more false events than they found.
"""

from __future__ import annotations

# fmt: off
PARADIGMS: tuple[tuple[str, ...], ...] = (
    ("किया", "किए", "किये", "की", "कीं"),  # (करेगा: too general a word to stand for any predicate)
    ("दिया", "दिए", "दिये", "दी", "दीं", "देगा", "देगी", "देंगे", "देंगी"),
    ("लगाया", "लगाए", "लगाये", "लगाई", "लगाईं", "लगाएगा", "लगाएगी", "लगाएंगे", "लगाएंगी"),
    ("भेजा", "भेजे", "भेजी", "भेजीं", "भेजेगा", "भेजेगी", "भेजेंगे"),
    ("जताया", "जताई", "जताईं", "जताए", "जताएगा", "जताएंगे"),
    ("पहुंचाया", "पहुंचाए", "पहुंचाई", "पहुंचाएगा", "पहुंचाएंगे"),
    ("सौंपा", "सौंपे", "सौंपी", "सौंपेगा", "सौंपेंगे"),
    ("दागा", "दागे", "दागी", "दागीं", "दागेगा"),
)
# fmt: on

# The subjunctive that ends a bid in reported speech: "उन्होंने कहा कि भारतीय सैनिक 15 मार्च तक
# मालदीव छोड़ दें" asks; "… छोड़ देंगे" or "… ने छोड़ दिया" reports. A last word ending in -ें
# is a plural subjunctive too ("हटाएं", "रोकें"), but for the pronouns and postpositions below.
SUBJUNCTIVE = ("करे", "करें", "दे", "दें", "ले", "लें", "जाए", "जाएं", "जाएँ", "जाये", "जायें", "रखे", "रखें",
               "बरते", "बरतें", "माने", "मानें", "छोड़े", "छोड़ें", "हटाए", "हटाएं", "रोके", "रोकें", "लौटाए",
               "लौटाएं", "सौंपे", "सौंपें", "बुलाए", "बुलाएं")
NOT_SUBJUNCTIVE = ("में", "उन्हें", "इन्हें", "जिन्हें", "किन्हें", "हमें", "तुम्हें", "सकें")

# endings of a finite future verb: a trigger that ends in one is a whole predicate ("करारा जवाब
# देगा"), so a bare name right before it is its subject, not a modifier of a noun
FUTURE_ENDINGS = ("ेगा", "ेगी", "ेंगे", "ेंगी", "एगा", "एगी", "एंगे", "एंगी", "ायेगा", "ायेगी", "ायेंगे")
# the auxiliary of ability that makes an act possible, not done: "हमला कर सकता है"
ABILITY = ("सकता", "सकती", "सकते", "सकेगा", "सकेगी", "सकेंगे")
# the ending of an oblique infinitive ("बेचने पर", "करने की"): a verb made a noun
INFINITIVE_OBLIQUE = "ने"

# Adverbs a headline puts between ने and its verb: "भारत ने फिर भेजा श्रीलंका को चावल"
HEADLINE_ADVERBS = ("फिर", "भी", "अब", "दोबारा", "फिर से", "एक बार फिर", "आखिरकार", "तुरंत")

# What an attack did to people: "हमले में 20 लोग मारे गए" — those killed are the attacked side
CASUALTY_VERBS = ("मारे गए", "मारे गये", "मारा गया", "मारी गई", "मारी गयी", "की मौत", "की जान चली", "घायल",
                  "जान गंवाई", "जान गई", "हताहत", "शहीद")

# An absolutive "कर"/"करके" ends one predicate and begins the next: "राजदूत को तलब कर उन्हें
# … लौटने को कहा" — the summons is done, only the return is asked for. "कर" before one of
# these is no absolutive but a compound verb: "हमला कर दिया", "बातचीत कर रहे हैं".
ABSOLUTIVE = ("कर", "करके", "कर के")
AFTER_KAR = ("दिया", "दी", "दिए", "दिये", "दीं", "दे", "दें", "देगा", "देगी", "देंगे", "देंगी", "देना", "देने",
             "रहा", "रही", "रहे", "रहीं", "सकता", "सकती", "सकते", "सकें", "सके", "सकेगा", "सकेंगे", "चुका", "चुकी",
             "चुके", "ली", "लिया", "लिए", "लिये", "लीं", "ले", "लें", "लेगा", "लेगी", "लेंगे", "लेना", "लेने",
             "डाला", "डाली", "डाले", "पाया", "पाई", "पाए", "पाएगा", "पाएंगे", "पाते", "पाता", "गया", "गई", "गए",
             "जाएगा", "जाएगी", "जाएंगे", "चाहिए", "चाहता", "चाहती", "चाहते", "सकने", "चुकने")

# Participles that qualify a counted noun tell no new act: "गिरफ्तार 47 मछुआरों को … सौंपा
# जाएगा" (the fishermen arrested, already told), "तैनात 300 सैनिकों"
ADJECTIVAL_PARTICIPLES = ("गिरफ्तार", "तैनात", "अरेस्ट", "डिटेन")
