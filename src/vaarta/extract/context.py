"""Whose office is it? An office named without its state ("विदेश मंत्रालय ने", "सेना ने")
belongs to the state the article is speaking of there (CODEBOOK: Who is actor):

1. the state of the same office named last before it ("इजरायली सेना ने … सेना ने कहा");
2. the state of a foreign dateline ("तेल अवीव। … प्रधानमंत्री ने");
3. only failing those, the outlet's home state (the reader has already given it).
"""

from __future__ import annotations

from dataclasses import replace

from vaarta.model import Mention

HOME_SOURCE = "kb.role.home"


def rehome_offices(mentions: list[Mention], dateline_country: str | None) -> list[Mention]:
    """``mentions`` in text order, with every home-state office given the state in view."""
    last: dict[str, str] = {}
    out = []
    for m in mentions:
        a = m.actor
        if m.kind == "actor" and a is not None and a.office:
            if m.source == HOME_SOURCE:
                country = last.get(a.office) or dateline_country or a.country
                if country != a.country:
                    m = replace(m, actor=replace(a, country=country), source="context.office")
            elif a.country and a.country != "IMG":
                last[a.office] = a.country
        out.append(m)
    return out
