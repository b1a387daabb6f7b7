"""The English coder: frames found in a sentence's tokens (``triggers``), their parties read
off the sentence (``readings``, ``roles``), their modality from the words between agent and
verb, their date from the nearest date mention in their clause, their place from the clause
or the dateline."""

from __future__ import annotations

import re

from vaarta.coding.common import dedupe, event_date, is_future_date, is_old_date, make_events
from vaarta.coding.english.judgements import breaches, has_copula, judgements
from vaarta.coding.english.lexicon import EnglishLexicon
from vaarta.coding.english.readings import (
    light_agent,
    read_noun,
    read_verb,
    share_coordinated,
    verb_of_noun,
)
from vaarta.coding.english.resolver import Resolver
from vaarta.coding.english.roles import Roles
from vaarta.coding.english.tokens import SentenceView, is_prep, sentence_view
from vaarta.coding.english.triggers import DocState, Trig, find_triggers
from vaarta.extract.dateline_en import dateline_en
from vaarta.lang.en.grammar import (
    CONDITIONALS,
    NOUN_MODALITY,
    PLAIN_ARTICLES,
    REPORTING,
    SUBJECT_PRONOUNS,
    VERB_NEGATION,
)
from vaarta.lang.en.names import PEOPLE_MARKERS
from vaarta.lang.en.phrases import (
    ACT_OF,
    ADDRESSEES_IN_GENERAL,
    BARE_RESPONSE,
    CLAUSE_BREAKS,
    DEADLINE,
    IN_RESPONSE,
    MULTILATERAL,
    PARTNER_PREPOSITIONS,
    SOVEREIGN_NOUNS,
    UNCERTAIN,
)
from vaarta.model import Actor, Doc, Event, EventDate, Evidence, Mention, Place
from vaarta.ontology import SELF_DIRECTED

INTENT_TO_MEET = "en.agree.invite"  # CAMEO 036, AGREE as in PLOVER's own table
CONDOLENCE = "018"  # CAMEO: condolences, offered to the state an attack told before hit
FORCE_FORETOLD = "en.threaten.force"  # CAMEO 138: an attack its own side says it could make
JUDGED = "en.accuse.condemn"  # CAMEO 111: what another did judged with a copula
BREACHED = "en.accuse.accuse"  # CAMEO 112: a breach told by the one who suffered it
_NOUN_AFTER = re.compile(r"[\s-]+[A-Za-z][a-z-]+")
_PAUSE = re.compile(r"[,;:.()]")  # "Colombian imports, after which Petro": no title of Petro


def code_english(doc: Doc, lex: EnglishLexicon) -> list[Event]:
    text = doc.text
    named = [m for m in doc.mentions if m.kind == "actor" and m.actor is not None]
    actors = [m for m in named if m.source != "kb.demonym" or _demonym_stands(text, m, named)]
    places = [m for m in doc.mentions if m.kind == "place"]
    dates = [m for m in doc.mentions if m.kind == "date"]
    filed = dateline_en(text, doc.sentences, places)
    resolver = Resolver(actors, lex.person_offices, [s.start for s in doc.sentences], text)
    state = DocState()
    events: list[Event] = []
    sents = doc.sentences
    for n, sent in enumerate(sents):
        inside = [m for m in actors if sent.start <= m.start and m.end <= sent.end]
        pl = [m for m in places if sent.start <= m.start and m.end <= sent.end and m.source == "kb.place"]
        dt = [m for m in dates if sent.start <= m.start and m.end <= sent.end]
        sv = sentence_view(text, sent.start, sent.end, inside, pl, dt)
        a, b = sents[max(0, n - 1)].start, sents[min(len(sents) - 1, n + 1)].end
        near = frozenset(_country(m) for m in doc.mentions if a <= m.start and m.end <= b and m.kind in ("actor", "place"))
        state.sentence = n
        events += _code_sentence(doc, lex, sv, resolver, state, dt, filed, near)
    return _settle_dates(events)


def _country(m: Mention) -> str | None:
    return m.actor.country if m.actor is not None else (m.place.country if m.place is not None else None)


def _settle_dates(events: list[Event]) -> list[Event]:
    """An undated retelling (a headline) of an event the article dates to its publication day
    is of that day: it must not merge with another of the same kind on an earlier day."""
    on_day = {(_key(e), e.date.value) for e in events if e.date is not None and e.date.precision == "day"}
    for e in events:
        if e.date is not None and e.date.precision == "publication" and (_key(e), e.date.value) in on_day:
            e.date = EventDate(e.date.value, "day")
    return events


def _key(e: Event) -> tuple[str, frozenset[str | None], frozenset[str | None]]:
    return (e.type, frozenset(a.country for a in e.actors), frozenset(r.country for r in e.recipients))


def _demonym_stands(text: str, m: Mention, named: list[Mention]) -> bool:
    """A state adjective stands for its state before a noun ("Russian forces"), a plural for
    its people ("killing 60 Afghans"); not when it only titles a named person of its state."""
    if not (_NOUN_AFTER.match(text, m.end) or m.text.endswith("s")):
        return False
    before = text[max(0, m.start - 12) : m.start].split()
    if before and before[-1].lower() in PEOPLE_MARKERS:
        return False  # "the ethnic Albanian mayor": a people, not the state
    return not any(0 < x.start - m.end <= 25 and x.actor.country == m.actor.country and x.source == "kb.person"  # type: ignore[union-attr]
                   and not _PAUSE.search(text, m.end, x.start) for x in named if x is not m)


def _code_sentence(doc: Doc, lex: EnglishLexicon, sv: SentenceView, resolver: Resolver, state: DocState,
                   dates: list[Mention], filed: Place | None, near: frozenset[str | None]) -> list[Event]:
    trigs = find_triggers(sv, lex)
    if not trigs and not sv.quote_spans and not has_copula(sv):
        return []
    verb_at = {t.start: t for t in trigs if t.reading == "verb"}
    noun_at = {t.end - 1: t for t in trigs if t.reading == "noun"}
    roles = Roles(sv, resolver, verb_at, lex.is_verb_form, noun_at)
    roles.salient = state.salient or (Actor(None, filed.country, None) if filed is not None and filed.country else None) \
        or _sovereign(sv)
    if state.speaker is not None and state.sentence - state.speaker[0] <= 2:
        roles.last_speaker = state.speaker[1]
    roles.conflict = state.conflict
    for t in trigs:
        if t.reading == "noun":
            read_noun(sv, lex, roles, t, verb_at)
    share_coordinated(sv, trigs)
    roles.asking = None
    for t in trigs:
        if t.reading == "verb":
            read_verb(sv, lex, roles, t, trigs, noun_at, state)
    for t in trigs:
        if t.reading == "noun" and t.light is not None:
            light_agent(sv, roles, t, state)
    for t in trigs:
        if t.reading == "verb" and t.agent is not None and isinstance(t.agent.event, Trig):
            verb_of_noun(t, t.agent.event, state)
    if has_copula(sv):  # "China's actions were unwarranted, Japan said"
        trigs = trigs + judgements(sv, roles, lex.frame(JUDGED), trigs)
        trigs = trigs + breaches(sv, roles, lex.frame(BREACHED), trigs)
    out: list[Event] = []
    for t in trigs:
        ev = _event(doc, lex, sv, t, dates, filed, state, near)
        out.extend(ev)
    _note_speakers(roles, state)
    return out


def _sovereign(sv: SentenceView) -> Actor | None:
    """Before any state has acted and with no dateline, a state whose sovereignty, airspace or
    waters the sentence names is the one the story is about: it reports the breach ("X violated
    Y's airspace, the ministry said")."""
    for c in sv.chunk_start.values():
        if sv.word(c.j) == "'s" and sv.word(c.j + 1) in SOVEREIGN_NOUNS and c.country and c.country != "IMG" \
                and c.actor.sector not in ("IGO", "IMG"):
            return Actor(None, c.country, None)
    return None


def _note_speakers(roles: Roles, state: DocState) -> None:
    """The speakers of this sentence's quotations: who "we" is in the sentences after, and a
    state that speaks is the one the story is about."""
    for a, _b in roles.sv.quote_spans:
        roles.speaker_of(a)
    for side in roles.speaker.values():
        states = [a for a in side.actors if a.country and a.country != "IMG" and a.sector not in ("IGO", "IMG")]
        if side.actors:
            state.speaker = (state.sentence, list(side.actors))
        if states:
            state.salient = Actor(None, states[0].country, None)


def _event(doc: Doc, lex: EnglishLexicon, sv: SentenceView, t: Trig, dates: list[Mention], filed: Place | None,
           state: DocState, near: frozenset[str | None] = frozenset()) -> list[Event]:
    """``near``: the states named in this sentence and the ones beside it (a dateline stands for
    the target of a strike only where the story is still about its state)."""
    frame = t.frame
    if t.absorbed or t.consumed:
        return []
    if t.reading == "noun" and not _noun_told(t):
        return []
    agent = t.agent
    if agent is not None and agent.event is not None and not agent.actors:
        return []
    agents = dedupe([a for a in (agent.actors if agent else []) if a.country])
    if not agents and t.reading == "noun" and frame.agentless:
        agents = [Actor(None, frame.agentless, frame.agentless)]
    if not agents and t.reading == "noun" and frame.type == "ASSAULT" and (t.reactor or t.victim_setting):
        agents = [Actor(None, "IMG", "IMG")]
    recipients = _one_per_state([a for a in (t.recipient.actors if t.recipient else []) if a.country])
    if not recipients and _asked_of_no_state(sv, t):
        return []  # "called on Asian nations to condemn Chile's drills": Chile is not asked
    if not recipients and t.inner is not None:
        # what the absorbed event names: "warned it would impose sanctions on Venezuela"; both
        # sides of a meeting or deal ("offered to host a summit between Putin and Zelensky")
        inner = list(t.inner.recipient.actors) if t.inner.recipient else []
        if t.inner.frame.symmetric and t.inner.agent is not None:
            inner = list(t.inner.agent.actors) + inner
        recipients = [a for a in inner if a.country]
        if not recipients and frame.type == "REQUEST" and t.inner.agent is not None:
            # "demanded the withdrawal of French forces": asked of those who are to act
            recipients = [a for a in t.inner.agent.actors if a.country]
    if frame.type == "PROTEST" and t.recipient is not None:
        host = _accredited_to(sv, t.recipient.chunks)  # "summoned the Chinese ambassador to Japan"
        if host is not None and {a.country for a in agents} <= {r.country for r in recipients}:
            agents = [host]
    own = {a.country for a in agents}
    if frame.type not in SELF_DIRECTED or (frame.type == "ASSAULT" and "IMG" not in own):
        recipients = [r for r in recipients if r.country not in own]
    elif "IMG" in own:  # an armed group against another: both must be named
        named = {a.kb_id for a in agents}
        recipients = [r for r in recipients if r.country != "IMG" or (r.kb_id and r.kb_id not in named and named - {None})]
    if frame.together and not recipients and len(own) > 1:
        frame = lex.frame(frame.together)  # "the US and the Philippines began their annual exercises"
    # "Chile and Peru recalled their ambassadors": two states as one subject of a mutual act
    if (frame.symmetric or frame.reciprocal or frame.mutual) and not recipients and len(own) > 1 \
            and frame.mode != "third-party":
        agents, recipients = agents[:1], [a for a in agents[1:] if a.country != agents[0].country]
    if not agents:
        return []
    if frame.reciprocal and t.reading == "verb" and all(a.sector == "GOV" for a in agents + recipients):
        return []  # "the two presidents have often clashed": words, not arms
    if not recipients and frame.partner_in_clause and t.reading == "verb" and not t.passive:
        recipients = _partner_in_clause(sv, t, own)
    if not recipients and frame.type == "THREATEN":
        recipients = _condition_subject(sv, t, own) or _attack_answered(sv, t, own)
    if not recipients and frame.dateline_recipient and filed is not None and filed.country and \
            filed.country not in own and "IMG" not in own and filed.country in near:
        recipients = [Actor(filed.name, filed.country, None)]
    if not recipients and frame.dateline_recipient and state.salient is not None and state.salient.country \
            and state.salient.country not in own and "IMG" not in own and state.salient.country in near \
            and t.reading == "noun" and all(a.sector not in ("IGO", "IMG") for a in agents):
        recipients = [Actor(None, state.salient.country, None)]  # a strike on a place the KB does not know, in a story about that state
    if not recipients and (frame.retaliates or t.retaliation):
        recipients = [a for c in own for a in state.last_against.get(c or "", []) if a.country not in own][:3]
    if not recipients and frame.cameo == CONDOLENCE and t.reading == "noun":
        # "offered condolences" after an attack told before: to the state it hit
        hit = state.last_by_type.get("ASSAULT")
        recipients = [r for r in (hit.recipients if hit else []) if r.country not in own and r.country != "IMG"][:1]
        about = state.salient or (Actor(filed.name, filed.country, None) if filed is not None and filed.country else None)
        if not recipients and about is not None and about.country not in own:
            recipients = [about]  # sorrow over deaths in the state the story is about
    if not recipients and frame.type != "SUPPORT":
        recipients = _answered(sv, t, own, state)
    if not recipients and frame.type == "REJECT" and t.inner is not None and t.inner.frame.type == "CONCEDE":
        recipients = _adversary(state, own)  # "ruled out ceding Donbas": refused to the other side
    if not recipients and not frame.recipient_optional:
        return []
    if frame.symmetric and len({a.country for a in agents + recipients}) < 2:
        return []
    modality = _modality(lex, sv, t)
    if frame.type == "ASSAULT" and modality in ("hypothetical", "future") and _own_words(sv, t):
        # "Iran said it could take military action against the US": a force foretold by its
        # own side is a threat made now
        frame, modality = lex.frame(FORCE_FORETOLD), "asserted"
    if frame.type == "CONSULT" and t.intent:  # "Baku was ready to begin consultations with Yerevan"
        frame, modality = lex.frame(INTENT_TO_MEET), "asserted"
    when_m = _nearest_date(sv, dates, t)
    if modality == "asserted" and is_old_date(when_m, doc.published):
        modality = "historical"
    if modality in ("asserted", "hypothetical") and is_future_date(when_m, doc.published):
        modality = "future"
    when = event_date(when_m, modality, doc.published)
    place = _place(sv, t, filed, modality)
    if when_m is None and modality == "asserted" and state.dated is not None and state.dated[0] == state.sentence - 1:
        people = {a.kb_id or a.name for a in agents + recipients if a.kb_id or (a.name and a.office)}
        if people & state.dated[1]:  # "... met Modi in Delhi yesterday. Tobgay also conveyed to him ..."
            when = state.dated[2]
            if not any(p.place.name for p in sv.places) and state.dated[3] is not None:
                place = state.dated[3]
    mode = frame.mode
    if frame.type == "CONSULT" and mode in (None, "visit") and place is not None and place.country:
        hosts = [a for a in agents + recipients if a.country == place.country]
        guests = [a for a in agents + recipients if a.country != place.country]
        if hosts and guests:
            mode, agents, recipients = "visit", guests, hosts
    cameo = lex.cameo[frame.cameo_for(t.inner.frame.type if t.inner else None)]
    evidence = Evidence(doc.text[sv.start : sv.end], sv.start, sv.end)
    if frame.mutual:  # a swap has two sides: "between Russia and Ukraine, Emirati media said" names no third
        recipients = recipients[:1]
    # the people and places one attack hit are one side: "killing 60 Afghans and 13 US troops"
    # "was condemned by the US, France and the UN": reactions one by one, each its own event
    groups = [[a for a in agents if a.country == c] for c in dict.fromkeys(a.country for a in agents)] \
        if t.passive and frame.reacts and not frame.symmetric else [agents]
    # "met the foreign ministers of Nepal and Bangladesh": one meeting per counterpart, unless
    # the sentence names one meeting of all of them (a summit, a trilateral)
    # (a go-between's parties are one meeting: "mediated talks between Russia and Ukraine")
    distribute = frame.symmetric and not frame.mutual and mode != "third-party" and "between" not in sv.words and \
        len({a.country for a in agents}) == 1 and \
        len({r.country for r in recipients}) > 1 and not MULTILATERAL & set(sv.words)
    events = [e for g in groups for e in make_events(doc, frame.id, frame.type, mode, cameo, modality, g, recipients,
                                                     when, place, evidence, frame.confidence,
                                                     frame.symmetric and not distribute,
                                                     joint=frame.type == "ASSAULT" or t.joint
                                                     or (t.recipient is not None and t.recipient.joint))]
    if frame.mutual and len(agents) == 1 and len(recipients) == 1:  # "Russia and Ukraine swapped prisoners"
        events += make_events(doc, frame.id, frame.type, mode, cameo, modality, recipients, agents, when, place,
                              evidence, frame.confidence, False)
    if events and modality in ("asserted", "historical"):
        state.note(events)
        if t.reading == "verb" and not t.passive and agents[0].country != "IMG" and agents[0].sector not in ("IGO", "IMG"):
            state.salient = Actor(None, agents[0].country, None)  # the state the story is about now
    return events


def _adversary(state: DocState, own: set[str | None]) -> list[Actor]:
    """The other side of the conflict told so far: of the last attack or threat between ``own``
    and another state, else whom ``own`` last acted against or was acted against by."""
    if own & {a.country for a in state.conflict}:
        return [a for a in state.conflict if a.country not in own]
    for c in own:
        against = [a for a in state.last_against.get(c or "", []) if a.country not in own]
        if against:
            return against[:1]
    return [Actor(None, c, None) for c, by in state.last_against.items()
            if c not in own and any(a.country in own for a in by)][-1:]


def _own_words(sv: SentenceView, t: Trig) -> bool:
    """Is the event told by its own agent: a pronoun subject after a verb of saying ("said it
    could strike"), or "we" in the agent's quotation?"""
    if t.agent is None or not t.agent.pronoun or t.reading != "verb" and t.light is None:
        return False
    return any(w in REPORTING for w in sv.words[: t.start]) or sv.quote[t.start] >= 0


def _asked_of_no_state(sv: SentenceView, t: Trig) -> bool:
    """Is a request addressed to people that are no state ("urged the army to be ready",
    "called on other countries to keep sending aid")? Then the state its content names is
    not the one asked."""
    if t.frame.type != "REQUEST" or t.reading != "verb" or t.inner is None or t.inner.reading != "verb":
        return False
    if t.match.slot is not None:
        a, b = t.match.slot
    elif sv.word(t.inner.start - 1) == "to":
        a, b = t.end, t.inner.start - 1
    else:
        return False
    words = [w for w in sv.words[a:b] if w[:1].isalpha()]
    return bool(words) and words[-1] in ADDRESSEES_IN_GENERAL and not any(n in sv.chunk_start for n in range(a, b))


def _one_per_state(actors: list[Actor]) -> list[Actor]:
    """Actors of distinct states, or named people (a place and its state are one party)."""
    out: list[Actor] = []
    for a in dedupe(actors):
        if a.kb_id is None and any(b.country == a.country for b in out):
            continue
        out.append(a)
    return out


def _accredited_to(sv: SentenceView, chunks: list) -> Actor | None:
    """The state an envoy is accredited to ("the Chinese ambassador to Japan"): the one that
    summons him when the text names no other."""
    for c in chunks:
        if sv.word(c.j) == "to":
            host = sv.chunk_start.get(c.j + 1)
            if host is not None and host.country and host.country != c.country:
                return host.actor
    return None


def _noun_told(t: Trig) -> bool:
    """Does an event noun tell an event here, or only name one?"""
    if t.frame.nouns_need_light_verb and t.light is None:
        return False
    if t.light is not None or t.reactor or t.subject or t.victim_setting:
        # an attack condemned or told by its toll with no attacker named: an armed group's
        return t.agent is not None or bool(t.frame.agentless) or (t.frame.type == "ASSAULT" and (t.victim_setting or t.reactor))
    has_agent = t.agent is not None and bool(t.agent.actors)
    has_other = t.recipient is not None and bool(t.recipient.actors) or (
        t.frame.symmetric and has_agent and len({a.country for a in t.agent.actors}) > 1)  # "their agreement"
    return has_agent and (has_other or t.frame.recipient_optional)


def _partner_in_clause(sv: SentenceView, t: Trig, own: set[str | None]) -> list[Actor]:
    """"agreed to build four projects in Bhutan": the state named later in the clause."""
    for n in range(t.end, len(sv)):
        if sv.words[n] in (";",):
            break
        c = sv.chunk_start.get(n)
        if c is not None and c.country and c.country not in own and c.country not in ("IMG",) \
                and sv.word(c.i - 1) in PARTNER_PREPOSITIONS:
            return [c.actor]
    return []


def _condition_subject(sv: SentenceView, t: Trig, own: set[str | None]) -> list[Actor]:
    """"vowed an overwhelming response if North Korea provokes": a threat is against the one
    whose act its condition names."""
    for n in range(t.end, min(len(sv), t.end + 8)):
        if sv.words[n] in (";", ".") or sv.words[n] in REPORTING:
            return []
        if sv.words[n] in CONDITIONALS:
            k = n + 1
            while k < len(sv) and sv.words[k] in PLAIN_ARTICLES:
                k += 1
            c = sv.chunk_start.get(k)
            if c is not None and c.country and c.country not in own:
                return [c.actor]
            return []
    return []


def _attack_answered(sv: SentenceView, t: Trig, own: set[str | None]) -> list[Actor]:
    """"vowed to hit back after Azerbaijani drone raids on its villages": a threat
    made after another's attack is against the attacker."""
    x = t.inner
    if x is None or x.reading != "noun" or x.frame.type != "ASSAULT" or x.agent is None \
            or sv.word(x.np_start - 1) != "after":
        return []
    return [a for a in x.agent.actors if a.country and a.country not in own and a.country != "IMG"][:2]


def _answered(sv: SentenceView, t: Trig, own: set[str | None], state: DocState) -> list[Actor]:
    """"Taipei deployed forces in response to the Chinese drills": an act answering another
    is against that act's doer — the state named before its noun, or, with none named (or a bare
    "in response"), whoever last did something hostile to the agent."""
    last = [a for c in own for a in state.last_against.get(c or "", []) if a.country not in own][:3]
    for n in range(len(sv) - 1):  # "In response, Taipei deployed forces", "... on alert in response."
        if (sv.words[n], sv.words[n + 1]) in BARE_RESPONSE and sv.word(n + 2) in ("", ",", ".", ";"):
            return last
    for n in range(t.end, min(len(sv), t.end + 10)):
        if sv.words[n] in CLAUSE_BREAKS or sv.words[n] in (".", "and"):
            return []
        if tuple(sv.words[n : n + 3]) not in IN_RESPONSE:
            continue
        passed = False
        for k in range(n + 3, min(len(sv), n + 12)):
            c = sv.chunk_start.get(k)
            if c is not None:
                if not passed:
                    return [c.actor] if c.country and c.country not in own else []
                t.joint = True  # the two sides of the drills answered did one thing together
                return _parties_from(sv, c, own)
            if is_prep(sv.words[k]):
                # "in response to the joint drills between Seoul and Washington": the drills' parties
                if passed or sv.words[k] not in ACT_OF or k == n + 3:
                    break
                passed = True
        return last
    return []


def _parties_from(sv: SentenceView, c, own: set[str | None]) -> list[Actor]:  # type: ignore[no-untyped-def]
    """The states of "A and B" (or "A, B and C") from chunk ``c`` on, none of the agent's own."""
    out = []
    while c is not None:
        if c.country and c.country not in own:
            out.append(c.actor)
        k = c.j
        if sv.word(k) not in (",", "and"):
            break
        k += 1 if sv.word(k + 1) != "and" else 2
        while sv.word(k) in PLAIN_ARTICLES:
            k += 1
        c = sv.chunk_start.get(k)
    return out


def _modality(lex: EnglishLexicon, sv: SentenceView, t: Trig) -> str:
    if t.frame.speech_act:  # the saying is the event: "vowed it will retaliate" is a threat made
        a, b = t.window
        if any(w in VERB_NEGATION for w in sv.words[a:b]):
            return "negated"
        return "hypothetical" if any(w in UNCERTAIN for w in sv.words[:b]) else "asserted"
    if t.reading == "noun":
        before = sv.word(t.np_start - 1) if t.np_start else ""
        for k in range(t.np_start, t.start):
            if sv.words[k] in NOUN_MODALITY:
                return NOUN_MODALITY[sv.words[k]]
        if before in NOUN_MODALITY:
            return NOUN_MODALITY[before]
    a, b = t.window
    window = " ".join(sv.words[a:b])
    if _reported_would(sv, a, b):
        return "future"
    for name, rx in lex.modality:
        if rx.search(window):
            if name == "hypothetical" and t.modality == "future":
                break
            return name
    if t.modality:
        return t.modality
    # the clause's own condition: not one of a clause before ", and" ("X warned Y would pay if it
    # responded, and Z demanded ...")
    opens = max((n + 1 for n in range(1, t.start) if sv.words[n] == "and" and sv.words[n - 1] == ","), default=0)
    if any(w in CONDITIONALS for w in sv.words[opens : t.start]) and not any(w in (";",) for w in sv.words[: t.start]):
        return "hypothetical"
    return "asserted"


def _reported_would(sv: SentenceView, a: int, b: int) -> bool:
    """"China said it would conduct drills": "would" after a verb of saying is the future of
    the past, what was announced, not a condition (unless an "if" makes it one)."""
    if "would" not in sv.words[a:b] or any(w in CONDITIONALS for w in sv.words):
        return False
    k = a + sv.words[a:b].index("would") - 1
    while k >= 0 and (sv.words[k] == "that" or sv.chunk_end.get(k) is not None or sv.words[k] in SUBJECT_PRONOUNS):
        k = sv.chunk_end[k].i - 1 if sv.chunk_end.get(k) is not None else k - 1
    return k >= 0 and sv.words[k] in REPORTING


def _nearest_date(sv: SentenceView, dates: list[Mention], t: Trig) -> Mention | None:
    """The date nearest the event in its own clause: not across a relative clause, a
    participle clause or another clause of the sentence ("killed ten in strikes, marking the
    worst violation of the truce reached last week": not last week)."""
    pos = sv.toks[t.start].start
    best = None
    for m in sorted(dates, key=lambda m: abs(m.start - pos)):
        k = next((x.i for x in sv.toks if x.start >= m.start), len(sv))
        if sv.word(k - 1) in DEADLINE or (t.inner is not None and k > t.inner.start > t.start):
            continue  # "asked India to withdraw by March 15": the deadline of what was asked
        a, b = (k, t.start) if k < t.start else (t.end, k)
        if k <= 2 or not _clause_break(sv, a, b, k > t.start):  # "In 2019, ..." dates the sentence
            best = m
            break
    return best


def _clause_break(sv: SentenceView, a: int, b: int, after: bool) -> bool:
    for n in range(a, b):
        w = sv.words[n]
        if w in CLAUSE_BREAKS or w in REPORTING and after:
            return True
        if w == "," and n + 1 < b and (sv.words[n + 1].endswith("ing") or sv.words[n + 1] in CLAUSE_BREAKS):
            return True
    return False


def _place(sv: SentenceView, t: Trig, filed: Place | None, modality: str) -> Place | None:
    if t.place is not None and t.place.name:
        return t.place
    clause = [p for p in sv.places if p.place.name]
    if clause:
        return min(clause, key=lambda p: abs(p.i - t.start)).place
    return filed if modality == "asserted" else None
