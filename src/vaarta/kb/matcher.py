"""Find knowledge-base aliases in text: Aho-Corasick over the folded text, whole words only,
leftmost-longest; then, for place names only, a spelling-key pass that forgives vowel signs
(व्लादीवोस्तक finds व्लादिवोस्तोक)."""

from __future__ import annotations

import re

import ahocorasick

from vaarta.kb.records import Entry, Match
from vaarta.text.normalise import fold, fold_key

# Vowel signs, virama, anusvara, chandrabindu, visarga, nukta: dropped by the spelling key.
_SIGN_CHARS = "".join(chr(c) for c in [*range(0x900, 0x904), *range(0x93A, 0x950), *range(0x955, 0x958)])
_SIGN_DELETE = dict.fromkeys(map(ord, _SIGN_CHARS))
_SIGNS_CLASS = f"[{_SIGN_CHARS}]*"
_SIGNS_RUN = re.compile(f"[{_SIGN_CHARS}]+")
_MIN_KEY = 5  # a spelling key this short matches too many ordinary words


def is_word_char(ch: str) -> bool:
    if "\u0900" <= ch <= "\u097f":
        return ch not in "\u0964\u0965"
    return ch.isalnum() or ch == "_"


def spelling_key(text: str) -> str:
    return text.translate(_SIGN_DELETE)


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
        self._keys = ahocorasick.Automaton()
        for sk in self._places:
            self._keys.add_word(sk, (len(sk), sk))
        if self._places:
            self._keys.make_automaton()
        self._key_res: dict[str, re.Pattern[str]] = {}

    def find(self, text: str) -> list[Match]:
        folded, index = fold(text)
        lowered = folded.lower() if folded.isascii() else _lower_latin(folded)
        found: list[tuple[int, int, tuple[Entry, ...]]] = []
        # leftmost-longest in C; a longest match that runs into a letter is dropped, which
        # loses nothing: a shorter alias ending inside the same word fails the check too
        for end_i, (n, entries) in self._auto.iter_long(lowered):
            s, e = end_i - n + 1, end_i + 1
            if index is not None:
                s, e = index(s), index(e - 1) + 1
            if (s > 0 and is_word_char(text[s - 1])) or (e < len(text) and is_word_char(text[e])):
                continue
            found.append((s, e, entries))
        chosen = found
        chosen += self._fuzzy_places(text, chosen)
        chosen.sort()
        return [Match(s, e, text[s:e], entries, Match.kind_of(entries)) for s, e, entries in chosen]

    def _fuzzy_places(self, text: str, taken: list[tuple[int, int, tuple[Entry, ...]]]):  # type: ignore[no-untyped-def]
        """Place names spelt with other vowel signs. The spelling key of the whole text is
        searched in one pass; only keys found more often than exact matches explain are
        then looked up in the text itself (rare: most place names are spelt as listed)."""
        if not self._places:
            return []
        skel = _SIGNS_RUN.sub("", text)
        hits: dict[str, int] = {}
        for end_i, (n, key) in self._keys.iter_long(skel):
            s, e = end_i - n + 1, end_i + 1
            if (s > 0 and is_word_char(skel[s - 1])) or (e < len(skel) and is_word_char(skel[e])):
                continue
            hits[key] = hits.get(key, 0) + 1
        if not hits:
            return []
        exact: dict[str, int] = {}
        for s, e, entries in taken:
            if any(x.kind == "place" for x in entries):
                k = spelling_key(text[s:e])
                exact[k] = exact.get(k, 0) + 1
        out = []
        for key, count in hits.items():
            if count <= exact.get(key, 0):
                continue
            for m in self._key_re(key).finditer(text):
                s, e = m.span()
                if not any(s < te and ts < e for ts, te, _ in taken):
                    out.append((s, e, self._places[key]))
        return out

    def _key_re(self, key: str) -> re.Pattern[str]:
        rx = self._key_res.get(key)
        if rx is None:
            body = "".join(r"\s+" if c == " " else re.escape(c) + _SIGNS_CLASS for c in key)
            rx = re.compile(rf"(?<![\u0900-\u0963\u0966-\u097F\w]){body}(?![\u0900-\u0963\u0966-\u097F\w])")
            self._key_res[key] = rx
        return rx


def _lower_latin(text: str) -> str:
    # str.lower keeps length for Latin and leaves Devanagari alone.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text
