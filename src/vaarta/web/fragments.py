"""Small pieces of HTML every list row repeats (marked evidence, who → whom, the quad class),
written in Python: as Jinja macros they were most of the events page's CPU time (a macro
call costs more than the markup it writes). Each returns ``Markup``, escaped here."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from markupsafe import Markup
from markupsafe import escape as markupsafe_escape

QUAD_CLASSES = {1: "vcoop", 2: "mcoop", 3: "vconf", 4: "mconf"}


def quad_class(quad: Any) -> str:
    """The CSS class of a quad class (1–4), "none" for an event without one."""
    return QUAD_CLASSES.get(quad, "none")


def runs(items: Iterable[Mapping[str, Any]]) -> Markup:
    """A sentence's runs, the words that named a part of the event in a coloured span."""
    out: list[str] = []
    for r in items:
        role = r.get("role")
        if role:
            kinds = role.split()
            out.append(f'<span class="m {" ".join("m-" + k for k in kinds)}" title="{_esc(", ".join(kinds))}">'
                       f'{_esc(r["text"])}</span>')
        else:
            out.append(_esc(r["text"]))
    return Markup("".join(out))


def who(people: Iterable[Mapping[str, Any]]) -> Markup:
    """Participants as their codes (and sector), each a link to its actor page with the
    name on hover; a participant without a code or KB id is a plain "?"."""
    out: list[str] = []
    for p in people:
        key = p.get("kb_id") or p.get("country")
        title = _esc(p.get("name") or p.get("text") or "")
        label = _esc(p.get("country") or "?")
        if p.get("sector") and p["sector"] != p.get("country"):  # IMG, not IMG IMG
            label += f"<small>{_esc(p['sector'])}</small>"
        if key:
            out.append(f'<a class="who" href="/actors/{_esc(quote(str(key), safe=""))}" title="{title}">{label}</a>')
        else:
            out.append(f'<span class="who" title="{title}">{label}</span>')
    return Markup(", ".join(out))


def named(people: Iterable[Mapping[str, Any]]) -> Markup:
    """Participants by name with their code and sector: "Narendra Modi <small>(IND GOV)</small>; …"."""
    return Markup("; ".join(
        f'{_esc(p.get("name") or p.get("text"))} <small>({_esc(p.get("country"))}'
        f'{" " + _esc(p["sector"]) if p.get("sector") else ""})</small>' for p in people))


def network_edges(edges: Iterable[Mapping[str, Any]]) -> Markup:
    """The network chart's arrows (``charts.network`` edges), each a link to its events with
    its counts on hover: up to 1,560 of them between 40 codes, written here for the same
    reason as the rows above."""
    out: list[str] = []
    _escape = markupsafe_escape  # (exactly as Jinja escapes: quotes as &#34; and &#39;)
    for e in edges:
        a, b, colour = _escape(e["a"]), _escape(e["b"]), _escape(e["colour"])
        out.append(f'\n  <a class="edge" href="/events?actor={a}&amp;recipient={b}"><title>{_escape(e["a_name"])} ({a}) → '
                   f'{_escape(e["b_name"])} ({b}): {_escape(e["events"])} events, mean Goldstein {_escape(e["goldstein"])}</title>\n'
                   f'    <line x1="{e["x1"]}" y1="{e["y1"]}" x2="{e["x2"]}" y2="{e["y2"]}" stroke="{colour}" '
                   f'stroke-width="{e["w"]}"/>\n    <polygon class="head" points="{_escape(e["head"])}" fill="{colour}"/></a>\n  ')
    return Markup("".join(out))


def _esc(value: Any) -> str:
    return html.escape(value if isinstance(value, str) else str(value)).replace("&#x27;", "&#39;")  # as Jinja
