"""The English frames (``data/lexicon/frames_en.yaml``) made ready for matching: every verb
in every inflected form, every noun with its plural, indexed by first word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vaarta.coding.lexicon import Cameo
from vaarta.lang.en.calendar import MONTHS, WEEKDAYS
from vaarta.lang.en.grammar import AUXILIARIES, CONTROL, PREPOSITIONS, REPORTING
from vaarta.lang.en.inflect import noun_forms, verb_forms
from vaarta.lang.en.phrases import FILLER_ENDINGS, FILLERS
from vaarta.model import MODALITIES
from vaarta.ontology import PLOVER_TYPES
from vaarta.text.resources import data_path, load_yaml

SLOT = "{x}"
QUOTE_MARKS = frozenset("\"'“”‘’")
MAX_SLOT = 12
MAX_FILL = 3


@dataclass(frozen=True, slots=True)
class EnglishFrame:
    id: str
    type: str
    mode: str | None
    cameo: str
    recipient: tuple[str, ...]
    noun_recipient: tuple[str, ...]
    symmetric: bool = False
    recipient_optional: bool = False
    agentless: str | None = None
    reacts: bool = False
    absorbs: bool = False
    cameo_by_inner: tuple[tuple[str, str], ...] = ()
    not_followed_by: tuple[tuple[str, ...], ...] = ()
    partner_in_clause: bool = False
    dateline_recipient: bool = False
    subject_event: bool = False
    retaliates: bool = False
    speech_act: bool = False
    reciprocal: bool = False
    together: str | None = None
    nouns_need_light_verb: bool = False
    confidence: float = 0.7
    mutual: bool = False
    own_state: bool = False
    subject_warned: bool = False

    def cameo_for(self, inner_type: str | None) -> str:
        return dict(self.cameo_by_inner).get(inner_type or "", self.cameo)


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way a frame is told: a verb phrase or a noun phrase, word by word. A word is the set
    of its forms; ``None`` is the other party's slot."""

    words: tuple[frozenset[str] | None, ...]
    frame: EnglishFrame
    kind: str  # "verb" or "noun"
    fixed: bool  # a phrase of several words (fillers may stand between them)


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern found in a sentence's tokens: tokens [start, end), the slot's tokens."""

    pattern: Pattern
    start: int
    end: int
    slot: tuple[int, int] | None = None

    @property
    def frame(self) -> EnglishFrame:
        return self.pattern.frame

    @property
    def kind(self) -> str:
        return self.pattern.kind


@dataclass
class EnglishLexicon:
    frames: list[EnglishFrame]
    cameo: dict[str, Cameo]
    patterns: dict[str, list[Pattern]]
    modality: list[tuple[str, re.Pattern[str]]]
    light_verbs: dict[str, str]  # form -> base
    verb_forms: dict[str, set[str]]  # form -> {"base", "third", "past", "participle", "gerund"}
    person_offices: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def load(cls, cameo: dict[str, Cameo], path: Path | None = None,
             person_offices: Iterable[str] = ()) -> EnglishLexicon:
        spec = load_yaml(path or data_path("lexicon", "frames_en.yaml"))
        forms: dict[str, set[str]] = {}
        patterns: dict[str, list[Pattern]] = {}
        frames = []
        for f in spec["frames"]:
            frame = _frame(f, cameo)
            frames.append(frame)
            for phrase in f.get("verbs", []):
                _add(patterns, _verb_pattern(str(phrase), frame, forms))
            for phrase in f.get("nouns", []):
                _add(patterns, _noun_pattern(str(phrase), frame))
        for plist in patterns.values():
            plist.sort(key=lambda p: -len(p.words))
        light: dict[str, str] = {}
        for phrase in spec.get("light_verbs", []):
            base, *rest = str(phrase).split()
            vf = verb_forms(base)
            _note_forms(vf, forms)
            for form in vf.all():
                light[" ".join([form, *rest])] = base
        for word in REPORTING | set(CONTROL):
            forms.setdefault(word, set()).add("other")
        modality = []
        for m in spec.get("modality", []):
            if m["modality"] not in MODALITIES:
                raise ValueError(f"English modality {m['modality']!r}: not one of {', '.join(MODALITIES)}")
            modality.append((m["modality"], re.compile(rf"(?<![\w'])(?:{'|'.join(m['cues'])})(?![\w])", re.I)))
        ids = {f.id for f in frames}
        for f in frames:
            if f.together is not None and f.together not in ids:
                raise ValueError(f"English frame {f.id}: together names no frame {f.together}")
        return cls(frames, cameo, patterns, modality, light, forms, frozenset(person_offices))

    def matches_at(self, words: list[str], i: int) -> list[Match]:
        """Every pattern that matches the lower-cased ``words`` from ``i``, longest first."""
        out = []
        for p in self.patterns.get(words[i], ()):
            m = _match(p, words, i)
            if m is not None:
                out.append(m)
        out.sort(key=lambda m: -(m.end - m.start))
        return out

    def frame(self, frame_id: str) -> EnglishFrame:
        return next(f for f in self.frames if f.id == frame_id)

    def is_verb_form(self, word: str) -> bool:
        return word in self.verb_forms


def _frame(f: dict, cameo: dict[str, Cameo]) -> EnglishFrame:  # type: ignore[type-arg]
    if f["type"] not in PLOVER_TYPES or str(f["cameo"]) not in cameo:
        raise ValueError(f"English frame {f.get('id')}: bad type or CAMEO code")
    for key in ("recipient", "noun_recipient", "verbs", "nouns"):
        if not all(isinstance(x, str) for x in f.get(key, [])):
            raise ValueError(f"English frame {f.get('id')}: {key} must be words (quote on, off, yes, no)")
    inner = f.get("cameo_by_inner") or {}
    for t, code in inner.items():
        if t not in PLOVER_TYPES or str(code) not in cameo:
            raise ValueError(f"English frame {f['id']}: bad cameo_by_inner {t}: {code}")
    return EnglishFrame(
        f["id"], f["type"], f.get("mode"), str(f["cameo"]), tuple(f.get("recipient", ["object"])),
        tuple(f.get("noun_recipient", [])), bool(f.get("symmetric", False)),
        bool(f.get("recipient_optional", False)), f.get("agentless"), bool(f.get("reacts", False)),
        bool(f.get("absorbs", False)), tuple((t, str(c)) for t, c in inner.items()),
        tuple(tuple(p.lower().split()) for p in f.get("not_followed_by", [])),
        bool(f.get("partner_in_clause", False)), bool(f.get("dateline_recipient", False)),
        bool(f.get("subject_event", False)), bool(f.get("retaliates", False)), bool(f.get("speech_act", False)),
        bool(f.get("reciprocal", False)), f.get("together"), bool(f.get("nouns_need_light_verb", False)),
        float(f.get("confidence", 0.7)), mutual=bool(f.get("mutual", False)),
        own_state=bool(f.get("own_state", False)), subject_warned=bool(f.get("subject_warned", False)))


def _note_forms(vf, forms: dict[str, set[str]]) -> None:  # type: ignore[no-untyped-def]
    for name in ("base", "third", "past", "participle", "gerund"):
        forms.setdefault(getattr(vf, name), set()).add(name)
    for extra in vf.extra:
        forms.setdefault(extra, set()).add("gerund" if extra.endswith("ing") else "past")
        if not extra.endswith("ing"):
            forms[extra].add("participle")


def _verb_pattern(phrase: str, frame: EnglishFrame, forms: dict[str, set[str]]) -> Pattern:
    first, *rest = phrase.lower().split()
    vf = verb_forms(first)
    _note_forms(vf, forms)
    words: list[frozenset[str] | None] = [frozenset(vf.all())]
    words += [None if w == SLOT else frozenset(w.split("|")) for w in rest]  # "say {x} is|was unacceptable"
    return Pattern(tuple(words), frame, "verb", len(words) > 1)


def _noun_pattern(phrase: str, frame: EnglishFrame) -> Pattern:
    parts = phrase.lower().split()
    words: list[frozenset[str] | None] = [frozenset([w]) for w in parts[:-1]]
    words.append(frozenset(noun_forms(parts[-1])))
    return Pattern(tuple(words), frame, "noun", "of" in parts)  # "exchange of (206) prisoners"


def _add(index: dict[str, list[Pattern]], p: Pattern) -> None:
    first = p.words[0]
    assert first is not None
    for w in first:
        index.setdefault(w, []).append(p)


def _match(p: Pattern, words: list[str], i: int) -> Match | None:
    j = i + 1
    slot: tuple[int, int] | None = None
    for k, want in enumerate(p.words[1:], start=1):
        if want is None:
            # the slot runs to the next word of the pattern (or is one or more words at the end)
            nxt = p.words[k + 1] if k + 1 < len(p.words) else None
            end = _slot_end(words, j, nxt)
            if end is None:
                return None
            slot, j = (j, end), end
            continue
        skipped = 0
        while j < len(words) and words[j] not in want and p.fixed and skipped < MAX_FILL and _filler(words[j]):
            j += 1
            skipped += 1
        if j >= len(words) or words[j] not in want:
            return None
        j += 1
        if slot is not None and slot[1] == j - 1 and _dated(words, j):
            return None  # "launched drills around Taiwan on Monday": "on" dates it, names no target
    if slot is not None and j - 1 > slot[1] and words[j - 1] in PREPOSITIONS and _dated(words, j):
        return None  # "fired a ballistic missile on Friday": the pattern's "on" dates it too
    return Match(p, i, j, slot)


def _dated(words: list[str], j: int) -> bool:
    """Does a date start at ``j`` ("Monday", "March 5", "5 March", "the night of")?"""
    w = words[j] if j < len(words) else ""
    return w in WEEKDAYS or w in MONTHS or (w.isdigit() and len(words) > j + 1 and words[j + 1] in MONTHS)


def _slot_end(words: list[str], j: int, nxt: frozenset[str] | None) -> int | None:
    if j < len(words) and words[j] in PREPOSITIONS:
        return None  # "called for X's annihilation": no object stands in the slot
    for k in range(j + 1, min(len(words), j + MAX_SLOT) + 1):
        w = words[k - 1]
        if w in (";", ":", ".", "!", "?") or w in REPORTING or w in AUXILIARIES:
            return None  # "..., and have threatened to": another verb group
        if w in ("a", "an") and k - 1 > j and words[k - 2] not in PREPOSITIONS and nxt is not None \
                and any(x in PREPOSITIONS for x in nxt):
            return None  # "called the tariffs a dumb thing to do": a second phrase, not "call X to"
        if nxt is not None and k < len(words) and words[k] in nxt:
            return k
    return None if nxt is not None else (j + 1 if j < len(words) else None)


def _filler(word: str) -> bool:
    return word in FILLERS or word in WEEKDAYS or word in QUOTE_MARKS or word.endswith(FILLER_ENDINGS) or "-" in word or word[:1].isdigit()
