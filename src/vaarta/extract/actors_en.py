"""English actors: the shapes English news names them by, over the shared KB matches.

    Pakistan's Ministry of Foreign Affairs      <actor>'s <role>        -> Pakistan
    the government of Afghanistan               <role> of|for <actor>   -> Afghanistan
    Foreign Minister Abdulla Shahid             <role> <Name>           -> a person the KB does not know
    Tamil Nadu fishermen                        <place> <role>          -> the place's state
    the ministry, the rangers                   a role named before with its state, or the dateline's
    Shahid said                                 a person named again by the last part of the name
    the country's president                     the state named last before it

English names are proper names: a KB match of a state, organisation, person, place or
demonym written without a capital is no name ("us", "china" in "fine china"); the pipeline
drops those matches before the shared actor pass (``proper_names``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from vaarta.kb.load import KnowledgeBase
from vaarta.kb.records import Match
from vaarta.lang.en.calendar import MONTHS, WEEKDAYS
from vaarta.lang.en.grammar import NOT_NOUNS, STATE_ANAPHORS
from vaarta.lang.en.metonyms import GOVERNMENT_GERUNDS, GOVERNMENT_VERBS
from vaarta.lang.en.names import (
    AIMED_AT,
    ASKED_OBJECT,
    ASKING_FOR,
    CLAUSE_OPENERS,
    NOT_NAMES,
    PARTY_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    ROLE_ADJECTIVES,
    SUBJECT_FOLLOWERS,
    SUBJECT_OPENERS,
)
from vaarta.model import Actor, Mention

_NAMED_KINDS = frozenset({"state", "org", "person", "place", "demonym"})
# "Bangladesh's interim government", "Iran's own envoy": up to two adjectives between
_POSSESSIVE = re.compile(r"['’]s?\s+(?:(?!(?:of|in|on|at|to|for|with|and|the|a|an)\s)[a-z][a-z-]+\s+){0,2}$")
_OF = re.compile(r"^(?:\s*\([^()]{0,30}\))?\s+(?:of|for|from)\s+(?:the\s+)?$")  # "the Director General (DGMO) of Pakistan"
_PAREN = re.compile(r"\s*\([^()]{0,60}\)")
_NAME_WORD = re.compile(r"\s+((?:[A-Z]\.\s?)+|[A-Z][a-zA-Z'’-]+\.?|(?:Jr|Sr)\.?|al-[A-Z][a-z]+|bin|van|von|de|da|El|el)(?=[\s,;:.)'’\"”]|$)")
_ANAPHOR = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in STATE_ANAPHORS if not a.startswith(("both", "the two")))
                      + r")\b", re.I)
_GOV_SECTORS = frozenset({"GOV", "MIL", "COP", None})
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
_OWNED = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.I)  # "recalled its envoy from Israel"
_OPENING_IN = re.compile(r"\s*(?:In|Across|Inside)\s+((?:neighbouring\s+|neighboring\s+)?[A-Z][^,]{1,40}),\s")
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z'’-]*)[\s\"“]*$")
# "Washington and its allies warned", "Moscow and Kyiv signed": a capital joined by "and" to a
# party that acts (a name of up to three words, or "its allies")
_AND_PARTY = re.compile(r"\s+and\s+(?:(?:its|their)\s+[a-z]+|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                        r"\s+([a-z]+)\b")


def proper_names(matches: list[Match]) -> list[Match]:
    """KB matches of names written with a capital, and every role word."""
    return [m for m in matches if m.kind not in _NAMED_KINDS or any(ch.isupper() for ch in m.text)]


def english_actors(text: str, matches: list[Match], mentions: list[Mention], kb: KnowledgeBase,
                   dateline_country: str | None) -> list[Mention]:
    """``mentions`` (from the shared actor pass, in text order) read the English way."""
    out = _bare_roles(text, matches, _capital_governments(text, _capital_modifiers(text, mentions), kb), kb)
    out = _role_adjectives(text, out, matches)
    out = _parenthesised(text, out)
    out = _possessive_and_of(text, out)
    out = _place_roles(text, out)
    out = _names_after_roles(text, out, matches, {r.office for r in kb.roles.values() if r.kind == "person"})
    out = _state_anaphors(text, out)
    out = _resolve_roles(text, out, dateline_country)
    out = _armed_groups(out)
    out = _named_again(text, out)
    return sorted(out, key=lambda m: (m.start, m.end))


def _is_actor(m: Mention) -> bool:
    return m.kind == "actor" and m.actor is not None


def _capital_modifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """"condemns Kabul blast", "the Kabul airport": a capital before a noun names the city,
    not its government (which speaks, "Kabul says", or is spoken to, "warned Tehran")."""
    out = []
    for m in mentions:
        if m.source == "kb.capital":
            nxt = _NEXT_WORD.match(text, m.end)
            if nxt and nxt.group(1) not in GOVERNMENT_VERBS and nxt.group(1) not in NOT_NOUNS \
                    and not _joined_subject(text, m.end):
                continue
        out.append(m)
    return out


def _capital_governments(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A capital in a party's place is its government: before a verb ("Tehran risked", "Kigali
    was leading"), after one ("accused Kyiv"), or after "by", "on", "against", "to", "with"
    ("summoned by Manila", "sanctions on Caracas"); after "in", "at", "near" it is the city."""
    spoken = {(m.start, m.end) for m in mentions if m.kind == "actor"}
    capitals = {st.capital: st for st in kb.states.values() if st.capital}
    out = list(mentions)
    for m in mentions:
        if m.kind != "place" or m.source != "kb.place" or m.place is None or (m.start, m.end) in spoken:
            continue
        st = capitals.get(m.place.name or "")
        if st is None or st.code != m.place.country:
            continue
        before = _PREV_WORD.search(text, 0, m.start)
        after = _NEXT_WORD.match(text, m.end)
        prev = before.group(1) if before else ""
        nxt = after.group(1) if after else ""
        before_prev = _PREV_WORD.search(text, 0, before.start()) if before else None
        aimed = prev.lower() == "at" and before_prev is not None and before_prev.group(1).lower() in AIMED_AT
        # "called for Moscow to end": asked to act, the capital is its government
        asked = prev.lower() == "for" and nxt == "to" and before_prev is not None \
            and before_prev.group(1).lower() in ASKING_FOR
        if asked:
            out.append(Mention(m.start, m.end, m.text, "actor", actor=Actor(st.name, st.code, "GOV", text=m.text),
                               source="kb.capital"))
            continue
        if (prev.lower() in PLACE_PREPOSITIONS and not aimed) or (prev[:1].isupper() and prev.lower() not in CLAUSE_OPENERS):
            continue
        opens = text[max(0, m.start - 2) : m.start].strip() in ("", ".", ":") or m.start == 0
        joined = opens and _joined_subject(text, m.end)
        # "if Caracas refuses": the subject of a clause, a verb after it
        opened = prev.lower() in SUBJECT_OPENERS and nxt.endswith("s") and not nxt.endswith("ss")
        if nxt and nxt not in GOVERNMENT_VERBS and not nxt.endswith("ed") and nxt not in NOT_NOUNS \
                and not (opens and nxt.endswith("s")) and not joined and not opened:
            continue  # "condemns Kabul blast": a capital before a noun is the city
        as_subject = joined or opened or bool(nxt) and (nxt in GOVERNMENT_VERBS or nxt.endswith("ed") or nxt in SUBJECT_FOLLOWERS
                                    or (opens and nxt.endswith("s") and not nxt.endswith("ss")))  # "Beijing hits back"
        as_party = prev.lower() in PARTY_PREPOSITIONS or prev.endswith("ed") or prev in GOVERNMENT_VERBS or aimed \
            or prev.lower() in GOVERNMENT_GERUNDS \
            or prev.lower() in ASKED_OBJECT
        if as_subject or as_party:
            out.append(Mention(m.start, m.end, m.text, "actor", actor=Actor(st.name, st.code, "GOV", text=m.text),
                               source="kb.capital"))
    return sorted(out, key=lambda x: (x.start, x.end))


def _joined_subject(text: str, end: int) -> bool:
    """Does the name ending at ``end`` open a subject "X and Y" that acts ("Moscow and Kyiv
    signed", "Washington and its allies have warned")?"""
    m = _AND_PARTY.match(text, end)
    if m is None:
        return False
    verb = m.group(1)
    return verb in GOVERNMENT_VERBS or verb in SUBJECT_FOLLOWERS or verb.endswith("ed")


def _armed_groups(mentions: list[Mention]) -> list[Mention]:
    """"Somali militants", "Syrian rebels": an armed group is coded IMG whoever it fights for."""
    out = []
    for m in mentions:
        a = m.actor
        if a is not None and a.sector == "IMG" and a.country not in ("IMG", None) and a.kb_id is None:
            m = replace(m, actor=replace(a, country="IMG"))
        out.append(m)
    return out


def _role_adjectives(text: str, mentions: list[Mention], matches: list[Match]) -> list[Mention]:
    """"military drills", "a military confrontation": a role word used as an adjective before a
    noun that is no role of its own names no actor ("military officials" still do)."""
    roles_at = {m.start for m in matches if m.kind == "role"}
    out = []
    for m in mentions:
        if _is_actor(m) and m.text.lower() in ROLE_ADJECTIVES:
            nxt = _NEXT_WORD.match(text, m.end)
            if nxt is not None and nxt.start(1) not in roles_at:
                continue
        out.append(m)
    return out


def _parenthesised(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Director General (South Asia & SAARC)", "Islamic State (IS)": a name in brackets right
    after an actor is part of its title or its short form, not a party of its own."""
    drop: set[int] = set()
    actors = [m for m in mentions if _is_actor(m)]
    for m in actors:
        p = _PAREN.match(text, m.end)
        if p:
            drop.update(id(x) for x in mentions if p.start() <= x.start and x.end <= p.end() and x is not m)
    return [m for m in mentions if id(m) not in drop]


def _bare_roles(text: str, matches: list[Match], mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A role word no actor covers ("the foreign minister", "President" before a name the
    KB does not know) is still an actor, of a state the context may tell."""
    covered = [(m.start, m.end) for m in mentions if _is_actor(m)]
    out = list(mentions)
    for mt in matches:
        if mt.kind != "role" or any(a <= mt.start < b for a, b in covered):
            continue
        role = kb.roles.get(mt.entries[0].ref)
        if role is None:
            continue
        actor = Actor(None, role.country, role.sector, text=mt.text, office=role.office)
        out.append(Mention(mt.start, mt.end, mt.text, "actor", actor=actor, source="en.role"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _possessive_and_of(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Pakistan's foreign ministry" and "the government of Afghanistan": the role is the state's."""
    out = list(mentions)
    actors = [m for m in out if _is_actor(m)]
    gone: set[int] = set()
    for prev, cur in zip(actors, actors[1:], strict=False):
        gap = text[prev.end : cur.start]
        pa, ca = prev.actor, cur.actor
        assert pa is not None and ca is not None
        if _POSSESSIVE.fullmatch(gap) and ca.office and ca.country is None and pa.country:
            merged = replace(cur, start=prev.start, text=text[prev.start : cur.end],
                             actor=replace(ca, country=pa.country), source="en.possessive")
            out[out.index(cur)] = merged
            actors[actors.index(cur)] = merged
            gone.add(id(prev))
        elif _OF.fullmatch(gap) and pa.office and pa.country is None and ca.country and ca.sector != "CVL" \
                and not text.startswith(("'s", "’s"), cur.end) \
                and not (gap.lstrip().startswith("from") and _OWNED.search(text, 0, prev.start)):
            merged = replace(prev, end=cur.end, text=text[prev.start : cur.end],
                             actor=replace(pa, country=ca.country), source="en.role_of")
            out[out.index(prev)] = merged
            gone.add(id(cur))
    return [m for m in out if id(m) not in gone]


def _place_roles(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Tamil Nadu fishermen", "Kabul residents": people of a place are of its state."""
    places = [m for m in mentions if m.kind == "place" and m.place and m.place.country and m.source == "kb.place"]
    out = []
    for m in mentions:
        if _is_actor(m) and m.actor.country is None and m.actor.office:  # type: ignore[union-attr]
            before = next((p for p in places if p.end <= m.start and text[p.end : m.start].strip() == ""), None)
            if before is not None:
                m = replace(m, start=before.start, text=text[before.start : m.end], source="en.place_role",
                            actor=replace(m.actor, country=before.place.country))  # type: ignore[arg-type,union-attr]
        out.append(m)
    return out


def _names_after_roles(text: str, mentions: list[Mention], matches: list[Match], persons: set[str]) -> list[Mention]:
    """"Foreign Minister Abdulla Shahid": capitalised words after a role the KB holds no name
    for are the name of the person holding it."""
    starts = {m.start for m in matches}
    out = []
    for m in mentions:
        a = m.actor
        if _is_actor(m) and a is not None and a.office in persons and (a.kb_id is None or m.source == "hi.apposition.holder"):
            words, end = [], m.end
            paren = _PAREN.match(text, end)
            if paren:
                end = paren.end()
            while len(words) < 4:
                w = _NAME_WORD.match(text, end)
                if not w or w.start(1) in starts or "\n" in text[end : w.start(1)]:
                    break
                word = w.group(1)
                if word in NOT_NAMES or word.lower().rstrip(".") in MONTHS or word.lower() in WEEKDAYS:
                    break
                words.append(word)
                end = w.end(1)
            if words and any(len(x.strip(".")) > 2 for x in words):
                name = " ".join(words).rstrip(".")
                m = replace(m, end=end, text=text[m.start : end], source="en.apposition",
                            actor=replace(a, name=name, kb_id=None, wikidata=None))
        out.append(m)
    return out


def _state_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the country's president", "the island nation": the state named last before it."""
    states = [m for m in mentions if _is_actor(m) and m.source in ("kb.state", "kb.demonym", "kb.capital")
              and m.actor.country not in (None, "IMG")]  # type: ignore[union-attr]
    taken = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for hit in _ANAPHOR.finditer(text):
        if any(a < hit.end() and hit.start() < b for a, b in taken):
            continue
        before = [m for m in states if m.end <= hit.start()]
        if not before:
            continue
        st = before[-1].actor
        assert st is not None
        actor = Actor(st.name, st.country, None, text=hit.group())
        out.append(Mention(hit.start(), hit.end(), hit.group(), "actor", actor=actor, source="en.anaphor"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _resolve_roles(text: str, mentions: list[Mention], dateline_country: str | None) -> list[Mention]:
    """A role with no state: the state its sentence opens with ("In neighbouring Sudan, the army
    said"), the same office named before with one ("Pakistan Rangers … the rangers", "China's
    commerce ministry … the ministry"), else a foreign dateline's state."""
    last: dict[str, str] = {}
    out = []
    for m in mentions:
        a = m.actor
        if _is_actor(m) and a is not None:
            if a.country is None and a.office and a.sector in _GOV_SECTORS and not _OWNED.search(text[max(0, m.start - 8) : m.start]):
                # "its envoy": whose it is, the coder reads off the pronoun
                country = (_opening_state(text, m, mentions) or last.get(a.office) or _same_kind(last, a.office)
                           or dateline_country)
                if country:
                    m = replace(m, actor=replace(a, country=country), source=m.source + ".context")
            elif a.country and a.office and a.country != "IMG":
                last[a.office] = a.country
        out.append(m)
    return out


def _opening_state(text: str, role: Mention, mentions: list[Mention]) -> str | None:
    """"In neighbouring Sudan, the army said ...": the state an opening phrase names."""
    start = max(text.rfind(". ", 0, role.start), text.rfind("\n", 0, role.start)) + 1
    opening = _OPENING_IN.match(text, start)
    if opening is None or opening.end() > role.start:
        return None
    for m in mentions:
        if m.kind == "place" and m.place is not None and opening.start(1) <= m.start < opening.end():
            return m.place.country
    return None


def _same_kind(last: dict[str, str], office: str) -> str | None:
    """"the ministry" after "the trade ministry": the office a bare head noun names."""
    found = [c for o, c in last.items() if o != office and o.endswith(" " + office)]
    return found[-1] if found else None


def _named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person introduced by a role and a name the KB does not know ("Foreign Minister Abdulla
    Shahid"), or by the full name the KB knows ("Anthony Albanese"), is the same actor when named
    again by the last part of the name ("Shahid said", "Albanese said")."""
    intros = [m for m in mentions if (m.source.startswith("en.apposition") or m.source == "kb.person")
              and m.actor and m.actor.name and m.actor.country]
    if not intros:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    added = []
    for intro in intros:
        a = intro.actor
        assert a is not None and a.name is not None
        parts = [w for w in a.name.split() if len(w) > 2 and w[0].isupper() and w.rstrip(".") not in ("Jr", "Sr", "III")]
        for form in dict.fromkeys([a.name] + parts[-1:]):
            for hit in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text[intro.end :]):
                s, e = intro.end + hit.start(), intro.end + hit.end()
                if any(x < e and s < y for x, y in taken):
                    continue
                taken.append((s, e))
                added.append(Mention(s, e, text[s:e], "actor", actor=replace(a, text=text[s:e]), source="en.named_again"))
    return [_known_again(m, intros) for m in mentions] + added


def _known_again(m: Mention, intros: list[Mention]) -> Mention:
    """"Prime Minister Sharif" after "Shehbaz Sharif": a title and a surname name the person
    the KB knew by the full name before (one person, so one meeting, not two)."""
    a = m.actor
    if a is None or a.kb_id or not a.name or not m.source.startswith("en.apposition"):
        return m
    last = a.name.split()[-1]
    for intro in reversed([x for x in intros if x.end <= m.start and x.source == "kb.person"]):
        b = intro.actor
        if b is not None and b.kb_id and b.country == a.country and b.name and b.name.split()[-1] == last:
            return replace(m, actor=replace(b, text=m.text))
    return m
