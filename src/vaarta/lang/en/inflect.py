"""English verb and noun forms from the base form: "strike" -> strikes, struck, striking;
"expel" -> expelled; "attack" (noun) -> attacks. Irregular verbs are listed; the rest follow
the spelling rules. A frame file names only base forms."""

from __future__ import annotations

from dataclasses import dataclass

# fmt: off
# base: (past, past participle)
IRREGULAR: dict[str, tuple[str, str]] = {
    "arise": ("arose", "arisen"), "be": ("was", "been"), "bear": ("bore", "borne"),
    "beat": ("beat", "beaten"), "become": ("became", "become"), "begin": ("began", "begun"),
    "bid": ("bid", "bid"), "bind": ("bound", "bound"), "blow": ("blew", "blown"),
    "break": ("broke", "broken"), "bring": ("brought", "brought"), "build": ("built", "built"),
    "buy": ("bought", "bought"), "cast": ("cast", "cast"), "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cut": ("cut", "cut"),
    "deal": ("dealt", "dealt"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"), "fall": ("fell", "fallen"), "feel": ("felt", "felt"),
    "fight": ("fought", "fought"), "find": ("found", "found"), "flee": ("fled", "fled"),
    "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "get": ("got", "got"), "give": ("gave", "given"),
    "go": ("went", "gone"), "grow": ("grew", "grown"), "hang": ("hung", "hung"),
    "have": ("had", "had"), "hear": ("heard", "heard"), "hide": ("hid", "hidden"),
    "hit": ("hit", "hit"), "hold": ("held", "held"), "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"),
    "let": ("let", "let"), "lose": ("lost", "lost"), "make": ("made", "made"),
    "mean": ("meant", "meant"), "meet": ("met", "met"), "mislead": ("misled", "misled"),
    "oversee": ("oversaw", "overseen"), "overrun": ("overran", "overrun"),
    "overthrow": ("overthrew", "overthrown"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "quit": ("quit", "quit"), "read": ("read", "read"), "rebuild": ("rebuilt", "rebuilt"),
    "ride": ("rode", "ridden"), "ring": ("rang", "rung"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "say": ("said", "said"), "see": ("saw", "seen"),
    "seek": ("sought", "sought"), "sell": ("sold", "sold"), "send": ("sent", "sent"),
    "set": ("set", "set"), "shake": ("shook", "shaken"), "shoot": ("shot", "shot"),
    "show": ("showed", "shown"), "shut": ("shut", "shut"), "sink": ("sank", "sunk"),
    "sit": ("sat", "sat"), "slay": ("slew", "slain"), "speak": ("spoke", "spoken"),
    "spend": ("spent", "spent"), "split": ("split", "split"), "spread": ("spread", "spread"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "strike": ("struck", "struck"),
    "swear": ("swore", "sworn"), "sweep": ("swept", "swept"), "take": ("took", "taken"),
    "teach": ("taught", "taught"), "tear": ("tore", "torn"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"),
    "uphold": ("upheld", "upheld"), "wage": ("waged", "waged"), "win": ("won", "won"),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld", "withheld"),
    "write": ("wrote", "written"), "shed": ("shed", "shed"), "forsake": ("forsook", "forsaken"),
    "foresee": ("foresaw", "foreseen"), "outlaw": ("outlawed", "outlawed"),
}
# Verbs stressed on the last syllable double its consonant: expel -> expelled. One-syllable
# verbs (ban, slap, stop) are found by rule; British doubling (travelled) is kept beside the
# American form.
DOUBLING = frozenset(["expel", "compel", "repel", "propel", "commit", "admit", "submit", "permit", "omit", "acquit", "patrol", "control", "refer", "confer", "prefer", "transfer", "deter", "regret", "abet", "equip", "kidnap", "occur", "rebel", "incur"])
BRITISH_DOUBLING = frozenset(["travel", "cancel", "label", "signal", "channel", "fuel", "model", "level", "shovel"])
# fmt: on

_VOWELS = "aeiou"


@dataclass(frozen=True, slots=True)
class VerbForms:
    base: str
    third: str
    past: str
    participle: str
    gerund: str
    extra: tuple[str, ...] = ()  # spelling variants (travelled beside traveled)

    def all(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.base, self.third, self.past, self.participle, self.gerund, *self.extra)))


def verb_forms(base: str) -> VerbForms:
    base = base.lower()
    third = _third(base)
    gerund = _gerund(base)
    extra: tuple[str, ...] = ()
    if base in IRREGULAR:
        past, part = IRREGULAR[base]
    else:
        past = part = _past(base)
        if base in BRITISH_DOUBLING:
            extra = (base + base[-1] + "ed", base + base[-1] + "ing")
    return VerbForms(base, third, past, part, gerund, extra)


def noun_forms(noun: str) -> tuple[str, ...]:
    """A noun and its plural; a word listed in the plural ("sanctions", "talks") stays as it is."""
    noun = noun.lower()
    if noun.endswith("s") and not noun.endswith(("ss", "us")):
        return (noun,)
    return tuple(dict.fromkeys((noun, _plural(noun))))


def _doubles(base: str) -> bool:
    if base in DOUBLING:
        return True
    if len(base) < 3 or base[-1] in "wxy" + _VOWELS:
        return False
    c1, v, c2 = base[-3], base[-2], base[-1]
    one_syllable = sum(1 for i, ch in enumerate(base) if ch in _VOWELS and (i == 0 or base[i - 1] not in _VOWELS)) == 1
    return one_syllable and c1 not in _VOWELS and v in _VOWELS and c2 not in _VOWELS


def _third(base: str) -> str:
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        return base + "es"
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _past(base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    if _doubles(base):
        return base + base[-1] + "ed"
    return base + "ed"


def _gerund(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:
        return base[:-1] + "ing"
    if _doubles(base):
        return base + base[-1] + "ing"
    return base + "ing"


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"
