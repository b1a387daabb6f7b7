"""Find knowledge-base aliases in text: Aho-Corasick over the folded text, whole words only,
leftmost-longest; then, for place names only, a spelling-key pass that forgives vowel signs
(व्लादीवोस्तक finds व्लादिवोस्तोक)."""

from __future__ import annotations

import re

import ahocorasick

from vaarta.kb.records import Entry, Match
from vaarta.text.normalise import fold, fold_key

# Vowel signs, virama, anusvara, chandrabindu, visarga, nukta: dropped by the spelling key.
_SIGNS = re.compile("[\u0900-\u0903\u093a-\u094f\u0955-\u0957]")
_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")
_MIN_KEY = 5  # a spelling key this short matches too many ordinary words


def is_word_char(ch: str) -> bool:
    if "\u0900" <= ch <= "\u097f":
        return ch not in "\u0964\u0965"
    return ch.isalnum() or ch == "_"


def spelling_key(text: str) -> str:
    return _SIGNS.sub("", fold_key(text))


class AliasMatcher:
    def __init__(self, aliases: dict[str, list[Entry]]) -> None:
        self._auto = ahocorasick.Automaton()
        table: dict[str, list[Entry]] = {}
        for alias, entries in aliases.items():
            key = fold_key(alias)
            if key.isascii():
                key = key.lower()
            table.setdefault(key, [])
            for e in entries:
                if e not in table[key]:
                    table[key].append(e)
        for key, entries in table.items():
            self._auto.add_word(key, (len(key), tuple(entries)))
        self._auto.make_automaton()
        self._places: dict[str, tuple[Entry, ...]] = {}
        for alias, entries in aliases.items():
            places = tuple(e for e in entries if e.kind == "place")
            sk = spelling_key(alias)
            if places and len(sk.replace(" ", "")) >= _MIN_KEY:
                self._places.setdefault(sk, places)

    def find(self, text: str) -> list[Match]:
        folded, index = fold(text)
        lowered = folded.lower() if folded.isascii() else _lower_latin(folded)
        found: list[tuple[int, int, tuple[Entry, ...]]] = []
        for end_i, (n, entries) in self._auto.iter(lowered):
            s, e = end_i - n + 1, end_i + 1
            if index is not None:
                s, e = index[s], index[e - 1] + 1
            if (s > 0 and is_word_char(text[s - 1])) or (e < len(text) and is_word_char(text[e])):
                continue
            found.append((s, e, entries))
        chosen = _leftmost_longest(found)
        chosen += self._fuzzy_places(text, chosen)
        chosen.sort()
        return [Match(s, e, text[s:e], entries) for s, e, entries in chosen]

    def _fuzzy_places(self, text: str, taken: list[tuple[int, int, tuple[Entry, ...]]]):  # type: ignore[no-untyped-def]
        if not self._places:
            return []
        covered = {i for s, e, _ in taken for i in range(s, e)}
        words = [(m.start(), m.end(), spelling_key(m.group())) for m in _WORD.finditer(text)]
        out = []
        i = 0
        while i < len(words):
            hit = None
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                s, e = words[i][0], words[i + n - 1][1]
                if any(j in covered for j in (s, e - 1)):
                    continue
                key = " ".join(w[2] for w in words[i : i + n])
                if key in self._places and text[s:e].count("\n") == 0:
                    hit = (s, e, self._places[key], n)
                    break
            if hit:
                out.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return out


def _lower_latin(text: str) -> str:
    # str.lower keeps length for Latin and leaves Devanagari alone.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


def _leftmost_longest(found: list[tuple[int, int, tuple[Entry, ...]]]):  # type: ignore[no-untyped-def]
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out = []
    last_end = -1
    for s, e, entries in found:
        if s >= last_end:
            out.append((s, e, entries))
            last_end = e
        elif out and e - s > out[-1][1] - out[-1][0] and s < out[-1][1] and s == out[-1][0]:
            out[-1] = (s, e, entries)
            last_end = e
    return out
