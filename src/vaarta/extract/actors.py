"""Actor and place mentions from knowledge-base matches.

Hindi news names actors by apposition, and we read the common shapes:

    <state> के <role> [<name>]     रूस के राष्ट्रपति व्लादिमीर पुतिन / ईरान के उपराष्ट्रपति मोहम्मद रजा अरेफ
    <demonym> <role> [<name>]      रूसी राष्ट्रपति व्लादिमीर पुतिन / अमेरिकी सैनिकों
    <demonym> और <demonym> <role>  अमेरिकी और तुर्की सैनिकों  -> two actors
    <org> <role> [<name>]          एससीओ महासचिव नुरलान यरमेकबायेव
    <role> <person>                राष्ट्रपति व्लादिमीर पुतिन
    <person> | <state> | <org>     alone

A name after a role word that the KB does not know is still an actor: the state and sector
come from the apposition, the name is kept as written. Places come from place matches and
from state names (a state is also a place: "भारत आ सकते हैं").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from vaarta.kb.load import KnowledgeBase
from vaarta.kb.records import Entry, Match
from vaarta.lang.en.metonyms import GOVERNMENT_VERBS
from vaarta.lang.hi.calendar import MONTHS, WEEKDAYS
from vaarta.lang.hi.landmarks import LANDMARK_WORDS
from vaarta.lang.hi.postpositions import CONJUNCTIONS, NAME_STOP, ROLE_MODIFIERS
from vaarta.model import Actor, Mention, Place

# What may stand between "<state>" and "<role>": के/की/का and an optional modifier.
_MODIFIER = "|".join(ROLE_MODIFIERS)
_STATE_ROLE_GAP = re.compile(rf"^\s+(?:के|की|का)\s+(?:(?:{_MODIFIER})\s+)?$")
_ADJ_ROLE_GAP = re.compile(rf"^\s+(?:(?:{_MODIFIER})\s+)?$")
_SPACE = re.compile(r"^\s+$")
_METONYM = re.compile(r"\s+(?:और\s+\S+\s+)?(?:ने|का|की|के|को|पर)(?![\u0900-\u0963\u0966-\u097F])")
_METONYM_EN = re.compile(rf"(?:'s\b|\s+(?:{'|'.join(GOVERNMENT_VERBS)})\b)")
_METONYM_EN_OBJECT = re.compile(rf"\b(?:{'|'.join(GOVERNMENT_VERBS)})(?:\s+(?:with|to|on))?\s+$")
_AND = re.compile(rf"^\s+(?:{'|'.join(CONJUNCTIONS)})\s+$|^\s*[-–]\s*$")
# an armed force's word followed by a name in Latin capitals: "… मुक्ति सेना SDLA", "… आर्मी (KIA)"
_GROUP_ACRONYM = re.compile(r"\s*\(?\s*([A-Z][A-Z-]{2,9})\b\)?")
_NAME_WORD = re.compile(r"\s*([\u0900-\u0963\u0966-\u097F][\u0900-\u0963\u0966-\u097F.-]*)")


def find_actors_and_places(text: str, matches: list[Match], kb: KnowledgeBase, on: date | None,
                           home: str | None = None) -> list[Mention]:
    """Actor and place mentions; ``home`` is the state that home-flagged offices with no
    state of their own belong to (the outlet's country)."""
    out: list[Mention] = []
    i = 0
    n = len(matches)
    while i < n:
        m = matches[i]
        kind = _kind(m)
        nxt = matches[i + 1] if i + 1 < n else None
        gap = text[m.end : nxt.start] if nxt else ""
        # <demonym> और <demonym> <role> / <state> और <state> के <role>: both take the role
        if kind in ("demonym", "state") and nxt and nxt.first(kind) and _AND.match(gap) and i + 2 < n:
            role_m = matches[i + 2]
            role_gap = _ADJ_ROLE_GAP if kind == "demonym" else _STATE_ROLE_GAP
            if _kind(role_m) == "role" and role_gap.match(text[nxt.end : role_m.start]):
                for dm in (m, nxt):
                    out.append(_role_actor(text, kb, dm, role_m, on, start=dm.start, end=role_m.end if dm is nxt else dm.end))
                i += 3
                continue
        if kind in ("state", "demonym", "org") and nxt and _kind(nxt) == "role":
            gap_ok = _STATE_ROLE_GAP.match(gap) if kind != "demonym" else _ADJ_ROLE_GAP.match(gap)
            if kind in ("org", "state") and not gap_ok:  # "भारत सरकार", "एससीओ महासचिव"
                gap_ok = _ADJ_ROLE_GAP.match(gap)
            if gap_ok:
                j = i + 1
                # roles may stack: "के उप प्रधानमंत्री" is one role; "के राष्ट्रपति के दामाद" is not ours
                person = matches[j + 1] if j + 1 < n else None
                if person and _kind(person) == "person" and _SPACE.match(text[matches[j].end : person.start]):
                    out.append(_person_mention(text, kb, person, on, start=m.start, holder=m))
                    i = j + 2
                    continue
                limit = matches[j + 1].start if j + 1 < n else len(text)
                out.append(_role_actor(text, kb, m, matches[j], on, start=m.start, end=None, limit=limit))
                i = j + 1
                continue
        if kind == "role" and nxt and _kind(nxt) == "person" and _SPACE.match(gap):
            out.append(_person_mention(text, kb, nxt, on, start=m.start))
            i += 2
            continue
        if kind == "person" and nxt and _kind(nxt) == "role" and kb.roles[nxt.entries[0].ref].kind == "body" \
                and _SPACE.match(gap):
            # "ट्रंप प्रशासन", "मोदी सरकार": a leader's government is the leader's state
            pm = _person_mention(text, kb, m, on, start=m.start)
            out.append(replace(pm, end=nxt.end, text=text[m.start : nxt.end]))
            i += 2
            continue
        if kind == "person":
            out.append(_person_mention(text, kb, m, on, start=m.start))
        elif kind == "state" and nxt and nxt.kind == "place" and _STATE_ROLE_GAP.match(gap + " "):
            # "दक्षिण अफ्रीका के जोहानिसबर्ग में": the state only says where the city is
            st = kb.states[m.entries[0].ref]
            out.append(Mention(m.start, m.end, m.text, "place", place=Place(None, st.code), source="kb.state"))
        elif kind == "demonym":
            # a state adjective alone before a noun ("रूसी बैंकों पर", "इजरायली हवाई हमले"):
            # the coder reads its role from the phrase it opens
            country, name = _country_of(kb, m)
            out.append(Mention(m.start, m.end, m.text, "actor", actor=Actor(name, country, None, text=m.text),
                               source="kb.demonym"))
        elif kind in ("state", "org"):
            out.append(_plain_actor(kb, m, on))
            if kind == "state":
                st = kb.states[m.entries[0].ref]
                out.append(Mention(m.start, m.end, m.text, "place", place=Place(None, st.code), source="kb.state"))
        elif kind == "role":
            role = kb.roles[m.entries[0].ref]
            country = role.country or (home if role.home else None)
            acronym = _GROUP_ACRONYM.match(text, m.end) if role.sector == "MIL" and not role.country else None
            if acronym and not (nxt and nxt.start <= acronym.start(1)):
                # an army the KB does not know, named by its own acronym, is an armed group's:
                # "सूडान जनवादी मुक्ति सेना SDLA ने …" (the words of its name before
                # the army's word, a state's name among them, are the group's)
                start = _name_start(text, m.start)
                out = [o for o in out if not start <= o.start < m.start]
                out.append(Mention(start, acronym.end(), text[start : acronym.end()], "actor",
                                   actor=Actor(acronym.group(1), "IMG", "IMG", text=text[start : acronym.end()]),
                                   source="unknown_group"))
            elif country or role.kind == "body":
                out.append(Mention(m.start, m.end, m.text, "actor",
                                   actor=Actor(None, country, role.sector, text=m.text, office=role.office),
                                   source="kb.role.home" if country and not role.country else "kb.role"))
        # ("कोलंबिया" is Colombia, not Columbia in another state: a state's name wins)
        foreign_city = kind == "state" and m.first("place") is not None and \
            kb.places[m.first("place").ref].country != m.entries[0].ref  # type: ignore[union-attr]
        if (kind == "place" or m.first("place")) and not foreign_city:
            p = kb.places[m.first("place").ref]  # type: ignore[union-attr]
            out.append(Mention(m.start, m.end, m.text, "place",
                               place=Place(p.name, p.country, p.lat, p.lon, p.geonameid), source="kb.place"))
            state = kb.states.get(p.country)
            # ("इस्लामाबाद के भारतीय उच्चायोग": a capital before another state's organ is a place)
            foreign_next = nxt is not None and _kind(nxt) in ("demonym", "state") and \
                _STATE_ROLE_GAP.match(gap) is not None and nxt.entries[0].ref != p.country
            building = any(w in LANDMARK_WORDS for w in m.text.split()[1:])
            if kind == "place" and state and state.capital == p.name and not foreign_next and not building and (
                    _METONYM.match(text, m.end) or _METONYM_EN.match(text, m.end)
                    or _METONYM_EN_OBJECT.search(text[max(0, m.start - 40) : m.start])):
                # "मॉस्को ने", "दमिश्क और मॉस्को के सहयोग": the capital speaks for its government
                out.append(Mention(m.start, m.end, m.text, "actor",
                                   actor=Actor(state.name, state.code, "GOV", text=m.text), source="kb.capital"))
        i += 1
    return _named_again(text, _shared_state(text, out))


def _shared_state(text: str, mentions: list[Mention]) -> list[Mention]:
    """"नेपाल के उप प्रधानमंत्री और रक्षा मंत्री पूर्णबहादुर खडका": a second office joined to a
    first one of a named state is of that state, not the outlet's, and takes the name after it."""
    out = list(mentions)
    actors = [i for i, m in enumerate(out) if m.kind == "actor" and m.actor is not None]
    for prev, cur in zip(actors, actors[1:], strict=False):
        a, b = out[prev], out[cur]
        if b.source != "kb.role.home" or a.source in ("kb.role.home", "kb.demonym") or not a.actor.country:  # type: ignore[union-attr]
            continue
        if not _AND.match(text[a.end : b.start]):
            continue
        limit = next((out[j].start for j in actors if out[j].start >= b.end), len(text))
        name, end = _unknown_name(text, b.end, limit)
        actor = replace(b.actor, country=a.actor.country, name=name or b.actor.name)  # type: ignore[union-attr, arg-type]
        out[cur] = replace(b, end=end, text=text[b.start : end], actor=actor, source="kb.role")
    return out


_WORD_END = r"(?![\u0900-\u0963\u0966-\u097F\w])"
_WORD_START = r"(?<![\u0900-\u0963\u0966-\u097F\w])"


def _named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person introduced by apposition ("मालदीव के राष्ट्रपति मोहम्मद मुइज्जू") or by a full
    name the KB knows ("विदेश सचिव विक्रम मिस्री") is the same actor when the article names them
    again, in full or by the last part of the name ("मुइज्जू ने", "मिस्री ने"). Spans other
    mentions hold are left alone, except a bare state adjective that is the person's surname
    ("मिस्री", "ईरानी": a demonym stands before a noun, a surname before ने)."""
    introduced = [m for m in mentions if m.actor and m.actor.country and (
        m.source == "hi.apposition" and m.actor.name or m.source == "kb.person" and len(m.text.split()) > 1)]
    if not introduced:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    demonyms = {(m.start, m.end): m for m in mentions if m.source == "kb.demonym"}
    added: list[Mention] = []
    dropped: set[int] = set()
    seen: set[str] = set()
    for intro in introduced:
        name = intro.actor.name  # type: ignore[union-attr]
        known = intro.source == "kb.person"
        last = [w for w in (intro.text if known else name).split()[-1:] if len(w) >= 3 and w not in NAME_STOP]
        forms = last if known else [name, *last]
        for form in dict.fromkeys(forms):
            if form in seen:
                continue
            seen.add(form)
            if text.find(form, intro.end) < 0:
                continue  # (most names are not named again: no pattern to build)
            for hit in re.finditer(_WORD_START + re.escape(form) + _WORD_END, text[intro.end :]):
                s, e = intro.end + hit.start(), intro.end + hit.end()
                if (s, e) in demonyms and known:
                    dropped.add(id(demonyms[(s, e)]))
                elif any(a < e and s < b for a, b in taken):
                    continue
                taken.append((s, e))
                actor = replace(intro.actor, text=text[s:e]) if known else Actor(  # type: ignore[arg-type]
                    name, intro.actor.country, intro.actor.sector, text=text[s:e],  # type: ignore[union-attr]
                    office=intro.actor.office)  # type: ignore[union-attr]
                added.append(Mention(s, e, text[s:e], "actor", actor=actor, source="hi.named_again"))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in dropped]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _name_start(text: str, end: int, most: int = 5) -> int:
    """Where a name that ends at ``end`` begins: up to ``most`` words back, stopping at a
    postposition, a conjunction or a sentence's punctuation."""
    start = end
    for _ in range(most):
        w = re.search(r"([\u0900-\u0963\u0966-\u097F]+)\s+$", text[max(0, start - 40) : start])
        if not w or w.group(1) in NAME_STOP:
            break
        start -= len(text[max(0, start - 40) : start]) - w.start(1)
    return start


def _kind(m: Match) -> str:
    return m.kind


def _country_of(kb: KnowledgeBase, m: Match, on: date | None = None) -> tuple[str | None, str | None]:
    e: Entry = next(e for e in m.entries if e.kind in ("state", "demonym", "org"))
    if e.kind == "org":
        org = kb.orgs[e.ref]
        code = org.code_on(on)
        return code, (kb.states[code].name if code != org.code else org.name)
    return e.ref, kb.states[e.ref].name


def _person_mention(text: str, kb: KnowledgeBase, m: Match, on: date | None, start: int,
                    holder: Match | None = None) -> Mention:
    person = kb.people[m.first("person").ref]  # type: ignore[union-attr]
    office = person.office_on(on)
    country = office.country if office else person.country
    if holder is not None and office is None:
        # "<state> के तत्कालीन <role> <name>": the apposition tells the state even when
        # the date is outside every office we list.
        country = _country_of(kb, holder, on)[0] or country
    actor = Actor(person.name, country, office.sector if office else None, person.id, person.wikidata,
                  text=text[start : m.end], office=office.office if office else None)
    return Mention(start, m.end, text[start : m.end], "actor", actor=actor, source="kb.person")


def _role_actor(text: str, kb: KnowledgeBase, holder: Match, role_m: Match, on: date | None,
                start: int, end: int | None, limit: int | None = None) -> Mention:
    country, _ = _country_of(kb, holder, on)
    role = kb.roles[role_m.entries[0].ref if role_m.entries[0].kind == "role" else role_m.first("role").ref]  # type: ignore[union-attr]
    stop = role_m.end if end is None else end
    name = None
    if role.kind == "person" and end is None:
        name, stop = _unknown_name(text, role_m.end, len(text) if limit is None else limit)
    if name is None and role.kind == "person":
        # "अमेरिकी राष्ट्रपति" on a given day is one person
        person = kb.holder(country, role.office, on)
        if person is not None:
            actor = Actor(person.name, country, role.sector, person.id, person.wikidata, text=text[start:stop],
                          office=role.office)
            return Mention(start, stop, text[start:stop], "actor", actor=actor, source="hi.apposition.holder")
    actor = Actor(name, country, role.sector, text=text[start:stop], office=role.office)
    return Mention(start, stop, text[start:stop], "actor", actor=actor, source="hi.apposition")


def _unknown_name(text: str, pos: int, limit: int) -> tuple[str | None, int]:
    """Up to four name words after a role word, ended by a postposition or punctuation, and
    never running into a name the KB knows ("रूस के राष्ट्रपति भारत आ सकते हैं")."""
    words: list[str] = []
    end = pos
    while len(words) < 4:
        m = _NAME_WORD.match(text, end)
        if not m or "\n" in text[end : m.start(1)] or m.end(1) > limit:
            break
        w = m.group(1)
        if w in NAME_STOP or w in WEEKDAYS or w in MONTHS:  # "विदेश मंत्री सोमवार को": a day, no name
            break
        words.append(w)
        end = m.end()
    # a name is followed by a postposition, a conjunction or punctuation, never run on
    follow = _NAME_WORD.match(text, end)
    if not words or (follow and follow.group(1) not in NAME_STOP):
        return None, pos
    return " ".join(words), end


def _plain_actor(kb: KnowledgeBase, m: Match, on: date | None = None) -> Mention:
    country, name = _country_of(kb, m, on)
    e = next(e for e in m.entries if e.kind in ("state", "org"))
    sector = None
    kb_id = None
    wikidata = None
    if e.kind == "org":
        org = kb.orgs[e.ref]
        kb_id, wikidata = org.id, org.wikidata
        sector = "GOV" if country != org.code else "IMG" if org.kind == "img" else "IGO"
    actor = Actor(name, country, sector, kb_id, wikidata, text=m.text)
    return Mention(m.start, m.end, m.text, "actor", actor=actor, source=f"kb.{e.kind}")
