"""Spellings of one Devanagari word that Hindi news uses interchangeably: a nukta on the
letters that take one (ज़/ज, फ़/फ, ड़/ड), a nasal before a consonant as anusvara or as the
consonant's own nasal with virama (ट्रंप/ट्रम्प, संबंध/सम्बन्ध), chandrabindu as anusvara
(हँस/हंस). The KB matcher and the event lexicon enter every form of a word, so the text
is never rewritten and its offsets need no map."""

from __future__ import annotations

import re
import unicodedata
from itertools import product

_TAKES_NUKTA = frozenset("कखगजडढफ")
_NUKTA = "\u093c"


def nukta_variants(key: str) -> list[str]:
    """``key`` with and without nukta on each letter that takes one (all combinations for
    up to three such letters; beyond that, none or all)."""
    spots = [i for i, ch in enumerate(key) if ch in _TAKES_NUKTA]
    if not spots:
        return [key]
    choices = list(product((False, True), repeat=len(spots))) if len(spots) <= 3 else [(False,) * len(spots), (True,) * len(spots)]
    out = []
    for choice in choices:
        chars = list(key)
        for i, on in sorted(zip(spots, choice, strict=True), reverse=True):
            if on:
                chars.insert(i + 1, _NUKTA)
        out.append("".join(chars))
    return out


# a nasal before a consonant is written either way in news: ट्रंप / ट्रम्प, संबंध / सम्बन्ध
_ANUSVARA = "\u0902"
_VIRAMA = "\u094d"
_CLASS_NASAL = {**dict.fromkeys("कखगघ", "ङ"), **dict.fromkeys("चछजझ", "ञ"), **dict.fromkeys("टठडढ", "ण"),
                **dict.fromkeys("तथदध", "न"), **dict.fromkeys("पफबभ", "म")}
_NASAL_SPOT = re.compile(f"{_ANUSVARA}(?=[{''.join(_CLASS_NASAL)}])|([ङञणनम]){_VIRAMA}(?=[{''.join(_CLASS_NASAL)}])")


def nasal_variants(key: str) -> list[str]:
    """``key`` with each nasal before a consonant written both ways (anusvara or the
    consonant's own nasal with virama), all combinations for up to three spots."""
    spots = [m for m in _NASAL_SPOT.finditer(key)
             if m.group(1) is None or _CLASS_NASAL[key[m.end()]] == m.group(1)]
    if not spots or len(spots) > 3:
        return [key]
    out = []
    for choice in product((False, True), repeat=len(spots)):
        chars = key
        for m, flip in sorted(zip(spots, choice, strict=True), key=lambda x: -x[0].start()):
            if flip:
                other = _ANUSVARA if m.group(1) else _CLASS_NASAL[key[m.end()]] + _VIRAMA
                chars = chars[: m.start()] + other + chars[m.end() :]
        out.append(chars)
        # ङ् and ञ् are rare in news: शिंजो is written शिन्जो, पंजाब पन्जाब
        loose = chars
        for m in sorted(_NASAL_SPOT.finditer(chars), key=lambda x: -x.start()):
            if m.group(1) is None and _CLASS_NASAL[chars[m.end()]] in "ङञ":
                loose = loose[: m.start()] + "न" + _VIRAMA + loose[m.end() :]
        if loose != chars:
            out.append(loose)
    return out


_INITIAL = re.compile(r"[\u0900-\u0963\u0966-\u097Fa-z]{1,2}")


def initial_variants(name: str) -> list[str]:
    """A person's name with its leading initials written as news writes them: "के पी शर्मा
    ओली" is also "के. पी. शर्मा ओली", "के.पी. शर्मा ओली" and "केपी शर्मा ओली" (an initial
    is a word of one or two letters before the rest of the name)."""
    words = name.split()
    run = 0
    while run < len(words) - 1 and _INITIAL.fullmatch(words[run]):
        run += 1
    if not run:
        return [name]
    rest = " ".join(words[run:])
    out = [name, ". ".join(words[:run]) + ". " + rest, ".".join(words[:run]) + ". " + rest]
    if run > 1:
        out.append("".join(words[:run]) + " " + rest)
    return out


_CHANDRABINDU = "\u0901"


def spelling_variants(word: str) -> set[str]:
    """Every form of ``word`` under the variations above, chandrabindu read as anusvara
    (match them against text folded the same way: ``fold_chandrabindu``)."""
    word = fold_chandrabindu(unicodedata.normalize("NFC", word))
    key = word.replace(_NUKTA, "")
    return {n for v in nasal_variants(key) for n in nukta_variants(v)} | {word}


def fold_chandrabindu(text: str) -> str:
    """Chandrabindu read as anusvara; the length is kept, so offsets stay valid."""
    return text.replace(_CHANDRABINDU, _ANUSVARA)


# Long and short i and u are written either way in names: यूनाइटेड / यूनाईटेड, पुतिन / पूतिन;
# and the English "o" of a name either as ॉ or as ो: जॉनसन / जोनसन, मॉस्को / मोस्को. Read both
# as one (short i/u, ो); one code point for one, so offsets stay valid.
_VOWEL_LENGTH = str.maketrans({"\u0940": "\u093f", "\u0942": "\u0941", "\u0908": "\u0907", "\u090a": "\u0909",
                               "\u0949": "\u094b", "\u0911": "\u0913"})


def fold_vowel_length(text: str) -> str:
    """Long ī/ū (signs and letters) as short i/u, ॉ/ऑ as ो/ओ; the length of ``text`` is kept."""
    return text.translate(_VOWEL_LENGTH)
