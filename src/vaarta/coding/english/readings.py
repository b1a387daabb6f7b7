"""What each trigger's parties are: an event noun's from its noun phrase and the light verb
that governs it, a verb's from its subject and object, its passive, its infinitive or its
participle; what an absorbing frame takes in; whom a reaction is against."""

from __future__ import annotations

from vaarta.coding.english.lexicon import EnglishLexicon
from vaarta.coding.english.roles import MAX_AFTER, Roles, Side
from vaarta.coding.english.tokens import QUOTES, SentenceView, is_det, is_prep
from vaarta.coding.english.triggers import DocState, Trig
from vaarta.lang.en.grammar import (
    ARTICLES,
    BE,
    HAVE,
    HOSTING,
    MODALS,
    NEGATING_GOVERNORS,
    OBJECT_PRONOUNS,
    PART_NOUNS,
    POSSESSIVE_PRONOUNS,
    PROPOSAL_NOUNS,
    RECEIVING,
    REPORTING,
    RETALIATION_LIGHT,
    ROUND_NOUNS,
    SUBORDINATORS,
    VERB_NEGATION,
    VICTIM_VERBS,
    is_adverb,
)
from vaarta.lang.en.phrases import (
    AMOUNT_WORDS,
    AUTHOR_PARTICIPLES,
    CURRENCY,
    DATE_PREPOSITIONS,
    HOLDING_PARTICIPLES,
    INTENT_WORDS,
    MANNER_TERMS,
    PARTICIPIAL_OPENERS,
    PROPOSAL_PREPOSITIONS,
    SETTING_PREPOSITIONS,
)
from vaarta.model import Actor

# events that move a state's forces: the forces named after the noun are whose it is
FORCE_MOVES = frozenset({"RETREAT", "MOBILIZE"})


def read_noun(sv: SentenceView, lex: EnglishLexicon, roles: Roles, t: Trig, verb_at: dict[int, Trig]) -> None:
    frame = t.frame
    limit = min(roles.clause_end(t.end - 1), t.end + MAX_AFTER)
    # before the noun: "Russia's", "Israeli", "Pakistan air", "its", "India-US", "Kabul"
    k = t.start - 1
    np_start = t.start
    steps = 0
    while k >= 0 and steps < 6:
        w = sv.words[k]
        c = sv.chunk_end.get(k)
        if c is not None:
            forum = frame.type == "CONSULT" and c.actor.sector == "IGO"  # "the BIMSTEC summit": a forum
            if t.agent is None and c.country and not forum:
                t.agent = roles.side(c)
            k = c.i - 1
            np_start = c.i
            steps += 1
            continue
        p = sv.place_at(k)
        if p is not None:
            if t.place is None:
                t.place = p.place
            k = p.i - 1
            np_start = p.i
            steps += 1
            continue
        inner = roles.hyphen_states(k)
        if inner:
            if frame.symmetric and len(inner) > 1:
                t.agent, t.recipient = Side(inner[:1]), Side(inner[1:])
            elif t.agent is None:
                t.agent = Side(inner[:1])
            np_start = k
            k -= 1
            steps += 1
            continue
        if w in POSSESSIVE_PRONOUNS:
            if t.agent is None:
                side = roles.pronoun_side(k)
                t.agent = side if side.actors else None
                joint = roles.subject_before(k) if w == "their" else None
                if joint is not None and len({a.country for a in joint.actors}) > 1:
                    t.agent = joint  # "Israel and Hamas confirmed their agreement": both of them
            np_start = k
            break
        if w in ARTICLES:
            np_start = k
            break
        if w == "in" and k > 0 and sv.word(k - 1) in AMOUNT_WORDS:
            np_start = k  # "18 billion euros in loans": the amount of the event noun
            k -= 1
            steps += 1
            continue
        if w == "per" and sv.word(k + 1) == "cent":
            np_start = k
            k -= 1
            steps += 1
            continue
        if k > 0 and (" ".join(sv.words[k - 1 : k + 1]) in lex.light_verbs
                      or k > 1 and " ".join(sv.words[k - 2 : k + 1]) in lex.light_verbs):
            break  # the particle of a phrasal light verb: "carried out air strikes", "stepped up attacks"
        adjective = sv.word(k - 1) in ARTICLES and w.isalpha() and not is_prep(w) and k not in verb_at  # "a firm protest"
        named = w.isdigit() and sv.toks[k - 1].text[:1].isupper() if k > 0 else False  # "Pacific 7 exercises"
        if w == "'s" or w in QUOTES or is_det(w) or w in ("%",) or w in CURRENCY or adjective or named or (
                w.replace("-", "").isalpha() and not is_prep(w) and not lex.is_verb_form(w)
                and k not in verb_at and w not in ("and", "or", "but", "to")):
            np_start = k
            k -= 1
            steps += 1
            continue
        break
    t.np_start = np_start
    if _governor_word(sv, np_start) in NEGATING_GOVERNORS:
        t.absorbed = True  # "Hungary blocked a package of EU sanctions": no sanctions are told
    roles.asking = t
    # after it: "by X", "from X", "on X", "between X and Y", "killing X"
    if t.agent is None:  # not past its clause's verb: "the raid was condemned by X" is no raid by X
        verb = next((n for n in range(t.end, limit) if n in verb_at), limit)
        t.agent = roles.by_agent(t.end, verb)
    if t.agent is None and frame.mode == "release" and sv.word(t.end) == "of":
        t.agent = _holder(sv, roles, t.end + 1)  # "the release of 40 soldiers held captive by the rebels"
    if t.agent is None:
        t.agent = roles.opening_subject(t.start)  # "In talks with Xi, Biden raised ...": Biden's talks
    if t.agent is None and frame.type in FORCE_MOVES and sv.word(t.end) == "of" and "of" not in frame.noun_recipient:
        side, _ = roles.object_after(t.end + 1, limit)  # "the withdrawal of French troops": theirs
        if side and side.actors and all(a.sector == "MIL" for a in side.actors):
            t.agent = side
    if t.agent is None and sv.word(t.end) == "from" or (t.agent is None and sv.word(t.end + 1) == "from"):
        k = t.end if sv.word(t.end) == "from" else t.end + 1
        side, _ = roles.object_after(k + 1, limit)
        t.agent = side if side and side.actors else None
    if t.recipient is None and t.end - t.start > 1 and sv.words[t.end - 1] in ("on", "upon"):
        side, _ = roles.object_after(t.end, limit)  # "its call on Myanmar to free ...": the one called on
        t.recipient = side
    if t.recipient is None and frame.noun_recipient:
        places = "in" in frame.noun_recipient
        side, _prep = roles.after_prep(t.end, limit, frame.noun_recipient, places=places)
        if side and (frame.symmetric or frame.mutual) and t.agent is None and len(side.actors) > 1:
            t.agent, t.recipient = Side(side.actors[:1]), Side(side.actors[1:])
        elif side:
            t.recipient = side
    if t.recipient is None and sv.words[t.end - 1].endswith("ing") and sv.word(t.end) == "of" \
            and not frame.symmetric and not frame.mutual:
        # a gerund's "of" names what it was done to: "the shelling of Poonch by Pakistani troops"
        side, _ = roles.object_after(t.end + 1, limit, places=frame.type == "ASSAULT")
        t.recipient = side
    if frame.type == "ASSAULT":
        # whom an attack hit: where it struck ("in Kabul", "Kabul blast") and whose people it
        # killed ("..., killing nine Indians"), one side together
        hit = [] if t.recipient is None else list(t.recipient.actors)
        if not hit and t.place is not None and t.place.country and "in" in frame.noun_recipient:
            hit.append(Actor(t.place.name, t.place.country, None))
        victims = _victims(sv, roles, t.end, limit)
        if victims is None and not hit:
            victims = _victims_before(sv, roles, np_start)
            t.victim_setting = victims is not None
        hit += victims.actors if victims else []
        t.recipient = Side(hit) if hit else None
    if frame.type == "THREATEN" and t.recipient is None:
        that = next((n for n in range(t.end, min(limit, t.end + 8)) if sv.words[n] == "that"), None)
        if that is not None:  # "a warning from Trump that Tehran risked ..."
            side, _ = roles.object_after(that + 1, limit, places=True)
            t.recipient = side
    # governed by a light verb: "imposed sanctions", "retaliate with tariffs", "announced on
    # Saturday the severance of relations", "conveyed to him the felicitations"
    g = np_start - 1
    if sv.word(g) in ("of", "in") and sv.word(g - 1) in ROUND_NOUNS:
        # "held the 21st round of talks", "handed over 30 tonnes of relief", "$50 million in aid"
        g -= 2
        while g >= 0 and (is_det(sv.words[g]) or sv.words[g] in CURRENCY):
            g -= 1
    while g >= 0 and (sv.words[g] in QUOTES or is_adverb(sv.words[g]) or sv.in_date[g]
                      or sv.words[g] in DATE_PREPOSITIONS and sv.in_date[g + 1]):
        g -= 1
    if sv.word(g) in OBJECT_PRONOUNS and sv.word(g - 1) == "to" or (sv.chunk_end.get(g) and sv.word(sv.chunk_end[g].i - 1) == "to"):
        indirect = sv.chunk_end.get(g)
        first = indirect.i if indirect else g
        side, _ = roles.object_after(first, first + 4)
        if t.recipient is None and side:
            t.recipient = side
        g = first - 2
    dative = sv.chunk_end.get(g)
    if dative is not None and " ".join(sv.words[dative.i - 1 : dative.i]) in lex.light_verbs:
        if t.recipient is None:  # "gave France an ultimatum"
            t.recipient = roles.side(dative, leftward=False)
        g = dative.i - 1
    for span in ((g - 1, g + 1), (g, g + 1), (g - 2, g + 1)):
        phrase = " ".join(sv.words[max(0, span[0]) : span[1]])
        if span[0] >= 0 and phrase in lex.light_verbs:
            t.light = span[0]
            t.retaliation = sv.words[span[0]] in RETALIATION_LIGHT and span[1] - span[0] > 1
            break
    if t.light is None and g in verb_at and verb_at[g].frame.type == frame.type:
        t.light = g
    # the subject of its clause: "Israeli strikes killed ten", "The attack caused fires"
    n = t.end
    while n < len(sv) and is_adverb(sv.words[n]):
        n += 1
    t.subject = n < len(sv) and (n in verb_at or sv.words[n] in BE | HAVE or lex.is_verb_form(sv.words[n])
                                 or sv.words[n].endswith("ed") and sv.words[n] not in ("red", "need")) \
        and not (np_start > 0 and is_prep(sv.word(np_start - 1)))
    t.window = (max(0, np_start - 2), np_start)


def share_coordinated(sv: SentenceView, trigs: list[Trig]) -> None:
    """"offered sympathies and condolences to India", "sent medicines and other relief to
    Nepal": event nouns of one type joined by "and" or "or" are one event under the first one's
    light verb, with the other party named after the last."""
    nouns = [t for t in trigs if t.reading == "noun"]
    for a, b in zip(nouns, nouns[1:], strict=False):
        if a.frame.type != b.frame.type or a.absorbed or b.light is not None:
            continue
        if not all(w in ("and", "or", ",") for w in sv.words[a.end : b.np_start]) or a.end == b.np_start:
            continue
        if a.recipient is None and b.recipient is not None:
            a.recipient = b.recipient
        if a.agent is None and b.agent is not None:
            a.agent = b.agent
        b.consumed = True


def _governor_word(sv: SentenceView, np_start: int) -> str:
    """The word that governs a noun phrase, through one "of" ("blocked a package of sanctions")."""
    g = np_start - 1
    if sv.word(g) == "of":
        g -= 1
        while g >= 0 and (is_det(sv.words[g]) or sv.words[g].isalpha() and sv.words[g] not in NEGATING_GOVERNORS
                          and not is_prep(sv.words[g]) and g > np_start - 6):
            g -= 1
    return sv.word(g)


def _victims(sv: SentenceView, roles: Roles, start: int, limit: int) -> Side | None:
    """"..., killing 60 Afghans", "leaving four Indians dead": whose people an attack hit."""
    for n in range(start, min(len(sv), limit + 6)):
        w = sv.words[n]
        if w in (";",) or sv.chunk_end.get(n) is not None:
            break  # "in response to Afghan forces targeting ...": another's act
        if w in VICTIM_VERBS:
            side, _ = roles.object_after(n + 1, min(len(sv), n + 8))
            if side and side.actors:
                return side
    return None


def _victims_before(sv: SentenceView, roles: Roles, np_start: int) -> Side | None:
    """"three guards were wounded in shelling by X": the passive subject of a
    killing or wounding the attack is the setting of."""
    g = np_start - 1
    if sv.word(g) not in SETTING_PREPOSITIONS:
        return None
    g = _skip_dates_back(sv, g - 1)
    if sv.word(g) not in VICTIM_VERBS:
        return None
    side = roles.subject_before(g)
    return side if side and side.actors else None


def verb_of_noun(t: Trig, noun: Trig, state: DocState) -> None:
    """"Israeli strikes killed ten in southern Lebanon", "the blasts that hit Kabul": a verb of
    the noun's own kind tells the noun's event; its other party is the event's."""
    if t.frame.subject_event:
        t.agent, t.recipient = noun.agent, noun.recipient
        noun.consumed = True
        return
    if noun.frame.type == t.frame.type:
        if noun.recipient is None and t.recipient is not None:
            noun.recipient = t.recipient
        noun.subject = True
        t.consumed = True
        return
    t.agent = None  # "consignments are expected to arrive in Nepal": no one arrives


def _event_agent(noun: Trig, state: DocState) -> Side | None:
    """Who did what an event noun names: its own agent, or the last such event's."""
    if noun.agent is not None and noun.agent.actors:
        return noun.agent
    before = state.last_by_type.get(noun.frame.type)
    return Side(list(before.actors)) if before is not None else None


def light_agent(sv: SentenceView, roles: Roles, t: Trig, state: DocState) -> None:
    """The agent of an event noun is the subject of the light verb that governs it ("India
    imposed sanctions", "sanctions were announced by Britain", "moved to impose tariffs"); a
    meeting's other side when the noun names one already ("received a call from Pezeshkian")."""
    g = t.light
    assert g is not None
    k = g - 1
    while k >= 0 and (is_adverb(sv.words[k]) or sv.in_date[k]):
        k -= 1
    if sv.word(k) in BE or sv.word(k) in ("been", "being"):  # "were signed by officials"
        subject = roles.by_agent(t.end, len(sv))
    elif sv.word(g - 1) == "to":
        subject, modality, _gov = roles.infinitive_subject(g - 1)
        if modality and t.modality is None:
            t.modality = modality
        t.intent = sv.word(g - 2) in INTENT_WORDS
    else:
        subject = roles.subject_before(g)
        if subject is None and g <= 2 and sv.word(g - 1) in PARTICIPIAL_OPENERS and sv.words[g].endswith("ing"):
            subject = roles.subject_after_opening(t.end)  # "While announcing tariffs on X, Mexico said"
        if subject is not None and isinstance(subject.event, Trig):
            subject = _event_agent(subject.event, state)  # "The tariffs announced Saturday also placed ..."
        t.window = (max(0, g - 4), g)
    if subject is None or not subject.actors:
        return
    if sv.words[g] in HOSTING and t.frame.symmetric and t.agent is not None and t.agent.actors:
        # "Qatar hosted talks between the US and the Taliban": the host takes part too
        have = {a.country for a in t.agent.actors + (t.recipient.actors if t.recipient else [])}
        extra = [a for a in subject.actors if a.country not in have]
        t.recipient = Side((t.recipient.actors if t.recipient else []) + extra)
        return
    if sv.words[g] in RECEIVING and not t.frame.symmetric:
        if t.recipient is None:  # "Sri Lanka received aid from Japan": the subject is the other side
            t.recipient = subject
        return
    if t.agent is None or t.agent.pronoun:
        t.agent = subject
    elif t.frame.symmetric and t.recipient is None:
        t.recipient = subject
    elif t.frame.type in FORCE_MOVES and t.recipient is None and \
            not {a.country for a in subject.actors} & {a.country for a in t.agent.actors}:
        t.recipient = subject  # "Chad announced the withdrawal of French troops": from Chad


def read_verb(sv: SentenceView, lex: EnglishLexicon, roles: Roles, t: Trig, trigs: list[Trig],
               noun_at: dict[int, Trig], state: DocState) -> None:
    frame = t.frame
    s, e = t.start, t.end
    limit = roles.clause_end(e - 1 if e > s else s)
    k = s - 1
    while k >= 0 and (is_adverb(sv.words[k]) or sv.in_date[k] or sv.words[k] in VERB_NEGATION
                      or sv.words[k] in QUOTES):
        k -= 1
    prev = sv.word(k)
    if frame.type == "ASSAULT" and sv.words[s] in VICTIM_VERBS and _in_attack(sv, e, noun_at):
        t.consumed = True  # "killed in air strikes by X": the strikes are the event
        return
    full = "participle" in t.forms and (prev in BE or prev in ("been", "being", "get", "got"))
    reduced = not full and "participle" in t.forms and sv.word(e) == "by" and sv.chunk_end.get(k) is None
    if full or reduced:
        t.passive = True
        t.agent = roles.by_agent(e, len(sv))
        if frame.symmetric:
            # "the Kenyan president was received by Ruto": the guest is the other party
            guest = roles.subject_before(s) if full else None
            t.recipient = guest if guest is not None and guest.actors else None
        elif full:
            t.recipient = roles.subject_before(s)
            noun = t.recipient.event if t.recipient is not None else None
            if frame.reacts and isinstance(noun, Trig):  # "the raid was condemned by X": against the raider
                noun.reactor = True
                t.recipient = _reacted_party(noun, state, roles)
        else:  # "a vessel hijacked by pirates": only the noun right before is the patient
            before = sv.chunk_end.get(s - 1)
            t.recipient = roles.side(before) if before is not None else None
        if t.agent is None and full and frame.type == "PROTEST" and sv.word(e) == "to":
            t.agent, _ = roles.object_after(e + 1, limit)  # "was summoned to Bangladesh's foreign ministry"
        if t.agent is None and full and t.recipient is not None and t.recipient.actors:
            t.agent = _agent_again(state, frame.type, t.recipient)  # "On May 1, 21 fishermen were arrested"
        t.window = (max(0, k - 3), s)
        return
    if "gerund" in t.forms and prev not in BE:
        _read_participle(sv, roles, t, k, trigs)
    elif (prev == "to" and "base" in t.forms) or (prev == "have" and sv.word(k - 1) == "to" and "participle" in t.forms):
        if prev == "have":  # "claimed to have captured"
            k -= 1
        side, modality, gov = roles.infinitive_subject(k)
        t.agent = side
        t.modality = modality
        t.intent = sv.word(k - 1) in INTENT_WORDS  # "ready to begin talks"
        if gov is not None and gov in roles.verb_at:
            outer = roles.verb_at[gov]
            if outer.frame.absorbs and outer is not t:
                t.absorbed = True
                outer.inner = outer.inner or t
    else:
        t.agent = roles.subject_before(s)
    if frame.subject_warned:
        _warned_subject(sv, roles, t, k, limit)
        return
    # where the agent ends, the modality window begins
    a_end = max((c.j for c in (t.agent.chunks if t.agent else [])), default=max(0, s - 6))
    t.window = (a_end if a_end <= s else max(0, s - 6), s)
    t.recipient = _verb_recipient(sv, roles, t, limit, noun_at, state)
    if frame.type == "ASSAULT" and t.recipient is not None and not t.recipient.pronoun:
        # "struck Houthi targets in Yemen": the group and the state it is struck in
        where, _ = roles.after_prep(e, limit, ("in", "inside"), places=True)
        if where is not None and where.actors:
            t.recipient = Side(t.recipient.actors + [a for a in where.actors if a.country not in
                                                      {x.country for x in t.recipient.actors}], t.recipient.chunks)
    if frame.absorbs:
        _absorb(sv, t, trigs, limit)


def _warned_subject(sv: SentenceView, roles: Roles, t: Trig, k: int, limit: int) -> None:
    """"Kallas said further Russian aggression would result in more sanctions": a consequence
    foretold of the clause's subject is the speaker's threat to it. No modal, no threat ("the
    raid resulted in sanctions" is what happened); no speaker, no event."""
    warned = t.agent
    start = min((c.i for c in (warned.chunks if warned else [])), default=t.start)
    if warned is None or not warned.actors or not any(w in MODALS for w in sv.words[start : t.start]):
        t.consumed = True
        return
    n = start - 1
    while n >= 0 and start - n <= 4 and sv.words[n] not in REPORTING:
        n -= 1
    speaker = roles.subject_before(n) if n >= 0 and sv.words[n] in REPORTING else None
    if speaker is None or not speaker.actors:
        speaker = roles.speaker_after_clause(limit)
    if speaker is None or not speaker.actors:
        t.consumed = True
        return
    t.agent, t.recipient = speaker, warned
    t.window = (t.start, t.start)  # the saying is asserted: the modal is the threat's own


def _agent_again(state: DocState, type_: str, patient: Side) -> Side | None:
    """A passive with no agent that tells again what the last event of its type did to the same
    state ("The navy arrested 11 Indian fishermen on May 8; on May 1, 21 were arrested"): by
    the same agent."""
    last = state.last_by_type.get(type_)
    if last is None or not last.actors:
        return None
    if not {r.country for r in last.recipients} & {a.country for a in patient.actors if a.country}:
        return None
    return Side([a for a in last.actors if a.country])


def _skip_dates_back(sv: SentenceView, g: int) -> int:
    """The token before ``g`` that is no date, adverb or date preposition ("killed on Monday in")."""
    while g >= 0 and (sv.in_date[g] or is_adverb(sv.words[g]) or (sv.words[g] in DATE_PREPOSITIONS
                                                                 and sv.in_date[min(g + 1, len(sv) - 1)])):
        g -= 1
    return g


def _skip_dates(sv: SentenceView, n: int) -> int:
    while n < len(sv) and (sv.in_date[n] or is_adverb(sv.words[n]) or (sv.words[n] in DATE_PREPOSITIONS
                                                                      and n + 1 < len(sv) and sv.in_date[n + 1])):
        n += 1
    return n


def _in_attack(sv: SentenceView, e: int, noun_at: dict[int, Trig]) -> bool:
    n = _skip_dates(sv, e)
    if sv.word(n) not in SETTING_PREPOSITIONS:
        return False
    return any(t.frame.type == "ASSAULT" and n < t.start <= n + 5 for t in noun_at.values())


def _read_participle(sv: SentenceView, roles: Roles, t: Trig, k: int, trigs: list[Trig]) -> None:
    """"after meeting Erdogan", ", accusing its foes of", "accused X of blocking": the subject
    of the clause the participle hangs on; after "of" it is the governing verb's complement."""
    prev = sv.word(k)
    if prev in ("of", "from") or prev in PARTICIPIAL_OPENERS or prev == ",":
        main = next((x for x in reversed(trigs) if x.reading == "verb" and x.end <= k), None)
        if main is not None and prev == "," and _in_opening_clause(sv, main.start, k):
            main = None  # "Even before the tariffs came into force, Lula issued a statement, calling"
        if prev in ("of", "from") and main is not None and main.frame.absorbs:
            t.absorbed = True
            main.inner = main.inner or t
            return
        if main is not None and main is not t:
            if main.agent is not None:
                t.agent = main.agent
                return
            t.agent = roles.subject_before(main.start, passing_reports=True)
            return
        t.agent = roles.subject_before(k + 1 if prev == "," else k, passing_reports=True)
        if prev == "," and t.agent is not None and not t.agent.actors and t.agent.event is not None:
            # "X said the talks were meaningless, blaming Y": the one who said it, not the talks
            said = next((n for n in range(k - 1, -1, -1) if sv.words[n] in REPORTING), None)
            if said is not None:
                t.agent = roles.subject_before(said)
        if t.agent is None and prev in PARTICIPIAL_OPENERS and k <= 1:
            t.agent = roles.subject_after_opening(t.end)  # "While announcing tariffs, Mexico said"
        return
    t.agent = roles.subject_before(t.start)


def _verb_recipient(sv: SentenceView, roles: Roles, t: Trig, limit: int, noun_at: dict[int, Trig],
                    state: DocState) -> Side | None:
    frame = t.frame
    e = t.end
    places = frame.type in ("ASSAULT", "MOBILIZE") or frame.mode in ("visit", "withdraw")
    if t.match.slot is not None:  # "hit Canada with tariffs", "called on Pakistan to"
        a, b = t.match.slot
        pair = roles.pair_at(b - 1)  # "called on both countries to"
        if pair is not None and pair.actors:
            return pair
        for n in range(a, b):
            c = sv.chunk_start.get(n)
            if c is not None:
                return roles.side(c, leftward=False)
            if frame.reacts and n in noun_at and noun_at[n].start >= a:  # "called the launch a provocation"
                noun_at[n].reactor = True
                got = _reacted_party(noun_at[n], state, roles)
                if got is not None:
                    return got
            p = sv.place_at(n)
            if p is not None and p.place.country and places:
                return Side([Actor(p.place.name, p.place.country, None)])
    last = t.match.pattern.words[-1]
    if len(t.match.pattern.words) > 1 and last is not None and len(last) == 1 and is_prep(next(iter(last))):
        side, _ = roles.object_after(e, limit, places=places)  # "withdrew its troops from Mali", "fired rockets at"
        if side:
            return side
    obj_noun = _object_noun(sv, e, limit, noun_at)
    if frame.reacts and obj_noun is not None:
        obj_noun.reactor = True
        got = _reacted_party(obj_noun, state, roles)
        if got is not None:
            t.joint = True  # "Iran condemned the strikes" of the US and Britain: one accusation
            return got
        if frame.type == "REJECT" and obj_noun.recipient is not None and obj_noun.recipient.actors:
            return obj_noun.recipient  # "vetoed an aid package for Ukraine": Ukraine is refused
    if frame.reacts:
        e = _past_manner(sv, e)  # "condemned in the strongest terms the remarks of X"
    for marker in frame.recipient:
        if marker == "object":
            side, end = roles.object_after(e, limit, places=places)
            if side is None and end == e and frame.type == "REQUEST" and sv.word(e) == "for":
                side, end = roles.object_after(e + 1, limit)  # "asked for the release of"
            if side is None and sv.word(end) == "of" and end - e <= 4 and sv.word(end - 1) in PART_NOUNS:
                # "annexed four regions of Ukraine", "detained ten citizens of Nepal"
                side, _ = roles.object_after(end + 1, limit, places=places)
            elif side is None and frame.reacts and obj_noun is None and sv.word(end) == "of" and e < end <= e + 4:
                # "rejected the demands of the United States", "condemned the actions of China"
                side, _ = roles.object_after(end + 1, limit)
            elif side is None and frame.reacts and obj_noun is None and e < end <= e + 4 and (
                    sv.word(end) == "by" or sv.word(end) in AUTHOR_PARTICIPLES and sv.word(end + 1) == "by"):
                # "condemned the remarks made by Indian leaders", "criticised remarks by X"
                side = roles.by_agent(end, limit)
            elif side is None and frame.type == "REQUEST" and sv.word(_past_head(sv, roles, end)) == "of" \
                    and e < end <= e + 4:
                # "requested a review of Peru's records", "called for the release of the Somali crew"
                side, _ = roles.object_after(_past_head(sv, roles, end) + 1, limit)
            if side:
                return side
            if frame.reacts and sv.word(end - 1) in PROPOSAL_NOUNS:
                side, _ = roles.after_prep(end + 1, limit, PROPOSAL_PREPOSITIONS)
                if side:
                    return side
        else:
            # "withdrew from Kherson": the state the place is in
            side, _ = roles.after_prep(e, limit, (marker,), places=marker == "in" or (places and marker == "from"))
            if side:
                return side
    return None


def _past_manner(sv: SentenceView, e: int) -> int:
    """Past a manner phrase right after a verb of judging: "in (the) strongest (possible) terms"."""
    if sv.word(e) != "in":
        return e
    n = e + 1
    while n < len(sv) and n - e <= 5 and sv.words[n] in MANNER_TERMS:
        n += 1
    if n > e + 1 and sv.word(n) == "terms":
        return n + 2 if sv.word(n + 1) == "," else n + 1
    return e


def _holder(sv: SentenceView, roles: Roles, n: int) -> Side | None:
    """Who holds the people named from token ``n`` ("three Iranians jailed by the United States",
    "125 soldiers, held captive by the rebels"): the agent after "by" of a holding participle."""
    for g in range(n, min(n + 12, len(sv) - 1)):
        if sv.words[g] in HOLDING_PARTICIPLES:
            by = g + 2 if sv.word(g + 1) == "captive" else g + 1
            if sv.word(by) != "by":
                return None
            side, _ = roles.object_after(by + 1, len(sv))
            return side if side and side.actors else None
        if sv.words[g] in (";", ".", "and", "who", "which", "that") or g in roles.verb_at:
            return None
    return None


def _in_opening_clause(sv: SentenceView, n: int, k: int) -> bool:
    """Token ``n`` is in a subordinate clause opening the sentence ("Even before the tariffs came
    into force, ..."), closed by a comma before token ``k``."""
    g = 0
    while g < n and is_adverb(sv.words[g]):
        g += 1
    if sv.words[g] not in SUBORDINATORS:
        return False
    return any(sv.words[c] == "," for c in range(n + 1, k))


def _past_head(sv: SentenceView, roles: Roles, n: int) -> int:
    """Past a verb's form that heads a noun phrase ("the release", "a return"): the token after it."""
    return n + 1 if roles.is_verb_form(sv.word(n)) and is_det(sv.word(n - 1)) else n


def _object_noun(sv: SentenceView, e: int, limit: int, noun_at: dict[int, Trig]) -> Trig | None:
    """An event noun heading the object after token ``e``: "condemned the heinous attack"."""
    for n in range(e, min(limit, e + 6)):
        if n in noun_at:
            return noun_at[n]
        w = sv.words[n]
        if sv.chunk_start.get(n) is not None and sv.word(sv.chunk_start[n].j) != "'s" and \
                not any(x.start <= n < x.end for x in noun_at.values()):
            return None
        if is_prep(w) and not any(x.start <= n <= x.end - 1 for x in noun_at.values()):
            return None
    return None


def _reacted_party(noun: Trig, state: DocState, roles: Roles) -> Side | None:
    """Whom a condemnation, denial or welcome of an event is against: that event's agent, else
    the agent of the same kind of event told before, else, for an attack, an armed group. A
    state's own doing (a coup) with no agent is the state it happened in, or the one named last."""
    if noun.agent is not None and noun.agent.actors:
        return Side(noun.agent.actors)
    if noun.frame.own_state:
        if noun.recipient is not None and noun.recipient.actors:
            return Side(noun.recipient.actors)
        if noun.place is not None and noun.place.country:
            return Side([Actor(noun.place.name, noun.place.country, None)])
        last = roles.resolver.last_state(roles.sv.toks[noun.start].start)
        return Side([last]) if last is not None else None
    if noun.frame.agentless:
        return Side([Actor(None, noun.frame.agentless, noun.frame.agentless)])
    before = state.last_by_type.get(noun.frame.type)
    if before is not None:
        return Side(list(before.actors))
    if noun.frame.type == "ASSAULT":
        return Side([Actor(None, "IMG", "IMG")])
    return None


def _verbish(sv: SentenceView, k: int) -> bool:
    w = sv.word(k)
    return w.endswith("ed") or w in BE or w in HAVE


def _absorb(sv: SentenceView, t: Trig, trigs: list[Trig], limit: int) -> None:
    """What an absorbing frame governs (an infinitive, a that-clause, an event noun object)
    is its content, not an event of its own."""
    roles_verbs = {x.start for x in trigs if x.reading == "verb"}
    for x in trigs:
        if x is t or x.start < t.end or x.start >= limit or x.absorbed:
            continue
        between = sv.words[t.end : x.start]
        joined = any(w == "and" and (t.end + n + 1 in roles_verbs or _verbish(sv, t.end + n + 1))
                     for n, w in enumerate(between))  # "and" before a verb starts a clause of its own
        if joined or any(w in (";", "but") for w in between) or between.count(",") > 0:
            break
        if x.reading == "noun" and t.frame.reacts:
            continue
        if x.reading == "noun" and t.frame.type == "AGREE" and x.light == t.start and x.frame.type != "AGREE" \
                and x.frame.type in ("SANCTION", "AID", "COERCE", "MOBILIZE"):
            t.consumed = True  # "the EU agreed new sanctions on Russia": the sanctions are the event
            return
        if x.reading == "noun" and x.light is not None and x.light != t.start and x.light >= t.end:
            x.absorbed = True
        x.absorbed = True
        t.inner = t.inner or x
