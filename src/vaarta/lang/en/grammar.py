"""English closed-class words the coder reads clauses by: determiners, auxiliaries, pronouns,
prepositions, clause openers, reporting and control verbs. Lower case; whole words."""

# fmt: off
DETERMINERS = frozenset([
    "a", "an", "the", "this", "these", "that", "those", "its", "their", "his", "her", "our", "my",
    "your", "some", "several", "many", "few", "all", "both", "each", "every", "any", "no",
    "another", "other", "such", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "dozens", "hundreds", "thousands", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "latest", "new", "fresh", "further", "more",
    "its", "own", "own",
])

ARTICLES = frozenset(["the", "a", "an", "this", "these", "that", "those"])
PLAIN_ARTICLES = frozenset(["the", "a", "an"])  # the articles alone, no demonstrative
BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
HAVE = frozenset(["has", "have", "had", "having", "'ve", "'d"])
DO = frozenset(["do", "does", "did"])
MODALS = frozenset([
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "wo", "ca",
])
NEGATION = frozenset(["not", "n't", "never", "no", "neither", "nor"])
VERB_NEGATION = frozenset(["not", "n't", "never"])  # the negation of a verb, not of a noun ("no talks")
AUXILIARIES = BE | HAVE | DO | MODALS

SUBJECT_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i"])
OBJECT_PRONOUNS = frozenset(["him", "her", "it", "them", "us", "me"])
POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their", "our", "my"])
FIRST_PERSON = frozenset(["we", "i", "our", "us", "my", "me"])
PERSON_PRONOUNS = frozenset(["he", "she", "him", "her", "his"])
PLURAL_PRONOUNS = frozenset(["they", "them", "their"])
RELATIVE_PRONOUNS = frozenset(["who", "which", "that", "whose", "whom"])

PREPOSITIONS = frozenset([
    "about", "above", "across", "after", "against", "along", "amid", "amidst", "among", "around",
    "as", "at", "before", "behind", "below", "beside", "besides", "between", "beyond", "by",
    "despite", "during", "except", "for", "from", "in", "including", "inside", "into", "near",
    "of", "off", "on", "onto", "outside", "over", "past", "per", "regarding", "since", "than",
    "through", "throughout", "to", "toward", "towards", "under", "until", "unlike", "upon",
    "versus", "via", "with", "within", "without",
])

# Words that open a clause of their own: the subject of what follows is found after them.
SUBORDINATORS = frozenset([
    "after", "before", "when", "whenever", "while", "whereas", "because", "since", "if", "unless",
    "although", "though", "as", "until", "once", "where",
])
CONDITIONALS = frozenset(["if", "unless"])

# The verb forms of saying: "X said (that) ...", "..., X said." A clause they introduce keeps
# its own subject; a pronoun subject there ("it", "he") is the speaker.
REPORTING = frozenset([
    "said", "say", "says", "saying", "told", "tell", "tells", "telling", "added", "adds", "stated",
    "states", "claimed", "claims", "claiming", "noted", "notes", "insisted", "insists", "wrote",
    "writes", "tweeted", "tweets", "posted", "declared", "declares", "asserted", "asserts",
    "argued", "argues", "explained", "explains", "announced", "announces", "confirmed", "confirms",
    "reported", "reports", "alleged", "alleges", "maintained", "maintains", "quoted", "stressed",
    "stresses", "emphasised", "emphasized", "underlined", "reiterated", "reiterates", "recalled",
    "signalled", "signaled",
])

# Verbs that take an infinitive whose event is their subject's: "moved to impose", "decided to
# expel", "plans to visit". The value is the modality the infinitive's event takes.
CONTROL = {
    "move": "asserted", "moved": "asserted", "moves": "asserted", "decide": "asserted",
    "decided": "asserted", "decides": "asserted", "begin": "asserted", "began": "asserted",
    "begins": "asserted", "start": "asserted", "started": "asserted", "continue": "asserted",
    "continued": "asserted", "continues": "asserted", "went on": "asserted", "proceeded": "asserted",
    "chose": "asserted", "opted": "asserted", "managed": "asserted", "claimed": "asserted",
    "claims": "asserted", "resorted": "asserted",
    "plan": "future", "plans": "future", "planned": "future", "planning": "future",
    "intend": "future", "intends": "future", "intended": "future", "prepare": "future",
    "prepares": "future", "preparing": "future", "prepared": "future", "expect": "future",
    "expects": "future", "expected": "future", "set": "future", "scheduled": "future",
    "due": "future", "is to": "future", "are to": "future", "was to": "future", "about": "future",
    "going": "future", "likely": "hypothetical", "want": "hypothetical", "wants": "hypothetical",
    "wanted": "hypothetical", "hope": "hypothetical", "hopes": "hypothetical",
    "hoped": "hypothetical", "seek": "hypothetical", "seeks": "hypothetical",
    "sought": "hypothetical", "seeking": "hypothetical", "try": "hypothetical",
    "tries": "hypothetical", "tried": "hypothetical", "trying": "hypothetical",
    "attempt": "hypothetical", "attempted": "hypothetical", "attempts": "hypothetical",
    "could": "hypothetical", "ready": "hypothetical", "willing": "hypothetical",
    "able": "hypothetical", "need": "hypothetical", "needs": "hypothetical",
    "failed": "negated", "fails": "negated", "fail": "negated", "declined": "negated",
    "declines": "negated", "refused": "negated", "refuses": "negated", "refuse": "negated",
}

# Verbs whose object is the subject of the infinitive after it: "urged India to stop", "asked
# the Indian government to ensure". After other verbs an infinitive tells a purpose, and its
# subject is the verb's ("summoned the envoy to protest").
OBJECT_CONTROL = frozenset([
    "urge", "urged", "urges", "urging", "ask", "asked", "asks", "asking", "press", "pressed", "presses", "force", "forced", "forces", "allow",
    "allowed", "allows", "permit", "permitted", "invite", "invited", "invites", "tell", "told",
    "tells", "order", "ordered", "orders", "instruct", "instructed", "instructs", "encourage",
    "encouraged", "encourages", "persuade", "persuaded", "request", "requested", "requests",
    "appeal", "appealed", "warn", "warned", "warns", "advise", "advised", "authorise",
    "authorised", "authorize", "authorized", "want", "wanted", "wants", "expect", "expected",
    "expects", "help", "helped", "helps",
])

# Nouns naming a decision or attempt: "Pakistan's move to expel", "India's decision to ...":
# the possessor is the agent of the infinitive's event.
DECISION_NOUNS = frozenset([
    "move", "decision", "bid", "plan", "plans", "attempt", "attempts", "effort", "efforts",
    "order", "orders", "refusal", "readiness", "intention", "threat", "threats", "pledge",
    "promise", "vow", "offer", "proposal", "call", "calls", "demand", "demands",
])

# Light verbs that answer what was done to their subject: "retaliated with tariffs", "responded
# with its own levies" — the other party is whoever did it.
RETALIATION_LIGHT = frozenset({"retaliate", "retaliated", "retaliates", "retaliating", "respond", "responded",
                               "responds", "responding", "hit"})

# What a refusal or dismissal is of: "spurned a challenge to meet Zelenskiy", "rejected calls
# from X": the other party stands after these.
PROPOSAL_NOUNS = frozenset([
    "challenge", "offer", "offers", "proposal", "proposals", "plan", "plans", "call", "calls",
    "demand", "demands", "request", "requests", "invitation", "suggestion", "idea", "bid",
    "appeal", "appeals", "initiative", "overture", "overtures", "ultimatum", "claim", "claims",
])

# The words after an attack that name whom it hit: "..., killing 60 Afghans", "leaving four dead".
VICTIM_VERBS = frozenset([
    "killing", "killed", "kill", "kills", "injuring", "injured", "injure", "wounding", "wounded",
    "leaving", "left", "targeting", "targeted", "hitting",
])

# Adverbs and fillers that may stand between a subject and its verb ("X also strongly condemned").
VERB_ADVERBS = frozenset([
    "also", "again", "later", "earlier", "then", "already", "now", "jointly", "repeatedly",
    "recently", "officially", "formally", "strongly", "firmly", "swiftly", "quickly",
    "immediately", "reportedly", "allegedly", "apparently", "previously", "once", "still",
    "further", "initially", "finally", "subsequently", "separately", "publicly", "personally",
    "directly", "openly", "sharply", "bitterly", "squarely", "effectively", "even", "just", "only",
    "first", "last", "yet",
])

# Nouns whose "of X" names the party an act is done to: "annexed four regions of Ukraine".
PART_NOUNS = frozenset([
    "region", "regions", "part", "parts", "area", "areas", "territory", "territories", "province",
    "provinces", "district", "districts", "member", "members", "citizen", "citizens", "national",
    "nationals", "crew", "crews", "staff", "unit", "units", "position", "positions", "town",
    "towns", "village", "villages", "city", "cities", "port", "ports", "island", "islands",
    "border",
])

# Verbs that stop what they govern from happening: "blocked a package of EU sanctions",
# "vetoed the resolution" — the event their object names is not told.
NEGATING_GOVERNORS = frozenset([
    "block", "blocked", "blocks", "blocking", "veto", "vetoed", "vetoes", "oppose", "opposed",
    "opposes", "delay", "delayed", "delays", "postpone", "postponed", "scrap", "scrapped",
    "cancel", "cancelled", "canceled", "avert", "averted", "foil", "foiled", "prevent",
    "prevented", "thwart", "thwarted",
])

# Words for how many, before "of": "thousands of Kenyans", "two of the soldiers".
QUANTITIES = frozenset([
    "thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "most", "all",
    "several", "both", "each", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "none", "few", "number",
])

# The state a conditional or future reading of a nominal event takes from the word before it.
NOUN_MODALITY = {
    "planned": "future", "proposed": "hypothetical", "possible": "hypothetical",
    "potential": "hypothetical", "upcoming": "future", "forthcoming": "future",
    "future": "future", "expected": "future", "next": "future", "prospective": "hypothetical",
    "threatened": "hypothetical", "foiled": "negated", "failed": "negated", "averted": "negated",
    "alleged": "asserted", "previous": "historical", "past": "historical", "earlier": "asserted",
    "former": "historical", "last": "asserted",
}

# "the two countries", "both sides": the two states named last before them.
# "the three countries", "the two sides": how many states named before they stand for.
COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
PAIR_NOUNS = frozenset([
    "countries", "sides", "nations", "governments", "neighbours", "neighbors", "leaders",
])

# "both sides", "all parties", "the warring sides": with an attack told before, its two sides
CONFLICT_SIDES = frozenset(["sides", "parties"])
CONFLICT_QUANTIFIERS = frozenset(["both", "all", "warring", "two"])

# "the country", "the island nation": the state named last before them.
STATE_ANAPHORS = ("the country", "the nation", "the island nation", "the kingdom", "the republic",
                  "the neighbouring country", "the neighboring country", "the two countries",
                  "both countries", "both sides", "the two sides", "the two nations")
# fmt: on


def is_adverb(word: str) -> bool:
    return word in VERB_ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in ("ally", "rally", "italy"))


# Function words: none of them is a noun a name could modify ("sanctions on Caracas if ...").
NOT_NOUNS = DETERMINERS | AUXILIARIES | NEGATION | PREPOSITIONS | SUBORDINATORS | RELATIVE_PRONOUNS \
    | SUBJECT_PRONOUNS | OBJECT_PRONOUNS | frozenset(["and", "or", "but", "nor", "so", "yet", "than", "then"])

# Waters: a place named with one of these is no state's territory ("the Red Sea"), whatever
# country the gazetteer files it under.
# What a state may withdraw from that is no place: leaving a deal is no retreat of forces.
AGREEMENT_NOUNS = frozenset(["deal", "agreement", "accord", "accords", "treaty", "pact", "convention", "talks",
                             "negotiations", "framework", "arrangement", "protocol", "initiative", "compact"])
# Nouns before a weapon word that make it a noun, not a verb: "artillery shells", "tank rounds".
WEAPON_MODIFIERS = frozenset(["artillery", "mortar", "tank", "howitzer", "cluster", "rocket", "naval"])
WATERS = frozenset(["sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "waters"])

# Nouns that count or bundle events: "held the 21st round of talks", "a wave of strikes", "a
# package of sanctions" — the verb before them governs the event noun after "of".
ROUND_NOUNS = frozenset([
    "round", "rounds", "series", "wave", "waves", "spate", "string", "package", "set", "volley",
    "barrage", "flurry", "number", "tonnes", "tons", "tonne", "ton", "kilograms", "doses", "batch",
    "batches", "consignment", "consignments", "shipment", "shipments", "million", "billion", "worth",
    "crore", "lakh", "trillion",
    "start", "beginning", "resumption",  # "announced the start of joint exercises"
])

# Light verbs whose subject is the other side of the event noun: "Nepal received aid from India".
RECEIVING = frozenset(["receive", "received", "receives", "receiving", "get", "got", "gets", "accept",
                       "accepted", "accepts"])
HOSTING = frozenset(["host", "hosted", "hosts", "hosting"])  # "Qatar hosted talks between ...": a party too
