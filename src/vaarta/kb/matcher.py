"""Find knowledge-base aliases in text: Aho-Corasick over the folded text, whole words only,
leftmost-longest; then, for names of places and states (and their demonyms), a spelling-key
pass that forgives vowel signs (व्लादीवोस्तक finds व्लादिवोस्तोक, फिलीपींस finds फ़िलिपींस)."""

from __future__ import annotations

import re

import ahocorasick

from vaarta.kb.records import Entry, Match
from vaarta.text.normalise import fold_key
from vaarta.text.variants import fold_vowel_length, initial_variants, nasal_variants, nukta_variants

# Vowel signs, virama, anusvara, chandrabindu, visarga, nukta: dropped by the spelling key.
_SIGN_CHARS = "".join(chr(c) for c in [*range(0x900, 0x904), *range(0x93A, 0x950), *range(0x955, 0x958)])
_SIGN_DELETE = dict.fromkeys(map(ord, _SIGN_CHARS))
_SIGNS_CLASS = f"[{_SIGN_CHARS}]*"
_SIGNS_RUN = re.compile(f"[{_SIGN_CHARS}]+")
_LONG_DEVA_WORD = re.compile("[\u0900-\u0963\u0966-\u097f]{5,}")
# kinds whose one-word names are also found by their spelling key
_FUZZY_KINDS = frozenset({"place", "state", "demonym"})
_MIN_KEY = 5  # a spelling key this short matches too many ordinary words


_LETTERS = frozenset(chr(c) for c in range(0x900, 0x980) if c not in (0x964, 0x965)) | {"_"}


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
        # the spelling each entry was written with, by folded key: where long and short vowels
        # bring two names together (कीम, a town, and किम, a person), the one spelt as in the text wins
        self._spelt: dict[str, dict[Entry, set[str]]] = {}
        for alias, entries in aliases.items():
            exact = fold_key(alias)
            key = fold_vowel_length(exact)
            if key.isascii():
                key = key.lower()
            people = any(e.kind == "person" for e in entries)
            for form in initial_variants(key) if people else (key,):
                table.setdefault(form, [])
                spelt = self._spelt.setdefault(form, {})
                for e in entries:
                    if e not in table[form]:
                        table[form].append(e)
                    spelt.setdefault(e, set()).add(exact)
        for key, entries in table.items():
            ents = tuple(entries)
            value = (ents, Match.kind_of(ents))
            # the text keeps its nukta (ज़ and ज both occur in news): every alias is also
            # entered with nukta on the letters that take one, so no offset map is needed
            for variant in {n for v in nasal_variants(key) for n in nukta_variants(v)}:
                if self._auto.exists(variant) and variant != key:
                    continue
                self._auto.add_word(variant, (len(variant), *value))
        self._auto.make_automaton()
        self._places: dict[str, tuple[Entry, ...]] = {}
        for alias, entries in aliases.items():
            places = tuple(e for e in entries if e.kind in _FUZZY_KINDS)
            sk = spelling_key(alias)
            if places and len(sk.replace(" ", "")) >= _MIN_KEY:
                self._places.setdefault(sk, places)
        self._single = frozenset(k for k in self._places if " " not in k)

    def find(self, text: str) -> list[Match]:
        # chandrabindu reads as anusvara, long i/u as short (यूनाईटेड = यूनाइटेड); same length
        folded = fold_vowel_length(text.replace("\u0901", "\u0902"))
        lowered = folded.lower() if folded.isascii() else _lower_latin(folded)
        out: list[Match] = []
        size = len(text)
        # leftmost-longest in C; a longest match that runs into a letter is dropped, which
        # loses nothing: a shorter alias ending inside the same word fails the check too
        letters = _LETTERS
        for end_i, (n, entries, kind) in self._auto.iter_long(lowered):
            s, e = end_i - n + 1, end_i + 1
            # whole words only (inlined is_word_char: this loop is the hot path)
            if s and ((c := text[s - 1]) in letters or c.isalnum()):
                continue
            if e < size and ((c := text[e]) in letters or c.isalnum()):
                continue
            if len(entries) > 1:
                entries, kind = self._as_spelt(text[s:e], entries, kind)
            out.append(Match(s, e, text[s:e], entries, kind))
        fuzzy = self._fuzzy_places(text, [(m.start, m.end, m.entries) for m in out])
        if fuzzy:
            out += [Match(s, e, text[s:e], entries, Match.kind_of(entries)) for s, e, entries in fuzzy]
            out.sort(key=lambda m: m.start)
        return out

    def _as_spelt(self, found: str, entries: tuple[Entry, ...], kind: str) -> tuple[tuple[Entry, ...], str]:
        """Of entries that share a folded key, those spelt with the text's own vowels, when any is."""
        spelt = self._spelt.get(fold_vowel_length(fold_key(found)), {})
        exact = fold_key(found)
        same = tuple(e for e in entries if exact in spelt.get(e, ()))
        if not same or len(same) == len(entries):
            return entries, kind
        return same, Match.kind_of(same)

    def _fuzzy_places(self, text: str, taken: list[tuple[int, int, tuple[Entry, ...]]]):  # type: ignore[no-untyped-def]
        """One-word place names spelt with other vowel signs (व्लादीवोस्तक for
        व्लादिवोस्तोक). Only words no alias matched exactly are looked at: their spelling
        keys are made in one pass over the distinct words and met with the place keys as
        sets; the few words that hit are then located in the text."""
        if not self._single:
            return []
        words = set(_LONG_DEVA_WORD.findall(text))  # a key of five letters needs five signs or more
        words.difference_update(text[s:e] for s, e, _ in taken)
        if not words:
            return []
        listed = list(words)
        keys = _SIGNS_RUN.sub("", "\n".join(listed)).split("\n")
        out = []
        for word, key in zip(listed, keys, strict=True):
            if key not in self._single:
                continue
            for m in re.finditer(rf"(?<![\u0900-\u0963\u0966-\u097F\w]){re.escape(word)}(?![\u0900-\u0963\u0966-\u097F\w])", text):
                # a word inside a longer name matched exactly ("हैदराबाद हाउस") is that name's
                if not any(s <= m.start() and m.end() <= e for s, e, _ in taken):
                    out.append((m.start(), m.end(), self._places[key]))
        return out

def _lower_latin(text: str) -> str:
    # str.lower keeps length for Latin and leaves Devanagari alone.
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text
