"""Validate the knowledge-base files: ``vaarta kb check``.

Errors (exit non-zero): unknown state or organisation codes, office dates out of order or
malformed, duplicate keys, unknown sectors or kinds, aliases that are Hindi function words
or listed as common words. Warnings: one alias naming different things, and aliases that
are frequent Hindi words (when wordfreq is installed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vaarta.kb.load import KBError, load_kb
from vaarta.lang.hi.postpositions import NAME_STOP
from vaarta.text.resources import data_path, read_tsv

SECTORS = frozenset(["GOV", "MIL", "REB", "OPP", "COP", "IMG", "CVL", "BUS", "MED", "IGO", "JUD"])
ORG_KINDS = frozenset({"igo", "img"})
# An alias this frequent in Hindi text is more often the word than the name.
ZIPF_WARN = 5.0


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # checks that could not run, and why
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_kb(extra: Iterable[Path] = ()) -> CheckReport:
    report = CheckReport()
    folders = [data_path("kb"), *extra]
    try:
        kb = load_kb(extra)
    except KBError as exc:
        report.errors.append(str(exc))
        return report
    report.counts = kb.counts()
    codes = set(kb.states) | {o.code for o in kb.orgs.values()}
    for folder in folders:
        _duplicates(Path(folder), report)
    for p in kb.people.values():
        if p.country not in codes:
            report.errors.append(f"people.tsv: {p.id}: unknown country {p.country}")
        for o in p.offices:
            if o.country not in codes:
                report.errors.append(f"offices.tsv: {p.id}: unknown country {o.country}")
            if o.sector not in SECTORS:
                report.errors.append(f"offices.tsv: {p.id}: unknown sector {o.sector}")
            if o.start and o.end and o.end < o.start:
                report.errors.append(f"offices.tsv: {p.id}: {o.office} ends {o.end} before it starts {o.start}")
    for org in kb.orgs.values():
        if org.kind not in ORG_KINDS:
            report.errors.append(f"organisations.tsv: {org.id}: kind must be igo or img, not {org.kind}")
        if org.base and org.base not in kb.states:
            report.errors.append(f"organisations.tsv: {org.id}: unknown base state {org.base}")
    for role in kb.roles.values():
        if role.sector not in SECTORS:
            report.errors.append(f"role words: {role.text}: unknown sector {role.sector}")
    stop = _place_stopwords()
    for alias, entries in kb.aliases.items():
        if alias in NAME_STOP:
            report.errors.append(f"alias {alias!r} is a Hindi function word")
        if alias in stop and any(e.kind == "place" for e in entries):
            report.errors.append(f"place alias {alias!r} is listed in place_stopwords.txt")
        refs = {(e.kind, e.ref) for e in entries if e.kind != "demonym"}
        kinds = {k for k, _ in refs}
        if len(refs) > 1 and not kinds <= {"state", "place"}:
            report.warnings.append(f"alias {alias!r} names several things: {sorted(refs)}")
    frequent = _frequent(kb.aliases)
    if frequent is None:
        report.notes.append("frequent-word check skipped: wordfreq is not installed (pip install 'vaarta[kbbuild]')")
    else:
        report.warnings.extend(frequent)
    return report


def _duplicates(folder: Path, report: CheckReport) -> None:
    keys = {"states.tsv": "code", "organisations.tsv": "id", "people.tsv": "id", "places.tsv": "geonameid",
            "places_extra.tsv": "geonameid", "states_extra.tsv": "code"}
    for name, key in keys.items():
        path = folder / name
        if not path.exists():
            continue
        seen = Counter(row.get(key, "") for _, row in read_tsv(path) if row.get(key))
        for k, n in seen.items():
            if n > 1:
                report.errors.append(f"{path}: {key} {k!r} appears {n} times")


def _place_stopwords() -> set[str]:
    path = data_path("kb", "place_stopwords.txt")
    return {w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")}


def _frequent(aliases: dict) -> list[str] | None:  # type: ignore[type-arg]
    """Aliases that are frequent Hindi words; None when wordfreq (a kbbuild extra) is absent."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    out = []
    for alias, entries in aliases.items():
        if not any(e.kind in ("person", "place") for e in entries) or " " in alias or alias.isascii():
            continue
        z = zipf_frequency(alias, "hi")
        if z >= ZIPF_WARN:
            out.append(f"alias {alias!r} ({entries[0].kind} {entries[0].ref}) is a frequent Hindi word (zipf {z:.1f})")
    return out


def find_name(name: str, on: str | None = None, extra: Iterable[Path] = ()) -> list[str]:
    """How a name resolves: every reading of every KB alias found in ``name``."""
    from datetime import date

    from vaarta.extract.actors import find_actors_and_places

    kb = load_kb(extra)
    day = date.fromisoformat(on) if on else None
    matches = kb.matcher.find(name) if kb.matcher else []
    lines = []
    for m in matches:
        for e in m.entries:
            lines.append(f"{m.text!r} -> {e.kind} {e.ref}: {_describe(kb, e.kind, e.ref, day)}")
    for men in find_actors_and_places(name, matches, kb, day, None):
        if men.actor:
            a = men.actor
            lines.append(f"actor {men.text!r}: name={a.name} country={a.country} sector={a.sector} "
                         f"office={a.office} kb_id={a.kb_id}")
        elif men.place:
            p = men.place
            lines.append(f"place {men.text!r}: {p.name} ({p.country}) {p.lat},{p.lon}")
    return lines


def _describe(kb, kind: str, ref: str, day) -> str:  # type: ignore[no-untyped-def]
    if kind in ("state", "demonym"):
        s = kb.states[ref]
        return f"{s.name} ({s.code})" + (f", capital {s.capital}" if s.capital else "")
    if kind == "org":
        o = kb.orgs[ref]
        return f"{o.name} ({o.code}, {o.kind})"
    if kind == "person":
        p = kb.people[ref]
        office = p.office_on(day) if day else None
        held = "; ".join(f"{o.office} {o.country} {o.start or '?'}..{o.end or ''}" for o in p.offices)
        now = f" — on {day}: {office.office if office else 'no office'}" if day else ""
        return f"{p.name} [{held}]{now}"
    if kind == "role":
        r = kb.roles[ref]
        return f"role {r.office} ({r.sector}, {r.kind})"
    pl = kb.places[ref]
    return f"{pl.name} ({pl.country}) pop {pl.population}"
