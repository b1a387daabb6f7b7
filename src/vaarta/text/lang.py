"""Language identification, restricted to the languages vaarta may meet.

A script count decides the clear cases (mostly Latin letters: English; mostly Devanagari
and then Hindi vs Marathi/Nepali); lingua, restricted to a handful of languages, decides
the rest. Unsupported languages are reported as their ISO 639-1 code so the coder can skip
them rather than misread them.
"""

from __future__ import annotations

import re
from functools import cached_property

_SAMPLE = 1500
_MARATHI_HINT = re.compile("ळ|आहे|आणि|च्या")
_DEVA = re.compile("[\u0900-\u0963\u0966-\u097f]")
_LATIN = re.compile("[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]|[\u0900-\u0963\u0966-\u097f]")


class LanguageIdentifier:
    def __init__(self, languages: tuple[str, ...] = ("hi", "en", "mr", "ur", "bn", "pa", "gu")) -> None:
        self.languages = languages

    @cached_property
    def _detector(self):  # type: ignore[no-untyped-def]
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, c.upper()) for c in self.languages]
        return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def identify(self, text: str) -> str | None:
        sample = text[:_SAMPLE]
        head = sample[:300]
        deva = len(_DEVA.findall(head))
        latin = len(_LATIN.findall(head))
        letters = len(_LETTER.findall(head)) or 1
        if latin / letters > 0.9:
            return "en"
        if deva / letters < 0.5:
            lang = self._detector.detect_language_of(sample)
            return lang.iso_code_639_1.name.lower() if lang else None
        # Devanagari: Hindi unless lingua is confident it is Marathi; only asked when the
        # text has Marathi's commonest marks (ळ, आहे, आणि) at all.
        if "mr" in self.languages and _MARATHI_HINT.search(sample):
            conf = self._detector.compute_language_confidence_values(sample[:600])
            best = conf[0] if conf else None
            if best and best.language.iso_code_639_1.name.lower() == "mr" and best.value > 0.8:
                return "mr"
        return "hi"
