"""English words after a capital that make it its government: "Moscow said", "Beijing's
response", "Washington has warned" (a capital before a place noun stays a place)."""

# fmt: off
GOVERNMENT_VERBS = (
    "said", "says", "warned", "warns", "accused", "accuses", "condemned", "condemns", "rejected",
    "rejects", "denied", "denies", "urged", "urges", "demanded", "demands", "threatened", "threatens",
    "responded", "has", "have", "had", "will", "would", "announced", "announces", "agreed", "signed",
    "imposed", "expelled", "summoned", "welcomed", "criticised", "criticized", "blamed", "insisted",
)
# fmt: on
# Their participles in -ing before a capital: ", blaming Washington", "accusing Kabul of".
# fmt: off
GOVERNMENT_GERUNDS = frozenset([
    "accusing", "blaming", "condemning", "criticising", "criticizing", "denouncing", "rejecting",
    "summoning", "threatening", "urging", "warning", "welcoming", "thanking", "praising", "sanctioning",
])
# fmt: on
