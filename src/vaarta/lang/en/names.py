"""English word lists the actor pass reads names by: capitalised words that begin no name, and
the words around a capital that tell whether it is the city or its government."""

# Capitalised words that never begin a person's name after a title.
NOT_NAMES = frozenset([
    "The", "A", "An", "On", "In", "At", "And", "But", "Said", "Says", "Told", "Has", "Had", "Was", "Is",
    "Will", "Would", "Who", "Which", "That", "This", "Of", "For", "To", "By", "With", "From", "After",
    "Before", "During", "While", "Also",
])
# After these a capital is the city ("in Nairobi"); after these its government ("summoned by
# Manila", "sanctions on Caracas").
PLACE_PREPOSITIONS = frozenset(["in", "at", "near", "from", "outside", "inside", "around", "across", "over", "into",
                                "through", "via", "of", "toward", "towards"])
PARTY_PREPOSITIONS = frozenset(["by", "on", "against", "to", "with"])
# Capitalised words that may open a clause before a capital ("But Tehran said").
CLAUSE_OPENERS = frozenset(["but", "and", "while", "as", "after", "before", "when", "since", "that"])
# Words after a capital that make it the subject of a clause ("Tehran has", "Kabul will").
SUBJECT_FOLLOWERS = frozenset(["has", "had", "will", "would", "could", "may", "might", "is", "was", "also"])
# "hit back at Manila", "lashed out at Washington": after these and "at" a capital is a party.
AIMED_AT = frozenset(["back", "out", "aim", "aimed", "fire", "fired"])
# Verbs of asking before "for <capital> to": "called for Moscow to end its pressure".
ASKING_FOR = frozenset(["call", "calls", "called", "calling", "press", "presses", "pressed", "pressing", "push",
                        "pushes", "pushed", "pushing", "appeal", "appeals", "appealed", "appealing"])
# Verbs of asking or warning in their unmarked forms, before a capital they address: "We urge
# Moscow to ...", "Japan urges Beijing to ...", "warning Kyiv against ..." (past forms in -ed
# are parties already).
ASKED_OBJECT = frozenset(["urge", "urges", "urging", "exhort", "exhorts", "exhorting", "ask", "asks", "asking",
                          "press", "presses", "pressing", "warn", "warns", "warning", "tell", "tells", "telling",
                          "told", "implore", "implores", "imploring", "encourage", "encourages", "advise",
                          "advises", "invite", "invites"])
# Role words that are adjectives before a noun no role word names: "military drills", "a
# military confrontation", "no official outcome" name no actor ("military officials" do).
ROLE_ADJECTIVES = frozenset(["military", "official"])
# Words that open a clause whose subject comes next: "if Caracas refuses", "unless Kabul
# agrees": a capital there followed by a verb is its government.
SUBJECT_OPENERS = frozenset(["if", "unless", "until", "once"])
# Words before a state's adjective or people that make them a people, not the state: "ethnic
# Albanian mayor", "ethnic Serbs" (in Kosovo), "Serb-majority north".
PEOPLE_MARKERS = frozenset(["ethnic"])
