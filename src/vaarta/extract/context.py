"""Whose office is it? An office named without its state ("विदेश मंत्रालय ने", "सेना ने")
belongs to the state the article is speaking of there (CODEBOOK: Who is actor):

1. the state of the same office (or department: minister and ministry) named last before it
   ("इजरायली सेना ने … सेना ने कहा"; "कुवैत के विदेश मंत्रालय ने … विदेश मंत्री ने"); this
   holds for any role named again without its state ("भारतीय मछुआरों … मछुआरों को");
2. the state of a foreign dateline ("तेल अवीव। … प्रधानमंत्री ने");
3. in an article that never names the home state (world news), the state named last before it
   ("रूसी रक्षा मंत्रालय ने … रिहा सैनिकों को");
4. only failing those, the outlet's home state (the reader has already given it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vaarta.lang.hi.postpositions import GENITIVE
from vaarta.model import Mention

HOME_SOURCE = "kb.role.home"
# roles every side has, too common to be the same people when named again ("यूरोपीय अधिकारियों")
_ANYONES = frozenset({"officials", "leaders", "leader", "leadership", "ministers", "minister", "government",
                      "delegation", "negotiators", "military officials", "diplomats", "office", "ministry"})
# a genitive a few words before the role names its state there: "भारत के बीस जवानों"
_OWNED = re.compile(rf"(?:{'|'.join(GENITIVE)})\s+(?:\S+\s+){{0,2}}$")


def rehome_offices(mentions: list[Mention], dateline_country: str | None, home: str, text: str = "") -> list[Mention]:
    """``mentions`` in text order, with every home-state office given the state in view
    (and every role named again without a state, the state it had before)."""
    home_named = any(m.kind == "actor" and m.actor is not None and m.actor.country == home
                     and m.source != HOME_SOURCE for m in mentions)
    last: dict[str, str] = {}
    last_state: str | None = None
    out = []
    for m in mentions:
        a = m.actor
        if m.kind == "actor" and a is not None:
            if m.source == HOME_SOURCE:
                country = (last.get(a.office or "") or last.get(_department(a.office) or "-") or dateline_country
                           or (None if home_named else last_state) or a.country)
                if country != a.country:
                    m = replace(m, actor=replace(a, country=country), source="context.office")
            elif a.country is None and a.office and a.office in last and a.office not in _ANYONES \
                    and not _OWNED.search(text, 0, m.start):
                # "54 भारतीय मछुआरों को रिहा किया … 54 मछुआरों को गिरफ्तार किया था": the same people
                m = replace(m, actor=replace(a, country=last[a.office]), source="context.office")
            elif a.country and a.sector not in ("IMG", "IGO") and a.country != "IMG":
                last_state = a.country
                if a.office:
                    last[a.office] = a.country
                    if dept := _department(a.office):
                        last[dept] = a.country
        out.append(m)
    return out


_DEPARTMENT_WORDS = ("minister", "ministry", "secretary", "department")


def _department(office: str | None) -> str:
    """The department an office belongs to: "foreign minister" and "foreign ministry" are one
    ("कुवैत के विदेश मंत्रालय ने कहा … सहायक विदेश मंत्री ने"), a president is no minister."""
    words = (office or "").split()
    if len(words) > 1 and words[-1] in _DEPARTMENT_WORDS:
        return "department:" + " ".join(words[:-1])
    return ""
