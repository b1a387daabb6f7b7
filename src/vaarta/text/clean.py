"""Boilerplate removal: related-link lines, app promos, share lines, stray tokens,
photo credits, SEO kickers, and phrases repeated back to back.

Every cut is recorded as a ``Removal`` with its reason; the kept text is what all later
offsets point into. Patterns live in ``data/lexicon/boilerplate.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from vaarta.text.normalise import nfc, pattern
from vaarta.text.resources import data_path, load_yaml

_WORD = re.compile(r"\S+")
_LONE_LATIN = re.compile(r"^\s*[A-Za-z0-9_#@./:&-]{1,40}\s*$")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    scope: str
    regex: re.Pattern[str]
    max_len: int | None
    hints: tuple[str, ...] = ()


class Cleaner:
    """Compiled boilerplate rules; call ``cut(text)`` for the spans to remove."""

    def __init__(self, rules: list[Rule], min_repeat_words: int = 3) -> None:
        self.line_rules = [r for r in rules if r.scope == "line"]
        # One pass finds lines that any rule might drop; only those are checked rule by rule.
        # Rules anchored at the line start are tried there only (match, not search), and a
        # line longer than a rule's max_len is never tried against it.
        anchored = [r for r in self.line_rules if r.regex.pattern.startswith("^")]
        floating = [r for r in self.line_rules if not r.regex.pattern.startswith("^")]
        self._short_limit = max((r.max_len or 0 for r in floating), default=0)
        self._anchored = _union(anchored)
        self._anchored_long = _union([r for r in anchored if r.max_len is None])
        self._floating = _union(floating)
        # the floating rules are tried only on lines holding one of their hints (one regex
        # of the literal hints: a Python loop over them cost more than the rules themselves)
        hints = {h for r in floating for h in r.hints}
        self._hints: re.Pattern[str] | None = None if any(not r.hints for r in floating) else \
            re.compile("|".join(re.escape(h) for h in sorted(hints, key=len, reverse=True)) or "(?!)")
        if any(r.max_len is None for r in floating):
            raise ValueError("a line rule that is not anchored with ^ needs a max_len")
        self.inline_rules = [r for r in rules if r.scope == "inline"]
        self.min_repeat_words = min_repeat_words

    @classmethod
    def from_file(cls, path: Path | None = None) -> Cleaner:
        spec = load_yaml(path or data_path("lexicon", "boilerplate.yaml"))
        rules = []
        for r in spec["rules"]:
            scope = r.get("scope", "line")
            if re.search("[A-Z]", re.sub(r"\\u[0-9A-Fa-f]{4}|\\[A-Za-z]", "", r["pattern"])):
                raise ValueError(f"boilerplate rule {r.get('reason')!r}: write Latin letters in lower case "
                                 "(lines are matched in lower case)")
            if scope not in ("line", "inline"):
                raise ValueError(f"boilerplate rule {r.get('reason')!r}: scope must be line or inline")
            rules.append(Rule(r["reason"], scope, re.compile(pattern(r["pattern"]), re.M), r.get("max_len"),
                              tuple(nfc(h) for h in r.get("hints", ()))))
        return cls(rules)

    def cut(self, text: str) -> list[tuple[int, int, str]]:
        """Spans (start, end, reason) of ``text`` to drop, sorted and non-overlapping."""
        hindi = len(_DEVANAGARI.findall(text[:300])) > 25
        spans: list[tuple[int, int, str]] = []
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            # patterns are lower case and case-blind matching is slow on Devanagari: match
            # the lowered line (same length for the scripts we read) instead
            low = line.lower()
            if len(low) == len(line):
                line = low
            reason = self._line_reason(line, hindi)
            if reason:
                spans.append((start, min(end + 1, len(text)), reason))
                continue
            for rule in self.inline_rules:
                for m in rule.regex.finditer(line):
                    if m.end() > m.start():
                        spans.append((start + m.start(), start + m.end(), rule.reason))
            spans.extend((start + a, start + b, "repeated_phrase") for a, b in self._repeats(line))
        return _merge(spans)

    def _line_reason(self, line: str, hindi: bool) -> str | None:
        short = len(line) <= self._short_limit
        hinted = short and (self._hints is None or self._hints.search(line) is not None)
        hit = (self._anchored if short else self._anchored_long).match(line) or (hinted and self._floating.search(line))
        if not hit:
            return "stray_token" if hindi and _LONE_LATIN.match(line) else None
        for rule in self.line_rules:
            if rule.max_len is not None and len(line) > rule.max_len:
                continue
            if rule.regex.search(line):
                return rule.reason
        # A lone Latin token on its own line in a Hindi article ("here", "budget2021").
        if hindi and _LONE_LATIN.match(line):
            return "stray_token"
        return None

    def _repeats(self, line: str) -> list[tuple[int, int]]:
        """Second copies of word runs repeated back to back ("X Y Z X Y Z" -> cut the 2nd)."""
        k = self.min_repeat_words
        toks = line.split()
        grams = list(zip(*(toks[i:] for i in range(k)), strict=False))
        if len(set(grams)) == len(grams):  # no run of k words comes back: the usual case
            return []
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
        seen: dict[tuple[str, ...], int] = {}
        cuts: list[tuple[int, int]] = []
        resume = 0
        for i, gram in enumerate(grams):
            j = seen.get(gram)
            seen[gram] = i
            if j is None or j < resume:
                continue
            n = i - j  # the run starting at j comes back at i
            if k <= n <= 12 and toks[j:i] == toks[i : i + n]:
                cuts.append((words[i - 1][1], words[i + n - 1][1]))
                resume = i + n
        return cuts


def _union(rules: list[Rule]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r.regex.pattern})" for r in rules) or "(?!)", re.M)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, r in sorted(spans):
        if out and s < out[-1][1]:
            ps, pe, pr = out[-1]
            out[-1] = (ps, max(pe, e), pr)
        else:
            out.append((s, e, r))
    return out
