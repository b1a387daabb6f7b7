"""GDELT 2.0's event table, exactly: 61 tab-separated columns, no header, CAMEO actor codes
(country + role: INDGOV; an armed group is IMG, an organisation its code), FIPS 10-4 country
codes in the geo fields, SQLDATE always filled, names in English (the KB's).

What we do not have is left empty as GDELT leaves it empty (ethnic and religion codes, actor
geography, ADM2); AvgTone is 0 (we measure no tone); ActionGeo_FeatureID is the GeoNames id
of the place, not GDELT's GNS id.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from vaarta.export.formats import EventRow, _text_out
from vaarta.kb.codes import organisation_names, state_names

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
COUNTRY, WORLDCITY = 1, 4  # GDELT's geo types


_states = state_names
_organisations = organisation_names


def _actor(people: list[dict[str, Any]]) -> list[Any]:
    """The ten Actor fields of the first participant: code, name, country, known group,
    ethnic, two religions, three types."""
    if not people:
        return [""] * 10
    p = people[0]
    country, sector = p.get("country") or "", p.get("sector") or ""
    states = _states()
    if country == "IMG" or sector == "IMG":  # a non-state armed group: the role alone
        code, country_code, group, types = "IMG", "", "", ["IMG", "", ""]
        name = p.get("name") if _english(p.get("name")) else "armed group"
    elif country in states:
        code, country_code, group = country + (sector if sector and sector != country else ""), country, ""
        types = [sector, "", ""] if sector else ["", "", ""]
        name = p.get("name") if _english(p.get("name")) else states[country][0]
    else:  # an organisation: its code is the actor and the known group
        code, country_code, group, types = country, "", country, ["IGO", "", ""]
        name = _organisations().get(country) or (p.get("name") if _english(p.get("name")) else country)
    return [code, _ascii(name or "").upper(), country_code, group, "", "", "", *types]


def _english(name: str | None) -> bool:
    """A name in Latin letters (accents allowed): the KB's English names, not Hindi text."""
    return bool(name) and _ascii(name).strip() != "" and all(  # type: ignore[arg-type]
        unicodedata.category(ch)[0] != "L" or ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")
        for ch in name)  # type: ignore[union-attr]


def _ascii(name: str) -> str:
    """GDELT's names are plain capitals: accents dropped (Türkiye -> TURKIYE)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _day(e: EventRow) -> date:
    value = e.get("date") or ""
    for width, fmt in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        if len(value) >= width:
            try:
                return datetime.strptime(value[:width], fmt).date()
            except ValueError:
                pass
    published = e.get("published")
    if isinstance(published, date):
        return published
    added = e.get("ingested_at")
    return added.date() if isinstance(added, datetime) else date(1970, 1, 1)


def _geo(place: dict[str, Any] | None) -> list[Any]:
    if not place or not place.get("country"):
        return [0, "", "", "", "", "", "", ""]
    name, fips = _states().get(place["country"], (place["country"], ""))
    if place.get("name"):
        return [WORLDCITY, _ascii(f"{place['name']}, {name}"), fips, fips, "", place.get("lat"), place.get("lon"),
                place.get("geonameid") or ""]
    return [COUNTRY, _ascii(name), fips, fips, "", "", "", ""]


def gdelt_row(n: int, e: EventRow) -> list[Any]:
    day = _day(e)
    code = e.get("cameo") or ""
    added = e.get("ingested_at")
    stamp = added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else day.strftime("%Y%m%d") + "000000"
    return [
        n, day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
        round(day.year + (day.timetuple().tm_yday - 1) / 365, 4),
        *_actor(e["actors"]), *_actor(e["recipients"]),
        1, code, code[:3], code[:2], e.get("quad") or "", e.get("goldstein") if e.get("goldstein") is not None else "",
        e.get("mentions", 1), e.get("sources", 1), e.get("mentions", 1), 0,
        0, "", "", "", "", "", "", "",
        0, "", "", "", "", "", "", "",
        *_geo(e.get("place")),
        stamp, e.get("url") or "",
    ]


def _by_party(people: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The participants grouped by state (an armed group beside the one state it fights in
    stays with it); [[]] for none."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for p in people:
        groups.setdefault(p.get("country") or "", []).append(p)
    states = [c for c in groups if c != "IMG"]
    if len(groups) <= 1 or (len(states) == 1 and "IMG" in groups):
        return [list(people)]
    return list(groups.values())


def dyads(e: EventRow) -> list[EventRow]:
    """GDELT's table has one actor pair a row: an event of several states on one side ("Egypt,
    Bahrain and the UAE cut ties with Qatar") is one row per pair of states."""
    return [{**e, "actors": a, "recipients": r} for a in _by_party(e["actors"]) for r in _by_party(e["recipients"])]


def export_gdelt(rows: Iterable[EventRow], path: Path) -> int:
    n = 0
    with _text_out(path) as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        for e in rows:
            for pair in dyads(e):
                n += 1
                w.writerow(["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in gdelt_row(n, pair)])
    return n
