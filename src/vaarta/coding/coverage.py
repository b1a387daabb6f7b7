"""Which CAMEO event codes the frames cover, per language (``vaarta lexicon coverage``).

A code is covered when a frame of that language is coded with exactly that code: a frame
coded "040" (consult) does not cover "042" (make a visit). The reference list is
``data/lexicon/cameo_codes.tsv``; a code's PLOVER type is the coder's own (cameo.tsv) where
it has one, else PLOVER's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vaarta.text.resources import data_path, read_tsv


@dataclass(frozen=True, slots=True)
class CodeCoverage:
    code: str
    name: str
    plover: str
    frames: tuple[str, ...]  # ids of the frames coded with it


def reference_codes(path: Path | None = None) -> list[tuple[str, str, str]]:
    """(code, name, PLOVER type) of every CAMEO code in the reference list."""
    return [(r["code"], r["name"], r.get("plover", "")) for _, r in
            read_tsv(path or data_path("lexicon", "cameo_codes.tsv"))]


def coverage(frames: list[tuple[str, str]], own_types: dict[str, str],
             reference: list[tuple[str, str, str]]) -> list[CodeCoverage]:
    """Every reference code that maps to a PLOVER type, with the frames ((id, cameo) pairs)
    coded with it. Codes the frames use that the reference lacks are listed too."""
    by_code: dict[str, list[str]] = {}
    for fid, code in frames:
        by_code.setdefault(code, []).append(fid)
    out = []
    seen = set()
    for code, name, plover in reference:
        kind = own_types.get(code) or plover
        seen.add(code)
        if kind:
            out.append(CodeCoverage(code, name, kind, tuple(by_code.get(code, ()))))
    for code, fids in sorted(by_code.items()):
        if code not in seen:
            out.append(CodeCoverage(code, "(not in the reference list)", own_types.get(code, ""), tuple(fids)))
    return out


def summary(rows: list[CodeCoverage]) -> dict[str, tuple[int, int]]:
    """PLOVER type -> (codes covered, codes listed)."""
    out: dict[str, tuple[int, int]] = {}
    for r in rows:
        done, total = out.get(r.plover, (0, 0))
        out[r.plover] = (done + bool(r.frames), total + 1)
    return dict(sorted(out.items()))
