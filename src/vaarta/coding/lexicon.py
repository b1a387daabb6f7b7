"""The coder's language data, read once from ``data/lexicon``: frames, CAMEO table, modality cues."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from vaarta.coding.placing import HELD_AT
from vaarta.kb.matcher import is_word_char
from vaarta.lang.hi.verbs import PARADIGMS
from vaarta.ontology import PLOVER_TYPES
from vaarta.text.normalise import nfc
from vaarta.text.resources import data_path, load_yaml, read_tsv
from vaarta.text.variants import fold_chandrabindu, spelling_variants

ROLE_MARKERS = frozenset(["se", "saath", "gen", "par", "ko", "khilaf", "dest", "dest_in", "beech", "prati", "liye", "about",
                          "dvara",
                          "near", "other", "cond", "me"])
_W = r"[\u0900-\u0963\u0966-\u097F\w]"
_ANUSVARA = "\u0902"
_EITHER_NASAL = "[\u0901\u0902]"


@dataclass(frozen=True, slots=True)
class Frame:
    id: str
    type: str
    mode: str | None
    cameo: str
    triggers: tuple[str, ...]
    needs: tuple[str, ...]
    blocks: tuple[str, ...]
    recipient: tuple[str, ...]
    symmetric: bool
    recipient_optional: bool
    confidence: float
    explicit_agent: bool = False
    clause_participants: bool = False
    bare_agent: bool = False
    reciprocal: bool = False
    refers_to: str | None = None  # an object noun naming an event of this type told before
    refer_words_re: re.Pattern[str] | None = None
    needs_re: re.Pattern[str] | None = None
    blocks_re: re.Pattern[str] | None = None  # block words that block anywhere after the trigger
    default_actor: str | None = None  # no agent named: an unnamed actor of this code (IMG)
    context_re: re.Pattern[str] | None = None  # one of these words anywhere in the clause
    avoid_re: re.Pattern[str] | None = None  # none of these words near the trigger
    avoid_before: int = 40  # how far before the trigger "near" reaches (characters, within the clause)
    speech_act: bool = False  # the event is the saying: its modality is read from the trigger on
    foreign: bool = False  # the other party is never the actor's own state
    refers_role: str = "actors"  # which side of the earlier event refers_to takes
    dateline_recipient: bool = False  # no recipient named: the dateline's state
    local_parties: bool = False  # no agent named: the people of the clause's place, at home
    genitive_agent: bool = False  # a bare event noun: only "X के हमले" / "X द्वारा" name its agent
    object_clause: bool = False  # no other party named: the agent of the कि-clause after it
    reacts: bool = False  # no other party named: the actor of the sentence's event before it
    replies: bool = False  # the trigger is itself a reply: it answers the last act told, by another
    bids: bool = False  # only with a कि-clause after it that ends in a subjunctive ("… छोड़ दें")
    accused_agent: bool = False  # its agent is accused by a speaker ("X ने कहा- Y ने कानून तोड़ा")
    together: str | None = None  # several states doing it with no one else: COOPERATE, this CAMEO code
    held_at: str | None = None  # where the act is done when no place is named (coding/placing.py)


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    word: str


@dataclass(frozen=True, slots=True)
class Cameo:
    code: str
    name: str
    goldstein: float
    plover: str | None

    @property
    def quad(self) -> int:
        root = int(self.code[:2])
        return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4


@dataclass(frozen=True, slots=True)
class Modality:
    order: tuple[tuple[str, re.Pattern[str]], ...]
    pluperfect: re.Pattern[str]
    any_cue: re.Pattern[str]  # all classes in one pass; the group name is the class
    # A cheap test that every cue needs to pass (most clauses have none): the cue words,
    # the verb endings, and the hint words of the free patterns, each looked for alone
    # (three small searches cost less than the one pattern). Off when a free pattern has
    # no hints: then any_cue reads every clause.
    words: re.Pattern[str] | None = None
    endings: re.Pattern[str] | None = None
    hints: tuple[str, ...] = ()
    gated: bool = False

    def may_have_cue(self, clause: str) -> bool:
        if not self.gated:
            return True
        if self.words is not None and self.words.search(clause):
            return True
        if self.endings is not None and self.endings.search(clause):
            return True
        return any(h in clause for h in self.hints)


WORD_END = "~"  # a trigger that is the end of a word and what follows it


class Lexicon:
    def __init__(self, frames: list[Frame], cameo: dict[str, Cameo], modality: Modality,
                 multilateral: list[str] | None = None, requested: list[str] | None = None,
                 joint: list[str] | None = None) -> None:
        self.frames = frames
        # words that make the other side of a directed event one group ("संयुक्त अभ्यास की निंदा")
        self.joint_re = words_re(joint) if joint else None
        # words that make a meeting with several counterparts one meeting of all of them
        self.multilateral_re = words_re(multilateral) if multilateral else None
        # an event asked for is not an event yet: "बातचीत करने की सलाह दी", "रिहा करने को कहा"
        self.requested_re = words_re(requested) if requested else None
        self.cameo = cameo
        self.modality = modality
        self.held_at = {f.id: f.held_at for f in frames if f.held_at}
        self.two_sided = frozenset(f.id for f in frames if f.symmetric)
        by_trigger: dict[str, list[Frame]] = {}
        # triggers written "~ने को कहा" begin inside a word: any verb's oblique infinitive
        # ("रखने को कहा", "लौटने को कहा"), found as the word's ending
        self.word_endings = frozenset(form for f in frames for t in f.triggers if t.startswith(WORD_END)
                                      for form in spelling_variants(t[len(WORD_END):]))
        for f in frames:
            for t in (t.removeprefix(WORD_END) for t in f.triggers):
                # every spelling news uses: "वीज़ा"/"वीजा", "संबंध"/"सम्बन्ध" (the text's
                # chandrabindu is read as anusvara when triggers are looked for)
                for form in sorted(spelling_variants(t)):
                    if f not in by_trigger.setdefault(form, []):
                        by_trigger[form].append(f)
        self.by_trigger = by_trigger
        # the PLOVER types a trigger word may stand for (read once, asked of every trigger found)
        self.types_of = {t: frozenset(f.type for f in fs) for t, fs in by_trigger.items()}
        self.predicates = frozenset(t for t, fs in by_trigger.items() if any(f.needs_re is None for f in fs))
        # the shorter triggers a longer one begins with ("टैरिफ" in "टैरिफ लगाएगा"): tried
        # when no frame of the longer one makes an event there
        # (a prefix ends where a word of the trigger ends)
        self.prefixes: dict[str, tuple[str, ...]] = {
            t: tuple(sorted((t[:i] for i, ch in enumerate(t) if ch == " " and t[:i] in by_trigger), key=len, reverse=True))
            for t in by_trigger}
        self._triggers = ahocorasick.Automaton()
        for t in by_trigger:
            self._triggers.add_word(t, (len(t), t))
        self._triggers.make_automaton()

    def is_predicate(self, word: str) -> bool:
        """A trigger that is a whole predicate (no light verb needed: निंदा, धमकी, स्वागत)."""
        return word in self.predicates

    def readings(self, trig: Trigger) -> list[tuple[Trigger, Frame]]:
        """The frames a trigger hit may fire, the longest trigger's first, then those of
        the shorter triggers it begins with (each with its own, shorter span)."""
        out = [(trig, f) for f in self.by_trigger[trig.word]]
        for p in self.prefixes.get(trig.word, ()):
            short = Trigger(trig.start, trig.start + len(p), p)
            out += [(short, f) for f in self.by_trigger[p] if f not in self.by_trigger[trig.word]]
        return out

    def find_triggers(self, text: str) -> list[Trigger]:
        """Whole-word trigger hits in ``text``, leftmost-longest, in order."""
        out = []
        for end_i, (n, word) in self._triggers.iter_long(fold_chandrabindu(text)):
            s, e = end_i - n + 1, end_i + 1
            if (s > 0 and is_word_char(text[s - 1])) != (word in self.word_endings):
                continue
            if e < len(text) and is_word_char(text[e]):
                # the longest trigger ends inside a word ("वापस बुला ली" in "वापस बुला लीं"): a
                # shorter trigger it begins with may still stand there whole
                word = next((p for p in self.prefixes.get(word, ()) if not is_word_char(text[s + len(p)])), "")
                if not word:
                    continue
                e = s + len(word)
            out.append(Trigger(s, e, word))
        return out

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        folder = folder or data_path("lexicon")
        cameo = load_cameo(folder)
        spec = load_yaml(folder / "frames.yaml")
        frames = [_frame(f, cameo) for f in spec["frames"]]
        return cls(frames, cameo, _modality(load_yaml(folder / "modality.yaml")), spec.get("multilateral"),
                   spec.get("requested"), spec.get("joint"))


def load_cameo(folder: Path | None = None) -> dict[str, Cameo]:
    """Our CAMEO codes (``cameo.tsv``): name, Goldstein score and PLOVER type, for every language."""
    folder = folder or data_path("lexicon")
    return {r["code"]: Cameo(r["code"], r["name"], float(r["goldstein"]), r.get("plover") or None)
            for _, r in read_tsv(folder / "cameo.tsv")}


def _frame(spec: dict, cameo: dict[str, Cameo]) -> Frame:
    fid = spec.get("id", "?")
    if spec.get("type") not in PLOVER_TYPES:
        raise ValueError(f"frame {fid}: type {spec.get('type')!r} is not a PLOVER type")
    if str(spec.get("cameo")) not in cameo:
        raise ValueError(f"frame {fid}: CAMEO code {spec.get('cameo')!r} is not in cameo.tsv")
    bad = set(spec.get("recipient", [])) - ROLE_MARKERS
    if bad:
        raise ValueError(f"frame {fid}: unknown recipient markers {sorted(bad)}")
    return Frame(
        id=fid,
        type=spec["type"],
        mode=spec.get("mode"),
        cameo=str(spec["cameo"]),
        triggers=tuple(map(nfc, spec["triggers"])),
        needs=tuple(map(nfc, spec.get("needs", ()))),
        blocks=tuple(map(nfc, spec.get("blocks", ()))),
        recipient=tuple(spec.get("recipient", ())),
        symmetric=bool(spec.get("symmetric", False)),
        recipient_optional=bool(spec.get("recipient_optional", False)),
        explicit_agent=bool(spec.get("explicit_agent", False)),
        clause_participants=bool(spec.get("clause_participants", False)),
        bare_agent=bool(spec.get("bare_agent", False)),
        reciprocal=bool(spec.get("reciprocal", False)),
        refers_to=spec.get("refers_to"),
        refer_words_re=words_re(spec["refer_words"]) if spec.get("refer_words") else None,
        confidence=float(spec.get("confidence", 0.7)),
        needs_re=words_re(_with_paradigms(spec["needs"])) if spec.get("needs") else None,
        blocks_re=_anywhere_blocks(spec.get("blocks", ())),
        default_actor=spec.get("default_actor"),
        context_re=words_re(spec["context"]) if spec.get("context") else None,
        avoid_re=words_re(spec["avoid"]) if spec.get("avoid") else None,
        avoid_before=int(spec.get("avoid_before", 40)),
        speech_act=bool(spec.get("speech_act", False)),
        foreign=bool(spec.get("foreign", False)),
        refers_role=_refers_role(fid, spec.get("refers_role", "actors")),
        dateline_recipient=bool(spec.get("dateline_recipient", False)),
        local_parties=bool(spec.get("local_parties", False)),
        genitive_agent=bool(spec.get("genitive_agent", False)),
        object_clause=bool(spec.get("object_clause", False)),
        reacts=bool(spec.get("reacts", False)),
        replies=bool(spec.get("replies", False)),
        bids=bool(spec.get("bids", False)),
        accused_agent=bool(spec.get("accused_agent", False)),
        together=str(spec["together"]) if spec.get("together") else None,
        held_at=_held_at(fid, spec.get("held_at")),
    )


def _held_at(fid: str, value: object) -> str | None:
    if value is not None and value not in HELD_AT:
        raise ValueError(f"frame {fid}: held_at {value!r} is not one of {sorted(HELD_AT)}")
    return str(value) if value is not None else None


def _with_paradigms(words: list[str]) -> list[str]:
    """A light verb named in one form stands for all its forms ("लगाए" -> लगाएगा, लगा रहा …)."""
    out = list(words)
    for paradigm in PARADIGMS:
        if any(nfc(w) in paradigm for w in words):
            out += [f for f in paradigm if f not in out]
    return out


def _refers_role(fid: str, role: str) -> str:
    if role not in ("actors", "recipients"):
        raise ValueError(f"frame {fid}: refers_role must be actors or recipients, not {role!r}")
    return role


def _anywhere_blocks(blocks: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    far = [b for b in blocks if len(b) > 3 and " " not in b]
    return words_re(far) if far else None


def words_re(words: list[str], suffixes: list[str] | None = None) -> re.Pattern[str]:
    forms = {f for w in words for f in spelling_variants(w)}
    # (the text keeps its chandrabindu: either sign stands where the word has one)
    parts = [re.escape(f).replace(_ANUSVARA, _EITHER_NASAL) for f in sorted(forms, key=len, reverse=True)]
    if suffixes:
        parts.append(rf"{_W}+(?:{'|'.join(re.escape(s) for s in suffixes)})")
    return re.compile(rf"(?<!{_W})(?:{'|'.join(parts)})(?!{_W})")


def _modality(spec: dict) -> Modality:
    order = []
    words: list[str] = []
    suffixes: list[str] = []
    hints: list[str] = []
    gated = True
    for name in ("negated", "hypothetical", "future", "historical"):
        s = spec.get(name, {})
        if s.get("words") or s.get("suffixes") or s.get("patterns"):
            rx = words_re(s.get("words", []), s.get("suffixes"))
            if s.get("patterns"):
                rx = re.compile("|".join([rx.pattern, *(nfc(p) for p in s["patterns"])]))
            order.append((name, rx))
            words += s.get("words", [])
            suffixes += [nfc(x) for x in s.get("suffixes", [])]
            hints += [nfc(h) for h in s.get("pattern_hints", [])]
            if s.get("patterns") and not s.get("pattern_hints"):
                gated = False
    plu = spec.get("historical", {}).get("pluperfect", ["था", "थी", "थे", "थीं"])
    # the participle before था ends in a vowel sign or ए/ई/आ (की थी, हुई थी, गए थे), so a
    # copula after a noun ("पहली बैठक थी") is not read as past perfect
    pluperfect = re.compile(rf"(?:[\u093e\u0940\u0947\u0948]|[एईआ]ं?|ीं)\s+(?:{'|'.join(plu)})(?!{_W})\s*[।.!?'\"’”]*\s*$")
    any_cue = re.compile("|".join(f"(?P<{name}>{rx.pattern})" for name, rx in order) or "(?!)")
    # a verb ending can only close a word; the letters before it are left to any_cue
    endings = re.compile(rf"(?:{'|'.join(re.escape(x) for x in suffixes)})(?!{_W})") if suffixes else None
    return Modality(tuple(order), pluperfect, any_cue, words_re(words) if words else None, endings,
                    tuple(hints), gated)
