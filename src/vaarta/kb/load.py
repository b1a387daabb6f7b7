"""Load the knowledge-base files and compile the alias automaton.

Files (``data/kb`` and any ``--kb-extra`` folders, later folders overriding earlier):
states.tsv + states_extra.tsv, places.tsv + places_extra.tsv, organisations.tsv,
people.tsv + offices.tsv, and one names_<code>.tsv and role_words_<code>.tsv a language
(role_words_hi.tsv, names_en.tsv, role_words_en.tsv; a bare role_words.tsv in an extra folder
is read as well). See each file's header for its columns.

Names are read from every ``names:<code>`` and ``demonyms:<code>`` column present
(kb/columns.py): a language adds a column or a file, not code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from vaarta.kb.columns import header_problems, is_language, language_files, names_in, split_names
from vaarta.kb.matcher import AliasMatcher
from vaarta.kb.records import Entry, Office, Organisation, Person, PlaceEntry, Role, State
from vaarta.text.normalise import nfc
from vaarta.text.resources import data_path, read_tsv

# English city names are aliases only for big cities (and our pins): many small places are
# named like English words (Mobile, Reading, Nice).
BIG_CITY = 1_000_000


class KBError(ValueError):
    """A knowledge-base file is malformed; the message names file and line."""


@dataclass
class KnowledgeBase:
    states: dict[str, State] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    aliases: dict[str, list[Entry]] = field(default_factory=dict)
    matcher: AliasMatcher | None = None
    holders: dict[tuple[str, str], list[tuple[Person, Office]]] = field(default_factory=dict)
    # names read per language code (names:<code> columns and names_<code>.tsv files)
    languages: dict[str, int] = field(default_factory=dict)
    # lines between two states, by place name: "Line of Actual Control" -> ("IND", "CHN")
    borders: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def add_alias(self, text: str, entry: Entry, lang: str | None = None) -> None:
        text = nfc(" ".join(text.split()))
        if not text:
            return
        if lang is not None:
            self.languages[lang] = self.languages.get(lang, 0) + 1
        for form in dict.fromkeys([text, _unaccented(text)]):
            bucket = self.aliases.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)

    def compile(self) -> KnowledgeBase:
        self.matcher = AliasMatcher(self.aliases)
        self.holders = {}
        for p in self.people.values():
            for o in p.offices:
                self.holders.setdefault((o.country, o.role), []).append((p, o))
        return self

    def holder(self, country: str | None, role: str, day: date | None) -> Person | None:
        """Who held ``role`` (a role word's office: "president") for ``country`` on ``day``."""
        if country is None or day is None:
            return None
        found = [p for p, o in self.holders.get((country, role), ()) if o.covers(day)]
        return found[0] if len(found) == 1 else None

    def counts(self) -> dict[str, int]:
        return {
            "states": len(self.states),
            "places": len(self.places),
            "organisations": len(self.orgs),
            "people": len(self.people),
            "offices": sum(len(p.offices) for p in self.people.values()),
            "role_words": len(self.roles),
            "aliases": len(self.aliases),
            **{f"names:{lang}": n for lang, n in sorted(self.languages.items())},
        }


def load_kb(extra: Iterable[Path] = ()) -> KnowledgeBase:
    """Load the shipped KB, then each folder of ``extra`` over it, and compile."""
    kb = KnowledgeBase()
    for folder in [data_path("kb"), *extra]:
        _load_folder(kb, Path(folder))
    return kb.compile()


def _unaccented(text: str) -> str:
    """A Latin name without its accents, as English news often writes it (Brasília → Brasilia,
    Erdoğan → Erdogan); any other script is left as it is."""
    if text.isascii() or any(not ("\u0000" <= ch <= "\u024f") for ch in text):
        return text
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return bare.replace("ı", "i") if bare.isascii() or bare.replace("ı", "i").isascii() else text


def _date(cell: str, where: str) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError as exc:
        raise KBError(f"{where}: bad date {cell!r} (want YYYY-MM-DD)") from exc


def _rows(path: Path, required: tuple[str, ...]):  # type: ignore[no-untyped-def]
    first = True
    for n, row in read_tsv(path):
        if first and (problems := header_problems(row)):
            raise KBError(f"{path}: {'; '.join(problems)}")
        first = False
        missing = [c for c in required if not row.get(c)]
        if missing:
            raise KBError(f"{path}:{n}: missing {', '.join(missing)}")
        yield f"{path}:{n}", row


def _load_folder(kb: KnowledgeBase, folder: Path) -> None:
    if not folder.is_dir():
        raise KBError(f"{folder}: not a folder")
    f = folder / "states.tsv"
    if f.exists():
        for _, r in _rows(f, ("code", "name")):
            kb.states[r["code"]] = State(r["code"], r["name"], r.get("capital") or None)
            for lang, a in names_in(r, "names"):
                kb.add_alias(a, Entry("state", r["code"]), lang)
            for lang, a in names_in(r, "demonyms"):
                kb.add_alias(a, Entry("demonym", r["code"]), lang)
            kb.add_alias(r["name"], Entry("state", r["code"]))
    f = folder / "states_extra.tsv"
    if f.exists():
        for where, r in _rows(f, ("code",)):
            code = r["code"]
            if code not in kb.states:
                raise KBError(f"{where}: unknown state code {code}")
            old = kb.states[code]
            kb.states[code] = State(code, old.name, r.get("capital") or old.capital)
            # aliases: more names in any script, as names:<code> columns are in theirs
            for lang, a in [(None, a) for a in split_names(r.get("aliases", ""))] + names_in(r, "names"):
                kb.add_alias(a, Entry("state", code), lang)
            for lang, a in names_in(r, "demonyms"):
                kb.add_alias(a, Entry("demonym", code), lang)
    for name in ("places.tsv", "places_extra.tsv"):
        f = folder / name
        if not f.exists():
            continue
        for where, r in _rows(f, ("name", "country", "lat", "lon")):
            try:
                # a place GeoNames does not list (a district, a valley, a sea) has no id
                p = PlaceEntry(int(r["geonameid"]) if r["geonameid"] else None, r["name"], r["country"],
                               float(r["lat"]), float(r["lon"]), int(r.get("population") or 0))
            except ValueError as exc:
                raise KBError(f"{where}: {exc}") from exc
            key = str(p.geonameid) if p.geonameid is not None else f"{p.country}:{p.name}"
            kb.places[key] = p
            english = [(None, p.name)] if name == "places_extra.tsv" or p.population >= BIG_CITY else []
            for lang, a in names_in(r, "names") + english:
                if name == "places_extra.tsv":  # pins win: drop other places of that name
                    kb.aliases[a] = [e for e in kb.aliases.get(a, []) if e.kind != "place"]
                kb.add_alias(a, Entry("place", key), lang)
    f = folder / "border_lines.tsv"
    if f.exists():
        for where, r in _rows(f, ("place", "states")):
            sides = tuple(c.strip() for c in r["states"].split("|") if c.strip())
            unknown = [c for c in sides if c not in kb.states]
            if len(sides) != 2 or unknown:
                raise KBError(f"{where}: a border line needs two known state codes, got {r['states']!r}")
            kb.borders[r["place"]] = sides
    f = folder / "organisations.tsv"
    if f.exists():
        for where, r in _rows(f, ("id", "code", "kind", "name")):
            governs = r.get("governs") or None
            if governs and governs not in kb.states:
                raise KBError(f"{where}: unknown state code {governs}")
            kb.orgs[r["id"]] = Organisation(r["id"], r["code"], r["kind"], r["name"],
                                            r.get("base") or None, r.get("wikidata") or None,
                                            governs, _date(r.get("governs_from", ""), where) if governs else None)
            for lang, a in names_in(r, "names") + [(None, r["name"])]:
                kb.add_alias(a, Entry("org", r["id"]), lang)
    f = folder / "people.tsv"
    if f.exists():
        for _, r in _rows(f, ("id", "name", "country")):
            old = kb.people.get(r["id"])
            kb.people[r["id"]] = Person(r["id"], r["name"], r["country"], r.get("wikidata") or None,
                                        old.offices if old else [])
            for lang, a in names_in(r, "names"):
                kb.add_alias(a, Entry("person", r["id"]), lang)
    f = folder / "offices.tsv"
    if f.exists():
        for where, r in _rows(f, ("person", "country", "sector", "office")):
            person = kb.people.get(r["person"])
            if person is None:
                raise KBError(f"{where}: unknown person {r['person']}")
            person.offices.append(Office(r["country"], r["sector"], r["office"],
                                         _date(r.get("start", ""), where), _date(r.get("end", ""), where),
                                         r.get("role") or r["office"]))
            person.offices.sort(key=lambda o: o.start or date.min)
    for lang, f in language_files(folder, "names"):
        _load_names(kb, f, _language(lang, f))
    # one role_words_<code>.tsv a language (and a bare role_words.tsv, as extra folders made
    # before the files were split by language have it)
    role_files = [folder / "role_words.tsv"] if (folder / "role_words.tsv").exists() else []
    role_files += [f for lang, f in language_files(folder, "role_words") if _language(lang, f)]
    for f in role_files:
        for _, r in _rows(f, ("words", "sector", "kind")):
            for w in map(nfc, split_names(r["words"])):
                kb.roles[w] = Role(w, r["sector"], r["kind"], r.get("office", ""), r.get("country") or None,
                                   r.get("home", "").lower() == "yes")
                kb.add_alias(w, Entry("role", w))


_KIND_TABLES = {"state": "states", "org": "orgs", "person": "people", "place": "places"}


def _language(code: str, f: Path) -> str:
    if not is_language(code):
        raise KBError(f"{f}: {code!r} is not a language code (names_<code>.tsv, role_words_<code>.tsv)")
    return code


def _load_names(kb: KnowledgeBase, f: Path, lang: str) -> None:
    """More names, in one language, of records loaded before (names_<code>.tsv: names_en.tsv),
    and states' demonyms."""
    for where, r in _rows(f, ("kind", "id")):
        table = _KIND_TABLES.get(r["kind"])
        if table is None:
            raise KBError(f"{where}: kind must be state, org, person or place, not {r['kind']!r}")
        if r["id"] not in getattr(kb, table):
            raise KBError(f"{where}: unknown {r['kind']} {r['id']}")
        for code, a in names_in(r, "names", lang):
            kb.add_alias(a, Entry(r["kind"], r["id"]), code)
        demonyms = names_in(r, "demonyms", lang)
        if demonyms and r["kind"] != "state":
            raise KBError(f"{where}: only states have demonyms")
        for code, a in demonyms:
            kb.add_alias(a, Entry("demonym", r["id"]), code)
