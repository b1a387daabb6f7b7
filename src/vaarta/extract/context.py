"""Whose office is it? An office named without its state ("विदेश मंत्रालय ने", "सेना ने")
belongs to the state the article is speaking of there (CODEBOOK: Who is actor):

1. the state of the same office named last before it ("इजरायली सेना ने … सेना ने कहा"); this
   holds for any role named again without its state ("भारतीय मछुआरों … मछुआरों को");
2. the state of a foreign dateline ("तेल अवीव। … प्रधानमंत्री ने");
3. in an article that never names the home state (world news), the state named last before it
   ("रूसी रक्षा मंत्रालय ने … रिहा सैनिकों को");
4. only failing those, the outlet's home state (the reader has already given it).
"""

from __future__ import annotations

from dataclasses import replace

from vaarta.model import Mention

HOME_SOURCE = "kb.role.home"


def rehome_offices(mentions: list[Mention], dateline_country: str | None, home: str) -> list[Mention]:
    """``mentions`` in text order, with every home-state office given the state in view."""
    home_named = any(m.kind == "actor" and m.actor is not None and m.actor.country == home
                     and m.source != HOME_SOURCE for m in mentions)
    last: dict[str, str] = {}
    last_state: str | None = None
    out = []
    for m in mentions:
        a = m.actor
        if m.kind == "actor" and a is not None:
            if m.source == HOME_SOURCE:
                country = (last.get(a.office or "") or dateline_country
                           or (None if home_named else last_state) or a.country)
                if country != a.country:
                    m = replace(m, actor=replace(a, country=country), source="context.office")
            elif a.country is None and a.office and a.office in last:
                # "54 भारतीय मछुआरों को रिहा किया … 54 मछुआरों को गिरफ्तार किया था": the same people
                m = replace(m, actor=replace(a, country=last[a.office]), source="context.office")
            elif a.country and a.sector not in ("IMG", "IGO") and a.country != "IMG":
                last_state = a.country
                if a.office:
                    last[a.office] = a.country
        out.append(m)
    return out
