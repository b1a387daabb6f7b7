"""Unicode normalisation with an offset map back to the raw text.

``normalise`` gives NFC text with invisible format characters dropped, and runs
(text_start, raw_start, length) in which the two strings agree character for character.
``fold`` gives the matching view used by the knowledge base: the same length as its
input wherever possible, so offsets found in it are offsets in the text.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that carry no letter: joiners, BOM, soft hyphen, bidi marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u2060"), None)
_SPACES = {ord(c): " " for c in "\u00a0\u2002\u2003\u2009\u202f\t\x0b\x0c"}
_TOKEN = re.compile(r"\S+|\s+")

Runs = list[tuple[int, int, int]]


_ODD_SPACE = re.compile("[\u00a0\u2002\u2003\u2009\u202f\t\x0b\x0c]")
_ODD = re.compile("[\r\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad\u2060]")


_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(raw: str) -> tuple[str, Runs]:
    """Return (text, runs). Line ends become ``\\n``; odd spaces become plain spaces; a lone
    surrogate (only JSON escapes make one) becomes U+FFFD."""
    if _SURROGATE.search(raw):
        raw = _SURROGATE.sub("\ufffd", raw)
    if unicodedata.is_normalized("NFC", raw) and not _ODD.search(raw):
        # the common case: nothing changes length, one run covers everything
        text = _ODD_SPACE.sub(" ", raw) if _ODD_SPACE.search(raw) else raw
        return text, [(0, 0, len(raw))] if raw else []
    raw_nl = raw.replace("\r\n", "\n").replace("\r", "\n")
    # "\r\n" -> "\n" shifts offsets; keep a coarse map by working on the CR-free copy and
    # recording where it came from.
    crlf_shift = _crlf_positions(raw) if len(raw_nl) != len(raw) else None
    out: list[str] = []
    runs: Runs = []
    pos = 0
    for m in _TOKEN.finditer(raw_nl):
        tok = m.group()
        new = unicodedata.normalize("NFC", tok.translate(_INVISIBLE).translate(_SPACES))
        raw_start = m.start() if crlf_shift is None else crlf_shift[m.start()]
        if new:
            if len(new) == len(tok) and runs and _contiguous(runs[-1], pos, raw_start):
                t0, r0, n = runs[-1]
                runs[-1] = (t0, r0, n + len(new))
            else:
                runs.append((pos, raw_start, len(new)))
            out.append(new)
            pos += len(new)
    return "".join(out), runs


def _contiguous(run: tuple[int, int, int], pos: int, raw_start: int) -> bool:
    t0, r0, n = run
    return t0 + n == pos and r0 + n == raw_start


def _crlf_positions(raw: str) -> list[int]:
    """For each index of the CR-normalised string, its index in ``raw``."""
    mapping: list[int] = []
    i = 0
    while i < len(raw):
        mapping.append(i)
        i += 2 if raw[i] == "\r" and i + 1 < len(raw) and raw[i + 1] == "\n" else 1
    mapping.append(len(raw))
    return mapping


# Matching view: nukta dropped (ज़ = ज), chandrabindu read as anusvara (हँस = हंस). The KB
# matcher enters every alias with and without nukta instead of rewriting the text, so
# offsets found in the text need no map.
_NUKTA = "\u093c"
_FOLD = str.maketrans({"\u0901": "\u0902"})


def fold_key(term: str) -> str:
    """The form a dictionary entry takes in the folded text."""
    return term.translate(_FOLD).replace(_NUKTA, "")


WORD_CHARS = r"[\u0900-\u0963\u0966-\u097F\w]"
_BOUNDARY = rf"(?:(?<!{WORD_CHARS})(?={WORD_CHARS})|(?<={WORD_CHARS})(?!{WORD_CHARS}))"


def nfc(text: str) -> str:
    """NFC, as the pipeline's text is: data typed with precomposed nukta letters (ढ़, ज़)
    must be decomposed the same way or it never matches."""
    return unicodedata.normalize("NFC", text)


def pattern(source: str) -> str:
    """A regex source from a data file: NFC, and ``\\b`` made aware of Devanagari signs
    (Python's ``\\b`` sees no boundary between a vowel sign and punctuation)."""
    return nfc(source).replace(r"\b", _BOUNDARY)
