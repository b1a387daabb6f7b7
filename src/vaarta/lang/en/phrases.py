"""English word lists the coder reads phrases by: what may stand inside a fixed phrase, what
ends a clause, amounts, go-betweens and the hyphenated words that name who acted. Lower case."""

# Words a fixed phrase lets stand between its words: "lifted (all the) sanctions", "broke off
# (political and diplomatic) ties", "exchanged (heavy) fire"; and adjective endings that may.
FILLERS = frozenset([
    "a", "an", "the", "its", "their", "his", "her", "our", "all", "some", "remaining", "new", "fresh",
    "further", "more", "several", "two", "both", "and", "existing", "heavy", "intense", "fierce",
    "sporadic", "brief", "renewed", "unprovoked", "appropriate", "necessary", "adequate", "extra",
])
FILLER_ENDINGS = ("al", "ic", "ary", "ive", "ian", "ese")

# Words that end the phrase a verb or noun reaches into.
CLAUSE_STOPS = frozenset([";", "while", "whereas", "but", "although", "though", "because", "so"])
BY_STOPS = frozenset([";", "while", "whereas", "but", "which", "who", "that"])
CLAUSE_BREAKS = frozenset([";", "which", "who", "while", "whereas", "but"])

# Amounts before a noun: "$20 billion worth of US goods", "at least nine Indians".
AMOUNT_WORDS = frozenset([
    "$", "%", "€", "£", "per", "cent", "percent", "billion", "million", "worth", "crore", "lakh",
    "tonnes", "tons", "approximately", "about", "around", "nearly", "some", "over", "dollars", "euros", "pounds",
    "rupees", "yuan", "yen", "another", "additional", "further",
])
AMOUNT_PHRASES = frozenset([("at", "least"), ("at", "most"), ("up", "to"), ("more", "than"), ("less", "than"),
                            ("as", "many"), ("as", "much")])
CURRENCY = frozenset(["$", "€", "£", "worth"])

# "a deal brokered by China": whoever comes after "by" is a go-between, not a party.
GO_BETWEEN_PARTICIPLES = frozenset([
    "brokered", "mediated", "backed", "supported", "funded", "sponsored", "facilitated", "financed",
    "armed",
])
# Hyphenated words that say who stands behind a thing: after "-led" and "-launched" the name
# is the agent ("Saudi-led coalition"), after the go-between suffixes a backer ("Iran-backed").
BY_WHOM_SUFFIXES = ("led", "backed", "brokered", "mediated", "sponsored", "supported", "funded", "launched",
                    "controlled", "allied", "aligned", "run")
GO_BETWEEN_SUFFIXES = frozenset(["-brokered", "-backed", "-mediated", "-sponsored", "-supported", "-funded",
                                 "-allied", "-aligned"])
AGENT_SUFFIXES = frozenset(["-led", "-launched", "-run", "-controlled"])
# Hyphenated words that name the state a ship or aircraft belongs to: "a Panamanian-flagged
# tanker" is Panama's, as "a Panamanian tanker" is.
FLAG_SUFFIXES = ("flagged", "registered", "owned")

# A participle after these is its sentence's: "after meeting Erdogan", ", accusing its foes".
PARTICIPIAL_OPENERS = frozenset(["after", "before", "while", "since", "by", "without", "upon", "on", "when", "in"])

# Participles of holding: "the release of 40 soldiers held by the rebels" is the holder's release.
HOLDING_PARTICIPLES = frozenset(["held", "jailed", "detained", "imprisoned", "captured", "kidnapped",
                                 "abducted", "seized", "arrested"])

# Participles of saying or doing after a judged object: "condemned the remarks made by X",
# "rejected the charges levelled by Y": whoever comes after "by" is the one judged.
AUTHOR_PARTICIPLES = frozenset([
    "made", "issued", "delivered", "given", "voiced", "uttered", "posted", "published", "released",
    "levelled", "leveled", "taken", "adopted", "passed", "expressed", "announced", "carried",
])
# The manner of a judgement, between its verb and its object: "condemned in the strongest
# possible terms the remarks of X". Words allowed between "in" and "terms".
MANNER_TERMS = frozenset(["the", "strongest", "strong", "possible", "harshest", "harsh", "sharpest", "sharp",
                          "firmest", "firm", "clearest", "clear", "unequivocal", "no", "uncertain", "most",
                          "categorical", "emphatic"])

# Prepositions that introduce a date ("killed on Monday in"), a victim's setting ("killed in an
# attack"), the party after a refusal ("rejected calls from X").
DATE_PREPOSITIONS = frozenset(["on", "at", "early", "late"])
SETTING_PREPOSITIONS = frozenset(["in", "during", "by"])
PROPOSAL_PREPOSITIONS = ("from", "by", "of", "with")
PARTNER_PREPOSITIONS = frozenset(["in", "with", "to", "for"])
CHAIN_PREPOSITIONS = frozenset(["of", "from", "in", "inside", "with"])

# Nouns that are no event in these compounds: "a trade war", "the Cold War".
NOT_EVENT_COMPOUNDS = {
    "war": frozenset(["trade", "price", "tariff", "currency", "cold", "culture", "civil"]),
    "wars": frozenset(["trade", "price", "tariff", "currency", "culture"]),
}
# Nouns that are no event after these words: "prisoners of war".
NOT_EVENT_AFTER = {
    "war": (("prisoners", "of"), ("prisoner", "of")),
}
# Capitalised, these name something else: "the Test series".
NOT_EVENT_NAMES = frozenset(["test", "tests"])

# Who a speaker tells: "X told reporters: '...'".
AUDIENCES = frozenset(["reporters", "journalists", "told", "the", "media", "parliament"])
# What a government says by, named with no author: "the statement read", "a statement added";
# its author is the state the story is about, and so is the "we" of its quotations.
STATEMENT_NOUNS = frozenset(["statement", "communique", "communiqué", "readout"])
STATEMENT_VERBS = frozenset(["read", "reads"])
# Offices that speak for the state the story is about when no state is named with them: "the
# ministry said", "the spokesperson added", "the foreign ministry urged".
SPEAKING_OFFICES = frozenset(["spokesperson", "foreign ministry", "defence ministry", "interior ministry",
                              "trade ministry", "ministry"])
# A judgement of what another did said with a copula: "Russia's recognition of the regions was
# an unacceptable breach", "China's actions are unwarranted", "the strikes were not acceptable".
COPULAS = frozenset(["is", "are", "was", "were"])
JUDGEMENTS = frozenset([
    "unacceptable", "unwarranted", "unjustified", "unjustifiable", "illegal", "illegitimate", "provocative",
    "irresponsible", "reckless", "escalatory", "destabilising", "destabilizing", "baseless", "unfounded",
    "unprovoked", "deplorable", "outrageous", "violation", "breach", "provocation",
])
# A breach told by the one who suffered it, with the speaker after the clause: "Iranian drones
# violated Iraq's airspace, the ministry said" (the verb's subject is the one accused).
BREACH_VERBS = frozenset(["violated", "breached", "infringed", "violates", "breaches", "infringes"])
# What a state owns whose breach it reports: at a story's start, before any state has acted,
# that state is the one the story is about ("X violated Y's sovereignty, the ministry said").
SOVEREIGN_NOUNS = frozenset(["sovereignty", "airspace", "territory", "territorial", "waters", "border",
                             "borders", "soil", "integrity"])
# the same after "not": "is not acceptable"
NOT_JUDGEMENTS = frozenset(["acceptable", "justified", "justifiable", "legal", "legitimate"])
# Words between a speaker and "said": '"...," Biden was quoted as saying'.
QUOTED_AS = frozenset(["was", "quoted", "as"])
# A reporting verb followed by these closes an attribution: ", the ministry said on Tuesday".
# "..., the ministry said Thursday": a bare weekday or "today" after the verb too.
ATTRIBUTION_AFTER = frozenset([".", ",", "on", "in", "at", "after", "that", "late", "early", "today", "yesterday",
                               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# "whether" or "if" before an act said: it is not said to happen.
UNCERTAIN = frozenset(["whether", "if"])
# A date after these is a deadline, not when the event happened: "withdraw by March 15".
DEADLINE = frozenset(["by", "until", "till", "before", "within"])
# Prepositions that open the topic of an act, whose own agent a "by" after them names.
TOPIC_PREPOSITIONS = frozenset(["over", "about", "regarding", "concerning", "for", "after", "following"])
# "ready to begin talks", "willing to meet": an intent to meet is an agreement (CAMEO 036).
INTENT_WORDS = frozenset(["ready", "willing", "prepared", "keen", "open"])

# "deployed forces in response to the drills": what follows names the act answered, whose
# doer is the other party.
IN_RESPONSE = frozenset([("in", "response", "to"), ("in", "retaliation", "for"), ("in", "retaliation", "to"),
                         ("in", "reaction", "to"), ("in", "answer", "to"), ("in", "reply", "to")])
# the prepositions after the act answered that name its doers: "in response to the drills
# between Seoul and Washington", "... to the strikes by Israel"
ACT_OF = frozenset(["between", "by", "of"])
# the same with the act answered left to the sentences before: "In response, Taipei ..."
BARE_RESPONSE = frozenset([("in", "response"), ("in", "retaliation"), ("in", "reaction"), ("in", "reply")])

# what opens a clause before its subject ("… said that China's …", after a dash or a quote mark)
CLAUSE_OPENERS = frozenset({"that", ",", ";", ":", "-", "—", "–", "\"", "“", "”", "'", "‘", "’"})
# words that lead a time phrase after "said" ("said on Thursday", "said late last week")
TIME_LEADERS = frozenset({"on", "late", "early", "last", "this", "in"})

# whom a request is addressed to when it names states only in general ("called on Asian nations
# to", "urged the army and security forces to", "asked its allies to"): the state its content
# names is then not the one asked
ADDRESSEES_IN_GENERAL = frozenset(["nations", "countries", "states", "governments", "community", "allies",
                                   "partners", "army", "forces", "members", "leaders", "world"])
# Words that make a meeting with several counterparts one meeting of all of them ("a trilateral
# summit with Japan and Korea"); without them each counterpart met is one meeting ("met the
# foreign ministers of Nepal and Bangladesh").
MULTILATERAL = frozenset(["summit", "trilateral", "quadrilateral", "multilateral", "jointly", "together", "joint",
                          "conference", "forum", "group", "among", "all", "collectively", "plurilateral"])
