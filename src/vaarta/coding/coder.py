"""The Hindi event coder: frames over clauses, roles from postpositions.

For each clause of each sentence: find frame triggers, read every actor's role marker,
pick the agent (ने, else a bare subject, else — in nominal reports — the genitive) and the
recipients the frame asks for, resolve pronouns and elided subjects to the last salient
actor, then attach modality, date and place. An event is only made when a frame matched
and its roles are filled: there is no default event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from vaarta.coding.clauses import closing_of, marker_after, marker_closing, split_clauses
from vaarta.coding.common import (
    MentionIndex,
    dateline,
    dedupe,
    event_date,
    is_future_date,
    is_old_date,
    make_events,
    nearest,
)
from vaarta.coding.lexicon import Frame, Lexicon, Trigger
from vaarta.coding.modality import cues_in, modality_of
from vaarta.kb.codes import organisation_names
from vaarta.lang.hi.calendar import SAME_TIME_OPENERS
from vaarta.lang.hi.landmarks import ARRIVAL_POINTS, LANDMARK_WORDS, VEHICLE_WORDS
from vaarta.lang.hi.nouns import GROUP_NOUNS, ORGAN_NOUNS, PERSONNEL_NOUNS
from vaarta.lang.hi.postpositions import (
    AFTER,
    AGENT_PRONOUNS,
    ALLEGATION_NOUNS,
    BOTH,
    BOTH_WORD,
    CASE_MARKERS,
    CAUSE_SETTINGS,
    CAUSE_THEN,
    CLOSING_WORDS,
    CONDITIONALS,
    CONJUNCTIONS,
    CONSEQUENCE,
    CONTINUATIONS,
    COUNTERPART_MARKERS,
    DECISION_NOUNS,
    DEMONSTRATIVES,
    DONE,
    DONE_TO,
    DURING,
    DVARA,
    EACH_OTHER,
    FINITE_VERBS,
    GENITIVE,
    HAPPENED,
    MANNER_PHRASES,
    NAME_STOP,
    NEGATED_REASON,
    NEGATIVE_WORDS,
    NOT_LEAD_VERBS,
    NOT_YET,
    OBJECT_PRONOUNS,
    OBJECT_RELATIVES,
    PARTICIPLES,
    PARTY_MARKERS,
    PASSIVE_AUX,
    PASSIVE_INFINITIVES,
    PAST_MARKERS,
    POSSESSIVES,
    REACTION_OPENERS,
    REFLEXIVES,
    REFUSAL_WORDS,
    RELATIVE_PRONOUNS,
    SAID,
    SAYING,
    SETTING_AFTER,
    SIDELINES,
    SOURCE_MARKERS,
    SUBJECT_PRONOUNS,
    SUMMIT_NOUNS,
    THAT,
    TOPIC_MARKERS,
    UNTIL,
)
from vaarta.lang.hi.verbs import (
    ABILITY,
    ABSOLUTIVE,
    ADJECTIVAL_PARTICIPLES,
    AFTER_KAR,
    CASUALTY_VERBS,
    FUTURE_ENDINGS,
    HEADLINE_ADVERBS,
    INFINITIVE_OBLIQUE,
    NOT_SUBJUNCTIVE,
    SUBJUNCTIVE,
)
from vaarta.model import Actor, Doc, Event, EventDate, Evidence, Mention, Place, Sentence
from vaarta.ontology import SELF_DIRECTED

_W = r"[\u0900-\u0963\u0966-\u097F\w]"
_ABLE = re.compile(r"(?<!\S)(?:" + "|".join(ABILITY) + r")(?!\S)")
# "X को निकाले जाने के भारत के फैसले पर": the event and who decided it
_DECIDED_GAP = re.compile(rf"\s*(?:(?:{'|'.join(DONE)})\s+)?(?:(?:{'|'.join(PASSIVE_INFINITIVES)})\s+)?(?:{'|'.join(GENITIVE)})\s+$")
_DECISION = re.compile(rf"\s+(?:इस\s+|इन\s+)?(?:{'|'.join(DECISION_NOUNS)})(?!{_W})")
# the object noun phrase closing right before the subject: "कनाडा की इस कार्रवाई की भारत ने"
_OBJECT_FIRST = re.compile(rf"\s+(?:{'|'.join(GENITIVE)})(?:\s+\S+){{1,3}}?\s+(?:{'|'.join(GENITIVE)}|{CLOSING_WORDS['ko']})\s+")
# … and the thing another did, told by its doer: "Y द्वारा लगाए गए प्रतिबंधों को लेकर X ने …"
_ANSWERS_TO_CAUSE = frozenset(["SANCTION", "ACCUSE", "PROTEST", "THREATEN", "REJECT", "COERCE"])  # aimed at a cause's doer
# from a party to an event noun after it: "Y (के मिशन) पर (हुए) हमले"
_ON_THEN = re.compile(rf"(?:\s+\S+){{0,2}}?\s+{CLOSING_WORDS['par']}\s+(?:(?:{'|'.join(DONE_TO)})\s+)?")
_REACTION_TYPES = frozenset(["ACCUSE", "REJECT", "PROTEST", "SUPPORT"])  # what answers an act told before
_OBJECT_RELATIVE = re.compile(rf"(?<!{_W})(?:{'|'.join(OBJECT_RELATIVES)})(?!{_W})")
_BY_OBJECT_FIRST = re.compile(rf"\s+(?:{'|'.join(DVARA)})(?:\s+\S+){{1,4}}?\s+(?:{'|'.join(GENITIVE)}|{CLOSING_WORDS['ko']}|{CLOSING_WORDS['about']})\s+")
# a relative clause after the predicate describes something; its नहीं is not the event's
_RELATIVE = re.compile(rf"\s(?:{'|'.join(RELATIVE_PRONOUNS)})\s")
_WITH_COUNTERPART = re.compile(rf"(?:{'|'.join(COUNTERPART_MARKERS)}|(?<=\S) {CLOSING_WORDS['se']})\s+(?:\S+\s+){{0,3}}$")
_HELD_MEETING = re.compile(rf"(?:{'|'.join(HAPPENED)})\s+(?:\S+\s+){{0,3}}$")
_SOURCE = re.compile(rf"(?:\s+(?!ने(?!{_W}))\S+){{0,4}}?\s+(?:{'|'.join(SOURCE_MARKERS)})(?!{_W})")
_SETTING = re.compile(rf"\s*(?:{'|'.join(SETTING_AFTER)})(?!{_W})")
FUTURE_ATTACK = "138"  # CAMEO: threaten with military force
_ON_TARGET = frozenset(["ASSAULT", "COERCE"])  # placed on the target's soil
_ANSWERS = frozenset(["REQUEST", "REJECT"])  # put to the other party of the story, when no one is named
# … unless the clause names an addressee the KB does not know: "पश्चिमी देशों से अपील की"
_COUNTERPART_IN = re.compile(rf"(?:{'|'.join(COUNTERPART_MARKERS)}|\s{CLOSING_WORDS['se']})(?!{_W})")
_DURING_AFTER = re.compile(rf"\s*(?:{'|'.join(DURING)})(?!{_W})")
# "इस प्रक्षेपण को …": the act just told, as the object of a reaction
_THIS_ACT = re.compile(rf"(?<!{_W})(?:{'|'.join(DEMONSTRATIVES)})\s+(?:\S+\s+)?(?:{CLOSING_WORDS['ko']}|{CLOSING_WORDS['par']})(?!{_W})")
_ADDRESSED = re.compile(rf"\S\s+{CLOSING_WORDS['se']}(?!{_W})")
_ALLEGED_TYPES = frozenset(["ASSAULT", "COERCE", "THREATEN", "MOBILIZE"])
# (the event's own infinitive may stand between: "हमला करने का आरोप", "हमले किए जाने के आरोप")
_ALLEGED = re.compile(rf"(?:\s+\S+(?:ने|ए|ये)){{0,2}}\s*(?:{'|'.join(GENITIVE)})\s+(?:{'|'.join(ALLEGATION_NOUNS)})(?!{_W})")
_PHRASE_MARKERS = frozenset(["par", "khilaf", "saath", "se", "ko", "liye", "prati"])
_OBJECT_PRONOUN_RE = re.compile(rf"(?<!{_W})({'|'.join(OBJECT_PRONOUNS)})(?!{_W})")
_PRONOUN_RE = re.compile(rf"(?<!{_W})({'|'.join(AGENT_PRONOUNS + SUBJECT_PRONOUNS + BOTH)})(?!{_W})")
# the postposition that closes a longer phrase an actor opens ("ईरान के तेल नेटवर्क … पर")
_MARKER_WORDS = CLOSING_WORDS
# acts a headline or a setting tells as a noun with its doer in the genitive: "X की Y को चेतावनी"
_TOLD_AS_NOUN = frozenset({"THREATEN", "REQUEST", "SUPPORT", "ACCUSE", "PROTEST"})
_GENITIVE_GAP = re.compile(rf"\s+(?:{'|'.join(GENITIVE)})\s+")
_ADDRESSEE_GAP = re.compile(rf"\s+(?:{CLOSING_WORDS['ko']}|{CLOSING_WORDS['se']})\s+(?:\S+\s+){{0,4}}")
# "भारत का (सातवां राहत) विमान": a state's plane, ship or convoy, up to three words between
# (the vehicle is the subject, not an object: "… चीनी लड़ाकू विमानों को ट्रैक करने के लिए")
_DEMONYM_VEHICLE = re.compile(rf"\s+(?:\S+\s+){{0,2}}?(?:{'|'.join(VEHICLE_WORDS)})(?!{_W})(?!\s+(?:{'|'.join(CASE_MARKERS)})(?!{_W}))")
_VEHICLE_OF = re.compile(rf"\s+(?:{'|'.join(GENITIVE)})(?:\s+\S+){{0,3}}?\s+(?:{'|'.join(VEHICLE_WORDS)})(?![\u0900-\u0963\u0966-\u097F])")
_CLOSING = {w: re.compile(rf"(?:\s+\S+){{0,10}}?\s+{w}(?![\u0900-\u0963\u0966-\u097F])")
            for w in _MARKER_WORDS.values()}
_PARTICIPLE = re.compile(rf"(?:{'|'.join(PARTICIPLES)})\s+(?:{'|'.join(PASSIVE_AUX)})(?:\s+\S+){{0,4}}\s*$")
_PARTICIPLE_IN = re.compile(rf"(?<!{_W})(?:{'|'.join(PARTICIPLES)})\s+(?:{'|'.join(PASSIVE_AUX)})(?!{_W})")
_AFTER = re.compile(rf"(?<!{_W})(?:{'|'.join(AFTER + CAUSE_THEN)})(?!{_W})")
_SAYING = re.compile(rf"\s+(?:{'|'.join(GENITIVE)})\s+(?:{'|'.join(SAYING)})(?!{_W})")
_NEGATIVE = re.compile(rf"(?<!{_W})(?:{'|'.join(NEGATIVE_WORDS)})(?!{_W})")
_REACTION = re.compile(rf"(?<!{_W})(?:{'|'.join(REACTION_OPENERS)})(?!{_W})")
_GEN_AFTER = re.compile(rf"\s+(?:{'|'.join(GENITIVE)})\s+")
# what a reaction takes its object with: "दौरे पर आपत्ति", "यात्रा का विरोध", "दौरे की निंदा"
_REACTIONS = frozenset({"ACCUSE", "PROTEST", "REJECT", "THREATEN"})
_OBJECT_OF_REACTION = re.compile(rf"\s+(?:{'|'.join(GENITIVE + TOPIC_MARKERS)}|{CLOSING_WORDS['par']})\s+")
_OBJECT_AFTER = re.compile(rf"\s+(?:{'|'.join(GENITIVE + TOPIC_MARKERS)})\s+")
# "कार्रवाई और गोले बरसाने की घटना पर … आपत्ति": the first of two coordinated objects
_AND_OBJECT_AFTER = re.compile(rf"\s+(?:{'|'.join(CONJUNCTIONS)})(?:\s+[^\s,।]+){{1,5}}?\s+(?:{'|'.join(GENITIVE + TOPIC_MARKERS)})\s+")
_NE_VERB = re.compile(rf"(?<!{_W}){CLOSING_WORDS['ne']}\s+(?:(?:{'|'.join(HEADLINE_ADVERBS)})\s+)?({_W}+)(?!{_W})")
_IN_IT_KILLED = re.compile(rf"\s+{CLOSING_WORDS['me']}(?:\s+\S+){{0,8}}?\s+(?:{'|'.join(CASUALTY_VERBS)})(?!{_W})")
_HYPHEN = re.compile(r"\s*[-–]\s*")
_AND_GAP = re.compile(rf"\s*(?:को|पर|से)?\s*(?:,|{'|'.join(CONJUNCTIONS)})\s*")
_HISTORICAL_HINT = re.compile(rf"(?:{'|'.join(PAST_MARKERS)})(?![\u0900-\u0963\u0966-\u097F])")
_IN_PHRASE = re.compile(r"(?:\s+\S+){0,3}?\s+में(?![\u0900-\u0963\u0966-\u097F])")
_PASSIVE_AFTER = re.compile(rf"\s+(?:{'|'.join(PASSIVE_AUX)})(?![\u0900-\u0963\u0966-\u097F])")
_NE = re.compile(r"\s+ने(?![\u0900-\u0963\u0966-\u097F])")
_IN = re.compile(r"\s+में(?![\u0900-\u0963\u0966-\u097F])")
_EACH_OTHER = re.compile(rf"(?<!{_W})(?:{'|'.join(EACH_OTHER)})(?!{_W})")
_PARTY_AFTER = re.compile(rf"\s+(?:{'|'.join(PARTY_MARKERS)})(?!{_W})")
_ANAPHOR = re.compile(rf"(?<![\u0900-\u097F\w-])(?:{'|'.join(DEMONSTRATIVES)})\s+(?:\S+\s+)?$")  # (not "जे-इन")
_CONDITION = re.compile(rf"(?<!{_W})(?:{'|'.join(CONDITIONALS)})(?!{_W})")
_THEN = re.compile(rf"(?<!{_W})(?:{'|'.join(CONSEQUENCE)})(?!{_W})")
_COMMA = re.compile(r",")
_NOT_YET = re.compile(rf"\s*(?:{'|'.join(NOT_YET)})(?!{_W})")
_INFINITIVE_OBJECT = re.compile(
    rf"\s+{CLOSING_WORDS['ko']}\s+(?:\S+\s+){{0,2}}?\S+{INFINITIVE_OBLIQUE}\s+({'|'.join(GENITIVE)}|"
    rf"{CLOSING_WORDS['par']}|{CLOSING_WORDS['se']}|{CLOSING_WORDS['liye']})(?!{_W})")
_SUMMIT_SETTING = re.compile(rf"(?:[\s-]*\d{{4}})?\s+(?:{'|'.join(SUMMIT_NOUNS)})(?:\s+\d{{4}})?\s+(?:{'|'.join(SIDELINES)})(?!{_W})")
_UNTIL = re.compile(rf"\s*(?:{'|'.join(UNTIL)})(?!{_W})")
_NEGATED_REASON = re.compile(rf"(?<!{_W})(?:नहीं|न)\s+(?:\S+\s+){{0,2}}?\S+ने\s+(?:{'|'.join(NEGATED_REASON)})(?!{_W})")
_SETTING_IN = re.compile(rf"\s(?:{'|'.join(SETTING_AFTER)})(?!{_W})")
_REFUSED = re.compile(rf"\s+(?:{CLOSING_WORDS['se']}|{CLOSING_WORDS['ko']})\s+(?:\S+\s+)?(?:{'|'.join(REFUSAL_WORDS)})")
_MANNER = re.compile(rf"(?:{'|'.join(MANNER_PHRASES)})$")
# between a destination and its visit: "भारत की", "दक्षिण अफ्रीका की अपनी (आधिकारिक यात्रा)"
# between a city and the verb of arriving: "माले बंदरगाह पहुंचा", "काबुल में", "दिल्ली तक"
_ARRIVED_GAP = re.compile(rf"\s*(?:(?:{'|'.join(ARRIVAL_POINTS)})\s+)?(?:में\s+|तक\s+)?")
_DEST_GAP = re.compile(rf"\s*(?:(?:{'|'.join(GENITIVE)})\s+)?(?:(?:{'|'.join(REFLEXIVES)})\s+)?(?:लिए\s+)?")
_AND_NEXT = re.compile(rf"\s*,?\s+(?:{'|'.join(CONJUNCTIONS)})\s")
_SAID_TO = re.compile(rf"\s+{CLOSING_WORDS['se']}\s+(?:\S+\s+){{0,2}}?(?:{'|'.join(SAID)})(?!{_W})")
_SAID_AFTER = re.compile(rf"\s+ने\s+(?:\S+\s+){{0,3}}?(?:{'|'.join(SAID)})(?!{_W})")
# "भारतीय नौसेना कर्मियों को": the people of a body named after it
_PERSONNEL = re.compile(rf"\s+(?:{'|'.join(PERSONNEL_NOUNS + GROUP_NOUNS)})(?!{_W})")
_ORGAN_OF = re.compile(rf"\s+(?:\([^()]{{1,40}}\)\s+)?(?:{'|'.join(GENITIVE)})\s+(?:{'|'.join(ORGAN_NOUNS)})(?!{_W})")
_ORGAN_NE = re.compile(rf"((?:\s+[^\s,।]+){{1,2}})\s+ने(?!{_W})")
# a finite verb and a conjunction: the next predicate of the clause begins
_NEXT_PREDICATE = re.compile(rf"(?<!{_W})(?:{'|'.join(FINITE_VERBS)})\s*,?\s+(?:{'|'.join(CONJUNCTIONS)})\s")
_THAT = re.compile(rf"\s*{THAT}(?!{_W})")
_COUNT_AFTER = re.compile(r"\s+(?:\d|लगभग\s|करीब\s|कुल\s)")
# the trigger's own light verb as an absolutive, another predicate after it
_ABSOLUTIVE_NEXT = re.compile(rf"(\s+(?:(?:{'|'.join(ABSOLUTIVE)})(?!\s+(?:{'|'.join(AFTER_KAR)})(?!{_W}))|\S+ते\s+हुए))\s+")
_CONTINUES = re.compile(rf"^\s*(?:{'|'.join(CONTINUATIONS)})(?!{_W})")


@dataclass
class _Role:
    mention: Mention
    marker: str
    closes: int = -1  # a state adjective: where the postposition of its phrase stands

    @property
    def actor(self) -> Actor:
        return self.mention.actor  # type: ignore[return-value]


@dataclass
class _State:
    """What the coder remembers between clauses: the salient agent and the last meeting."""

    salient: list[Actor] = field(default_factory=list)
    last_participants: list[Actor] = field(default_factory=list)
    paragraph: int = -1
    sentence_events: list[Event] = field(default_factory=list)
    last_date: EventDate | None = None
    # type -> (actors, recipients) of its last event
    last_of: dict[str, tuple[list[Actor], list[Actor]]] = field(default_factory=dict)
    last_event: Event | None = None
    # where the last visit told took place, and between whom
    visit: tuple[frozenset[str | None], Place] | None = None
    # in the कि-clause of an accusation: (the accused, the accuser)
    complement: tuple[list[Actor], list[Actor]] | None = None
    # where the triggers of reactions to another's act begin (objections, condemnations, praise)
    reactions: frozenset[int] = frozenset()


def code_events(doc: Doc, lex: Lexicon) -> list[Event]:
    text = doc.text
    actors = MentionIndex([m for m in doc.mentions if m.kind == "actor" and m.actor is not None])
    places = MentionIndex([m for m in doc.mentions if m.kind == "place"])
    dates = MentionIndex([m for m in doc.mentions if m.kind == "date"])
    home_dateline = dateline(doc, places)
    state = _State()
    events: list[Event] = []
    sentences = doc.sentences
    all_triggers = lex.find_triggers(text)
    para_start = 0
    trig_starts = [t.start for t in all_triggers]
    trigger_set = frozenset(trig_starts)
    # predicates that take an event noun as their genitive object ("हमले की निंदा")
    governors = frozenset(t.start for t in all_triggers if lex.is_predicate(t.word))
    state.reactions = frozenset(t.start for t in all_triggers if lex.types_of[t.word] & _REACTIONS)
    for si, sent in enumerate(sentences):
        if sent.paragraph != state.paragraph and sent.paragraph - state.paragraph > 2:
            state.salient = []
        if sent.paragraph != state.paragraph:
            para_start = sent.start
        state.paragraph = sent.paragraph
        state.sentence_events = []
        if bisect_left(trig_starts, sent.start) == bisect_left(trig_starts, sent.end):
            # no predicate here: only remember who acted ("X ने ...") for later pronouns
            agents = [m.actor for m in actors.within(sent.start, sent.end)
                      if m.actor.country and _NE.match(text, m.end)]  # type: ignore[union-attr]
            opening = actors.within(sent.start, sent.end)[:1]
            if not agents and opening and opening[0].actor.country and (opening[0].actor.office or opening[0].actor.kb_id) \
                    and opening[0].source != "kb.state" and not text[sent.start : opening[0].start].strip() \
                    and marker_after(text, opening[0].end, sent.end) == "none":
                # "सेना प्रमुख जनरल नरवणे समापन पर मौजूद रहे। वे … पहुंचे थे": a bare subject opening it
                agents = [opening[0].actor]  # type: ignore[list-item]
            if agents:
                state.salient = agents  # type: ignore[assignment]
            # and who stood against whom: "X और Y की सेनाओं के बीच गतिरोध रहा। दोनों देशों ने …"
            between = [r.actor for r in _roles(text, actors.within(sent.start, sent.end), sent.end)
                       if r.marker == "beech" and r.actor.country]
            if len({a.country for a in between}) > 1:
                state.last_participants = between
            continue
        clauses = split_clauses(text, sent.start, sent.end)
        for ci, (cs, ce) in enumerate(clauses):
            roles = _possessed(text, _roles(text, actors.within(cs, ce), ce), state)
            between = [r.actor for r in roles if r.marker == "beech" and r.actor.country]
            if len({a.country for a in between}) > 1:
                # "X और Y के बीच बातचीत के बाद दोनों देशों ने …": they are whom दोनों means
                state.last_participants = between
            lo, hi = bisect_left(trig_starts, cs), bisect_left(trig_starts, ce)
            triggers = [t for t in all_triggers[lo:hi] if t.end <= ce]
            # a name inside an event noun is no party of the clause ("आतंकी हमले": the frame's unnamed attackers)
            roles = [r for r in roles if not any(t.start <= r.mention.start and r.mention.end < t.end for t in triggers)]
            # "X द्वारा संचालित मीडिया के अनुसार": a cited source is no party
            roles = [r for r in roles if not _SOURCE.match(text, r.mention.end, ce)]
            # "जी-20 शिखर सम्मेलन के इतर …": a summit's body named as the setting is no party
            roles = [r for r in roles if not _SUMMIT_SETTING.match(text, r.mention.end, ce)]
            # "दोनों सेनाओं": the organs of the two parties already named, not the home state's
            roles = [r for r in roles if not (r.mention.source.startswith("kb.role")
                                              and text[: r.mention.start].endswith(BOTH_WORD + " "))]
            pronoun_roles = _pronouns(text, cs, ce, state, roles) if triggers else []
            spent: list[tuple[int, int]] = []  # light verbs of events made: "मदद पहुंचा" is no visit
            addressee: list[Actor] = []
            speaker: list[Actor] = []
            for hit in triggers:
                if any(a <= hit.start < b for a, b in spent):
                    continue
                for trig, frame in lex.readings(hit):
                    if not _frame_fits(frame, text, trig, (cs, ce)):
                        continue
                    if frame.type not in ("REQUEST", "AGREE") and lex.requested_re is not None and \
                            not _SETTING.match(text, trig.end) and not _DURING_AFTER.match(text, trig.end) and \
                            lex.requested_re.search(text, trig.end, _predicate_end(text, trig.end, ce)):
                        continue
                    follow = sentences[si + 1] if si + 1 < len(sentences) else None
                    if follow is not None and (follow.paragraph != sent.paragraph or not _CONTINUES.match(follow.text)):
                        follow = None
                    if frame.bids and not _bid(text, clauses, ci):
                        continue
                    if _verb_of_another(frame, text, trig, ce, triggers):
                        continue  # "हथियार बेचने पर … की चेतावनी दी": दी is the warning's
                    if frame.type != "REJECT" and _REFUSED.match(text, trig.end):
                        continue  # "बातचीत से साफ इनकार": the talk is what was refused (REJECT's)
                    that = _that_clause(text, clauses, ci, actors) if frame.object_clause else None
                    # a second predicate after this one's verb ("X ने धमकी दी और Z पर हुए हमले को
                    # जुल्म बताया") holds its own roles, not this one's
                    nxt = _NEXT_PREDICATE.search(text, trig.end, ce)
                    own_roles = [r for r in roles + pronoun_roles if nxt is None or r.mention.start < nxt.start()]
                    ev = _build(doc, lex, frame, trig, own_roles, (cs, ce), sent.start,
                                sent.end, places, dates, home_dateline, state, follow, para_start,
                                trigger_set, that or [], governors)
                    if ev and _subjunctive_that(text, cs, ce):  # "कहा कि रूस अपनी सेनाएं हटाए": asked, not done
                        ev = [replace(e, modality="hypothetical") if e.modality in ("asserted", "future", "negated") else e
                              for e in ev]
                    if ev:
                        if frame.needs_re is not None and (verb := frame.needs_re.search(text, trig.end, ce)):
                            spent.append(verb.span())
                        events.extend(ev)
                        state.sentence_events.extend(ev)
                        state.last_of[ev[0].type] = (ev[0].actors, ev[0].recipients)
                        state.last_event = ev[-1]
                        if ev[0].date and ev[0].date.precision != "publication":
                            state.last_date = ev[0].date
                        if that is not None and ev[0].recipients and not (
                                {a.country for a in ev[0].recipients} & {r.actor.country for r in that}):
                            # (a party named inside the कि-clause is no addressee: "धमकी दी कि
                            # वह Y पर हमला करेगा" — there वह is the speaker)
                            addressee, speaker = ev[0].recipients, ev[0].actors
                        break
            agents = [r.actor for r in roles if r.marker == "ne" and r.actor.country] or \
                [r.actor for r in roles if r.marker == "gen" and r.actor.country and (
                    _SAYING.match(text, r.mention.end, ce) or _closes_with(text, r, roles, ce, "ने"))]
            # ("अफगान सरकार के प्रवक्ता जबिबुल्लाह मुजाहिद ने कहा": the state whose spokesman spoke)
            if not agents and state.sentence_events and all(
                    r.marker != "ne" for r in roles):  # "मुइज्जू भारत पहुंचे": a bare subject acted
                agents = [a for a in state.sentence_events[-1].actors if a.country]
            if agents and not _CONDITION.search(text, cs, ce):  # "अगर X ने …": no one's turn yet
                state.salient = agents
            state.complement = None
            if addressee:  # "Y पर आरोप लगाया कि उसने …", "Y से अपील की कि वह …": उसने/वह is Y
                state.salient = addressee
                state.complement = (addressee, speaker)
    for n, ev in enumerate(events):
        ev.event_id = f"{doc.id}:{n}"
    return events


def _addressed(text: str, doc: Doc, start: int, that: int, speakers: set[str | None]) -> list[Actor]:
    """Whom the saying before a कि-clause is addressed to: "X ने Y से कहा कि …" → Y."""
    said = [m for m in doc.mentions if m.kind == "actor" and m.actor is not None and start <= m.start < that]
    return [r.actor for r in _roles(text, said, that)
            if r.marker == "se" and r.actor.country and r.actor.country not in speakers
            and _SAID_TO.match(text, r.mention.end, that)][:1]


def _verb_of_another(frame: Frame, text: str, trig: Trigger, ce: int, triggers: list[Trigger]) -> bool:
    """The light verb a noun frame found after its trigger is part of a later trigger that
    holds its own verb ("गंभीर नतीजे भुगतने की चेतावनी दी"), so it is that predicate's."""
    if frame.needs_re is None or _SETTING.match(text, trig.end):
        return False
    verb = frame.needs_re.search(text, trig.end, ce)
    return verb is not None and any(
        t.start > trig.end and t.start < verb.start() < t.end and _predicate(t.word) for t in triggers)


def _bid(text: str, clauses: list[tuple[int, int]], ci: int) -> bool:
    """The कि-clause after clause ``ci`` asks rather than reports: it has no ने agent and ends
    in a subjunctive ("कहा कि वह आतंकी गुटों पर कार्रवाई करे")."""
    if ci + 1 >= len(clauses):
        return False
    ns, ne_ = clauses[ci + 1]
    return not text[clauses[ci][1] : ns].strip() and _subjunctive_that(text, ns, ne_)


def _subjunctive_that(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a कि-clause with no ने agent that ends in a subjunctive: what
    it tells is asked or wished for, not done."""
    if not _THAT.match(text, start) or _NE.search(text, start, end):
        return False
    words = text[start:end].strip(" ।.,!?\"'”’\n").split()
    return len(words) > 2 and words[-1] not in NOT_SUBJUNCTIVE and (
        words[-1] in SUBJUNCTIVE or words[-1].endswith("ें"))


def _setting_before_agent(text: str, roles: list[_Role], start: int, end: int) -> int | None:
    """Where a setting phrase ("… के बाद") closes between ``start`` and the first ने agent
    after it; None when no ने agent follows or none closes before it."""
    agent = next((r.mention.start for r in roles if r.marker == "ne" and r.mention.start >= start), None)
    if agent is None:
        return None
    m = _SETTING_IN.search(text, start, agent)
    return m.end() if m else None


def _target_city(text: str, places: MentionIndex, start: int, end: int, targets: set[str | None],
                 filed_from: Place | None) -> Place | None:
    """The first named place of a target state between ``start`` and ``end`` that is not the
    dateline (a place told as where it happened: "… में")."""
    for p in places.within(start, end):
        if p.place and p.place.name and p.place.country in targets and p.place != filed_from and _IN.match(text, p.end):
            return p.place
    return None


def _place_before(text: str, places: MentionIndex, clause: tuple[int, int], t0: int) -> Actor | None:
    """The state of a place named right before an event noun ("पहलगाम आतंकी हमले")."""
    for p in places.within(clause[0], t0):
        if p.place and p.place.country and not text[p.end : t0].strip():
            return Actor(None, p.place.country, None, text=p.text)
    return None


def _joined(text: str, roles: list[_Role], i: int) -> bool:
    """Role ``i`` is the last of "X और Y", X bare too: a subject, not a qualifier of the noun
    after it ("रूस और यूक्रेन युद्धविराम पर राजी")."""
    return i > 0 and roles[i - 1].marker == "none" and roles[i - 1].actor.country is not None and \
        _AND_GAP.fullmatch(text, roles[i - 1].mention.end, roles[i].mention.start) is not None


def _predicate_end(text: str, start: int, end: int) -> int:
    """Where the predicate that runs from ``start`` ends: at "… की और" a second one begins
    ("X ने हमले की निंदा की और Y से … की मांग की": the demand is not what was condemned)."""
    if _AND_NEXT.match(text, start, end):  # the trigger held its own verb: "चेतावनी दी, और …"
        return start
    m = _NEXT_PREDICATE.search(text, start, end)
    end = m.start() if m else end
    # ("राजदूत को तलब कर उन्हें … लौटने को कहा": the absolutive ends the summons)
    a = _ABSOLUTIVE_NEXT.match(text, start, end)
    if a is None and (b := _ABSOLUTIVE_NEXT.search(text, max(0, start - 8), end)) is not None \
            and b.end(1) == start:
        return start  # (the trigger ends with it: "को तलब कर")
    return a.end(1) if a else end


def _that_clause(text: str, clauses: list[tuple[int, int]], ci: int, actors: MentionIndex) -> list[_Role] | None:
    """The roles of the कि-clause right after clause ``ci`` ("आरोप लगाया कि X ने …"); None
    when no कि-clause follows."""
    if ci + 1 >= len(clauses):
        return None
    ns, ne_ = clauses[ci + 1]
    if not (that := _THAT.match(text, ns)) or text[clauses[ci][1] : ns].strip():
        return None
    if that.end() >= ne_ - 1 and ci + 2 < len(clauses) and not text[ne_ : clauses[ci + 2][0]].strip(" \t“‘\"'"):
        ne_ = clauses[ci + 2][1]  # "आरोप है कि “चीन …”": the quote after कि is its clause
    return _roles(text, actors.within(ns, ne_), ne_)


def _roles(text: str, mentions: list[Mention], limit: int) -> list[_Role]:
    # "(एससीओ)" right after a name restates it, "क्वाड (भारत, अमेरिका, जापान और ऑस्ट्रेलिया)"
    # lists its members: neither is an actor of its own
    mentions = [m for m in mentions if not (text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")")
                and not _in_parentheses_after(text, m, mentions)]
    roles = [_adjective(text, m, limit) if m.source == "kb.demonym" else _Role(m, marker_after(text, m.end, limit))
             for m in mentions]
    # "पाक रेंजर्स ने", "इजरायल डिफेंस फोर्सेज ने": a state's name before a body the KB does
    # not know, closed by ने — the state acted
    for i, r in enumerate(roles):
        nxt = roles[i + 1].mention.start if i + 1 < len(roles) else limit
        if r.marker == "none" and r.mention.source == "kb.state" and \
                (m := _ORGAN_NE.match(text, r.mention.end, nxt)) and not set(m.group(1).split()) & NAME_STOP:
            r.marker = "ne"
        elif r.marker == "none" and r.actor.sector and (m := _PERSONNEL.match(text, r.mention.end, nxt)):
            r.marker = marker_after(text, m.end(), limit)
    # coordination: "X और Y ने" — X takes Y's marker; "X और अपने सहयोगियों से" — the
    # postposition that closes the coordinated phrase
    for i in range(len(roles) - 1, -1, -1):
        if roles[i].marker == "and":
            roles[i].marker = roles[i + 1].marker if i + 1 < len(roles) else marker_closing(text, roles[i].mention.end, limit)
            if roles[i].marker in ("about", "and") and text[roles[i].mention.end :].lstrip().startswith(","):
                # "पुतिन से मिले मोदी, यूक्रेन युद्ध पर हुई बात": a comma, then a topic or no
                # other party, ends a headline's subject, not a list
                roles[i].marker = "none"
    # "X के प्रशासन की तरफ से": an organ the KB knows by role alone, right after X's genitive,
    # is X's, and acts with the marker after it; X is no other party of the clause
    folded: set[int] = set()
    for i in range(len(roles) - 1):
        r, o = roles[i], roles[i + 1]
        if r.marker == "gen" and r.actor.country and not o.actor.country and o.mention.source.startswith("kb.role") \
                and _ORGAN_OF.fullmatch(text, r.mention.end, o.mention.end):
            roles[i + 1] = _Role(replace(o.mention, actor=replace(o.actor, country=r.actor.country)), o.marker, o.closes)
            folded.add(i)
    return [r for i, r in enumerate(roles) if i not in folded]


def _in_parentheses_after(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """``m`` stands inside a parenthesis that opens right after another actor's name."""
    opened = text.rfind("(", max(0, m.start - 80), m.start)
    if opened < 0 or text.find(")", opened, m.start) >= 0 or text.find(")", m.end, m.end + 80) < 0:
        return False
    return any(o.end <= opened and not text[o.end : opened].strip() for o in mentions)


def _possessed(text: str, roles: list[_Role], state: _State) -> list[_Role]:
    """"इजरायल ने कहा कि उसकी सेना ने …": an organ after a possessive pronoun is the
    salient actor's, whatever state the clause names."""
    # a reflexive (अपने) is the clause's own agent's: "पाकिस्तान ने अपने उच्चायोग से …"
    own = next((r.actor.country for r in roles if r.marker == "ne" and r.actor.country), None)
    if not own and (not state.salient or not state.salient[0].country):
        return roles
    out = []
    for r in roles:
        before = text[max(0, r.mention.start - 8) : r.mention.start].split()
        if r.actor.sector and before and before[-1] in POSSESSIVES and r.mention.source.startswith("kb.role"):
            whose = own if own and before[-1] in REFLEXIVES else (state.salient[0].country if state.salient else None)
            if whose:
                r = _Role(replace(r.mention, actor=replace(r.actor, country=whose)), r.marker, r.closes)
        out.append(r)
    return out


def _genitive_doer(text: str, roles: list[_Role], used: set[int], t0: int) -> _Role | None:
    """The doer of an act told as a noun: the genitive right before its addressee ("X की Y को
    चेतावनी", "X की Y से अपील"), with at most a few words between the addressee and the noun."""
    for i in range(len(roles) - 1):
        doer, addressee = roles[i], roles[i + 1]
        if i in used or doer.marker != "gen" or addressee.marker not in ("ko", "se") or not doer.actor.country \
                or doer.actor.country == addressee.actor.country or addressee.mention.end > t0:
            continue
        if _GENITIVE_GAP.fullmatch(text, doer.mention.end, addressee.mention.start) and \
                _ADDRESSEE_GAP.fullmatch(text, addressee.mention.end, t0):
            return doer
    return None


def _adjective(text: str, m: Mention, limit: int) -> _Role:
    """A state adjective takes the marker of the phrase it opens: "रूसी बैंकों पर" is पर."""
    found = closing_of(text, m.end, limit)
    return _Role(m, found[0], found[1]) if found else _Role(m, "adj")


def _pronouns(text: str, cs: int, ce: int, state: _State, roles: list[_Role]) -> list[_Role]:
    out: list[_Role] = []
    for m in _PRONOUN_RE.finditer(text, cs, ce):
        word = m.group(1)
        if word in BOTH:
            group = state.last_participants
            marker = "ne" if word == "दोनों ने" else marker_after(text, m.end(), ce)
        else:
            group = state.salient
            marker = "ne" if word in AGENT_PRONOUNS else marker_after(text, m.end(), ce)
        if word in SUBJECT_PRONOUNS and marker != "none":
            continue
        if any(r.marker == "ne" and r.actor.country for r in roles) and marker in ("ne", "none"):
            continue
        for a in group:
            out.append(_Role(Mention(m.start(), m.end(), m.group(1), "actor", actor=a, source="pronoun"),
                             marker))
    return out + _object_pronouns(text, cs, ce, state, roles)


def _object_pronouns(text: str, cs: int, ce: int, state: _State, roles: list[_Role]) -> list[_Role]:
    """"मुर्मू ने उनका स्वागत किया": an object pronoun stands for the last salient actor
    when the clause names an agent of another state (never the agent itself)."""
    agents = {r.actor.country for r in roles if r.marker in ("ne", "none") and r.actor.country}
    salient = [a for a in state.salient if a.country and a.country not in agents]
    if not agents or not salient or len(salient) != len(state.salient):
        return []
    out: list[_Role] = []
    for m in _OBJECT_PRONOUN_RE.finditer(text, cs, ce):
        if any(r.mention.start <= m.end() + 1 and r.mention.start >= m.end() for r in roles):
            continue  # "उसकी सेना": the possessive of an organ (read by _possessed)
        if any(0 <= m.start() - r.mention.end <= 6 and _AND_GAP.fullmatch(text[r.mention.end : m.start()])
               for r in roles):
            continue  # "विद्रोहियों और उनके ठिकानों पर": theirs, just named
        marker = OBJECT_PRONOUNS[m.group(1)]
        if not marker:  # a genitive: "उनके साथ", "उनके ठिकानों पर", "उनका ... स्वागत"
            marker = marker_after(text, m.end() - 2, ce) if m.group(1).endswith(GENITIVE[-1]) else "none"  # उनके
            if marker in ("gen", "none"):
                closing = closing_of(text, m.end(), ce)
                marker = closing[0] if closing and closing[0] in _PHRASE_MARKERS else "gen"
        out += [_Role(Mention(m.start(), m.end(), m.group(1), "actor", actor=a, source="pronoun"), marker)
                for a in salient]
    return out


def _frame_fits(frame: Frame, text: str, trig: Trigger, clause: tuple[int, int]) -> bool:
    ce = clause[1]
    if trig.word in ADJECTIVAL_PARTICIPLES and _COUNT_AFTER.match(text, trig.end, ce):
        return False  # "गिरफ्तार 47 मछुआरों को …": the arrested, told as a qualifier
    if _NOT_YET.match(text, trig.end) or (" " in trig.word and _NOT_YET.match(text, trig.start + trig.word.rindex(" "))):
        return False  # "हमले की तैयारी", "बातचीत की संभावना": planned or possible, not told as done
    if frame.context_re is not None and not frame.context_re.search(text, clause[0], ce):
        return False
    if frame.avoid_re is not None and frame.avoid_re.search(text, max(clause[0], trig.start - frame.avoid_before), min(ce, trig.end + 30)):
        return False  # near the trigger: "जापान सागर में दागीं" (another trigger of the clause may fit)
    if frame.blocks:
        after = text[trig.end : min(ce, trig.end + 40)].lstrip()
        # a meeting told with its counterpart or as having taken place is an event even as the
        # setting of another: "रुतो के साथ वार्ता के बाद", "के बीच हुई शिखर वार्ता में"
        lead = text[max(clause[0], trig.start - 40) : trig.start]
        happened = frame.symmetric and _HELD_MEETING.search(lead) is not None
        told = happened or (frame.symmetric and _WITH_COUNTERPART.search(lead) is not None)
        for b in frame.blocks:
            if after.startswith(b) and not (happened if b in DURING else told):
                return False
        # (only in the trigger's own predicate: "X ने Y को धमकी दी और Z की घटना को जुल्म
        # करार दिया" — the second predicate's करार is another act)
        if frame.blocks_re and frame.blocks_re.search(
                text, trig.end, m.start() if (m := _NEXT_PREDICATE.search(text, trig.end, ce)) else ce):
            return False
    if frame.needs_re is None:
        return True
    if not _SETTING.match(text, trig.end) and frame.needs_re.search(text, trig.end, ce):
        return True  # (the verb after "हमलों के जवाब में" is the main clause's, not the noun's)
    if " " in trig.word and frame.needs_re.search(text, trig.start + trig.word.index(" "), trig.end):
        return True  # the trigger holds its light verb: "हमला बोला"
    # headline order, the light verb first: "पर लगाए नए प्रतिबंध", "को किया तलब"
    lead = text[max(clause[0], trig.start - 30) : trig.start]
    if (verb := _last_words(lead)) and any(frame.needs_re.fullmatch(w) for w in verb):
        return True
    # a headline's verb right after ने, its object after it: "भारत ने फिर भेजा श्रीलंका को … चावल"
    if (first := _NE_VERB.search(text, max(clause[0], trig.start - 80), trig.start)) is not None \
            and frame.needs_re.fullmatch(first.group(1)):
        return True
    # a passive participle before the noun: "रूस द्वारा … पर किए गए मिसाइल हमलों में"
    before = text[max(0, trig.start - 60) : trig.start]  # ("को प्रदान की गई आपात मानवीय भूकंप राहत सहायता")
    return _PARTICIPLE.search(before) is not None and frame.needs_re.search(before) is not None


def _consequence(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where the consequence of a condition begins: at तो, or failing that at the last comma
    ("अगर समूह हमले जारी रखता है, अमेरिका करारा जवाब देगा")."""
    then = _THEN.search(text, start, end)
    if then is None:
        for then in _COMMA.finditer(text, start, end):  # noqa: B007 — the last one
            pass
    return then


def _told_condition(text: str, sentence: tuple[int, int], t0: int, t_end: int) -> tuple[int, int] | None:
    """The span of a condition told with the event without अगर/यदि, ending at तो: after the
    trigger ("चेतावनी दी, सेना नहीं हटी तो …") or before it ("सेना नहीं हटी तो गंभीर परिणाम की
    चेतावनी"). None when the trigger is itself inside a condition ("अगर … हमला जारी रखा तो")."""
    if _CONDITION.search(text, sentence[0], t0):
        return None
    before = [m for m in _THEN.finditer(text, sentence[0], t0)]
    if before:
        comma = max((m.end() for m in _COMMA.finditer(text, sentence[0], before[-1].start())), default=sentence[0])
        return comma, before[-1].end()
    then = _THEN.search(text, t_end, sentence[1])
    return (t_end, then.end()) if then is not None else None


def _condition_before(text: str, start: int, t0: int) -> tuple[int, int] | None:
    """The span from अगर/यदि to its तो when both stand before ``t0``: the trigger is in the
    consequence."""
    opener = _CONDITION.search(text, start, t0)
    if opener is None:
        return None
    then = _THEN.search(text, opener.end(), t0)
    return (opener.start(), then.end()) if then is not None else None


def _predicate(word: str) -> bool:
    """A trigger that holds its own finite verb ("करारा जवाब देगा", "हमला किया")."""
    last = word.rsplit(" ", 1)[-1]
    return " " in word and (last in FINITE_VERBS or last.endswith(FUTURE_ENDINGS))


def _last_words(lead: str) -> list[str]:
    """The two words before a trigger that may be its verb put first, nearest last."""
    return [w for w in lead.split()[-2:] if w not in NOT_LEAD_VERBS]


def _build(doc: Doc, lex: Lexicon, frame: Frame, trig: Trigger, roles: list[_Role],
           clause: tuple[int, int], s_start: int, s_end: int, places: MentionIndex,
           dates: MentionIndex, dateline: Place | None, state: _State,
           follow: Sentence | None = None, paragraph_start: int = 0,
           trigger_starts: frozenset[int] = frozenset(), that: list[_Role] | None = None,
           governors: frozenset[int] = frozenset()) -> list[Event] | None:
    text = doc.text
    t0 = trig.start
    condition = _condition_before(text, s_start, t0) if "cond" not in frame.recipient else None
    if condition is not None:
        # "अगर X ने हमला जारी रखा तो हमने विमान अलर्ट पर रखे हैं": the consequence's parties are
        # not the condition's
        roles = [r for r in roles if not condition[0] <= r.mention.start < condition[1]]
    # an event noun that is only the setting of the clause's verb ("हमले के जवाब में", "हमले में
    # मारे गए"): the verb's parties come after it, and its ने agent is the verb's, not the noun's
    setting_noun = not frame.symmetric and frame.needs_re is None and (
        _SETTING.match(text, trig.end) is not None or (frame.default_actor is not None and _IN.match(text, trig.end) is not None))
    if not frame.symmetric and _SETTING.match(text, trig.end):
        roles = [r for r in roles if r.mention.end <= t0]  # the main verb's parties come after
    if setting_noun:
        roles = [r for r in roles if r.marker != "ne"]
    elif not frame.symmetric and (later := _setting_before_agent(text, roles, trig.end, clause[1])) is not None:
        # "इजरायल द्वारा युद्धविराम से इनकार करने … के बाद तुर्की ने": the agent after the setting is
        # the main verb's; the setting's own is its द्वारा or genitive
        roles = [r for r in roles if r.mention.start < later]
    used: set[int] = set()
    recipients: list[Actor] = []
    dest_place: Place | None = None
    # "इजरायली हवाई हमले": an adjective of the event noun itself names its agent, as a genitive
    roles = [replace(r, marker="gen") if r.mention.source == "kb.demonym" and r.mention.end <= t0
             and (r.closes < 0 or t0 < r.closes) and len(text[r.mention.end : t0].split()) <= 1 else r
             for r in roles]
    own_adjective = {id(r) for r in roles if r.mention.source == "kb.demonym" and r.marker == "gen"
                     and r.mention.end <= t0 and len(text[r.mention.end : t0].split()) <= 1}
    cause_doers: list[Actor] = []
    if not frame.symmetric:
        # "X द्वारा हमले के बाद से Y की नाकाबंदी": who did the setting's event is not this one's party
        settings = list(_SETTING.finditer(text, clause[0], t0))
        setting_end = settings[-1].end() if settings else clause[0]
        first = roles[0].mention.start if roles else -1  # (a bare subject opening the clause stays)
        kept = [r for r in roles if not (r.mention.end <= setting_end and (
            r.marker not in ("ne", "none") or (r.marker == "none" and r.mention.start != first))
            and not _own_argument(text, r, setting_end))]
        # ("नॉर्थ कोरिया द्वारा किए गए परीक्षण के कारण … प्रतिबंध": the cause's doer, kept aside)
        cause_doers = [r.actor for r in roles if r not in kept and r.marker in ("dvara", "gen") and r.actor.country
                       and settings and settings[-1].group().strip() in CAUSE_SETTINGS]
        roles = kept
    if frame.accused_agent:
        # "मिस्र ने कहा- इजरायल ने शांति संधि का खुला उल्लंघन किया": the speaker accuses
        # whoever broke it; the reporter's own words accuse no one
        said = [r for r in roles if r.marker == "ne" and r.mention.end < t0 and _SAID_AFTER.match(text, r.mention.end, t0)]
        if not said and _THAT.match(text, clause[0]) and state.salient:
            said = [_Role(Mention(t0, t0, "", "actor", actor=a, source="elided"), "ne") for a in state.salient]
        # "X ने Y का टैंकर जब्त किया, जिसे Y ने कानून का उल्लंघन बताया": जिसे is the act just
        # told; the one who calls it so accuses its doer
        told_act = bool(state.sentence_events) and _OBJECT_RELATIVE.match(text, clause[0]) is not None
        if not said and told_act:
            said = [r for r in roles if r.marker == "ne" and r.mention.end <= t0]
        speakers = {r.actor.country for r in said}
        accused = [r for r in roles if r.marker in ("ne", "dvara", "gen") and r.mention.start < t0 and r not in said
                   and r.actor.country and r.actor.country not in speakers][-1:] or [
            # the bare subject of the कि-clause said: "कहा कि पाकिस्तान आतंकवाद को बढ़ावा दे रहा है"
            r for r in roles if r.marker == "none" and r.mention.start < t0 and r not in said and r.actor.country
            and r.actor.country not in speakers and _THAT.match(text, clause[0])][:1]
        if not accused and told_act:
            accused = [_Role(Mention(t0, t0, "", "actor", actor=a, source="elided"), "gen")
                       for a in state.sentence_events[-1].actors if a.country and a.country not in speakers]
        if not said or not accused:
            return None
        roles = said + accused
        recipients = [accused[0].actor]
        used.add(len(said))
    if frame.object_clause and frame.type == "ACCUSE" and _THAT.match(text, clause[0]) and state.salient and \
            not any(r.marker in ("ne", "none") for r in roles):
        # "प्रवक्ता ने कहा कि यह दुर्भाग्यपूर्ण है कि X ने …": the one who said it disapproves
        roles = roles + [_Role(Mention(t0, t0, "", "actor", actor=a, source="elided"), "ne") for a in state.salient]
    if "cond" in frame.recipient:
        # "अगर X ने ऐसा किया तो (वह) करारा जवाब देगा": X is threatened, whoever speaks
        cond, then = _CONDITION.search(text, clause[0], t0), _consequence(text, clause[0], t0)
        if cond is None or then is None or then.start() < cond.end():
            return None
        inside = [r for r in roles if cond.end() <= r.mention.start < then.start()]
        named = [r for r in inside if r.marker in ("ne", "dvara")] or [r for r in inside if r.marker == "none"]
        recipients = [r.actor for r in named[:1]]
        roles = [r for r in roles if r.mention.start >= then.end()]
        said = [r for r in roles if r.mention.source == "pronoun"]
        if said and state.complement is not None:
            # "X ने चेतावनी दी कि अगर Y …, तो वह …": वह is X, who warns
            roles = [r for r in roles if r.mention.source != "pronoun"] + [
                _Role(replace(said[0].mention, actor=a), said[0].marker) for a in state.complement[1]]
    if frame.refers_to and frame.refers_role == "actors" and frame.refer_words_re is not None and \
            frame.refer_words_re.search(text, clause[0], t0):
        # "गुरदासपुर में हुए आतंकी हमले की निंदा": the attack was just told; whoever made it
        # is condemned, not the place or the people it hit
        told = [e for e in state.sentence_events if e.type == frame.refers_to]
        if told:
            recipients = list(told[-1].actors)
    # the agent's own state is no other party of a directed event: "मालदीव ने भारत को मालदीव से
    # सैनिक हटाने के लिए कहा" — the next marker names whom it was asked of
    own = {r.actor.country for r in roles if r.marker == "ne"} if frame.type not in SELF_DIRECTED else set()
    if frame.default_actor and (where := _place_before(text, places, clause, t0)) is not None:
        recipients = [where]  # "पुलवामा आतंकी हमले": the attack where it struck, whoever is named around it
    for marker in frame.recipient:
        if any((a.country and a.country not in own) or a.sector == "REB" for a in recipients):
            break  # the markers are alternatives, in order of preference
            # (a party of no state, "विपक्ष के नेता", lets the next marker try)
        recipients = []
        if marker == "gen":
            # the object noun phrase of praise, condemnation, hosting: the genitives between
            # the agent (if any) and the trigger; failing those, any actor there that is not
            # an agent, partner or target ("यूक्रेन पर रूस के हमले की निंदा" -> रूस)
            # ("X के 30 विमानों ने Y के हवाई क्षेत्र का उल्लंघन किया": X is the agent, not an object)
            acting = [r for r in roles if r.mention.end <= t0 and (r.marker == "ne" or (
                r.marker == "gen" and _closes_with(text, r, roles, t0, "ने")))]
            agent_end = max((r.mention.end for r in acting), default=clause[0])
            # (the event noun's own adjective is its agent, not its object: "इजराइली नाकाबंदी")
            span = [(i, r) for i, r in enumerate(roles) if agent_end <= r.mention.start < t0 and i not in used
                    and id(r) not in own_adjective]
            # with a ने agent named, "X की ओर से भेजी गई सहायता के लिए आभार": X is the object
            not_objects = ("ne", "se", "saath", "par", "ko", "me", "via") if agent_end > clause[0] else \
                ("ne", "se", "saath", "dvara", "par", "ko", "me", "via")
            # (a bare name that only qualifies an event noun is none: "आतंकी हमले")
            # (with no agent named, a bare name opening the clause is its subject, not an object:
            # "कतर इन आरोपों से इनकार करता है")
            opener = roles[0].mention.start if roles and roles[0].marker == "none" and agent_end == clause[0] \
                and not text[clause[0] : roles[0].mention.start].strip(" \t\"'“‘") else -1
            picked = [(i, r) for i, r in span if r.marker == "gen"] or \
                [(i, r) for i, r in span if r.marker not in not_objects and r.mention.end + 1 not in trigger_starts
                 and r.mention.start not in trigger_starts and r.mention.start != opener]
            if not picked and agent_end > clause[0]:
                # the object before the subject: "कनाडा की इस कार्रवाई की भारत ने आलोचना की"
                agent_start = min(r.mention.start for r in acting)
                picked = [(i, r) for i, r in enumerate(roles) if i not in used and r.marker == "gen"
                          and r.mention.end <= agent_start and r.actor.country
                          and _OBJECT_FIRST.fullmatch(text, r.mention.end, agent_start)][-1:]
                picked = picked or [(i, r) for i, r in enumerate(roles) if i not in used and r.marker == "dvara"
                                    and r.mention.end <= agent_start and r.actor.country
                                    and _BY_OBJECT_FIRST.fullmatch(text, r.mention.end, agent_start)][-1:]
            for i, r in picked:
                recipients.append(r.actor)
                used.add(i)
        elif marker == "other":
            # an agentless report names only the victims: "हमले में सीआरपीएफ के जवान शहीद"
            # (after it: "X के उच्चायुक्त को तलब कर हमले पर विरोध जताया" names no victim)
            for i, r in enumerate(roles):
                if i not in used and r.marker not in ("ne", "dvara", "via") and r.mention.start > t0 and \
                        (frame.default_actor is None or r.actor.sector != frame.default_actor):
                    recipients.append(r.actor)
                    used.add(i)
        elif marker in ("dest", "dest_in"):
            found = _destination(text, roles, places, t0, clause, marker == "dest_in")
            if not found and frame.needs_re is not None:
                verb = frame.needs_re.search(text, trig.end, clause[1])
                if verb:
                    found = _destination(text, roles, places, verb.start(), clause, marker == "dest_in")
            if found:
                idx, actor, place = found
                if idx is not None:
                    # "जापान, दक्षिण कोरिया और ताइवान का दौरा": the whole list is visited
                    while idx > 0 and _AND_GAP.fullmatch(text[roles[idx - 1].mention.end : roles[idx].mention.start]) \
                            and roles[idx - 1].marker not in ("ne", "dvara"):
                        idx -= 1
                        recipients.append(roles[idx].actor)
                        used.add(idx)
                        place = None
                    used.add(found[0])  # type: ignore[arg-type]
                if actor is not None:
                    recipients.append(actor)
                dest_place = place
        else:
            chosen: list[tuple[_Role, Actor]] = []
            for i, r in enumerate(roles):
                if i in used:
                    continue
                if r.marker == marker:
                    chosen.append((r, r.actor))
                    used.add(i)
                elif (marker in _MARKER_WORDS and r.marker == "gen" and (r.mention.start < t0 or marker == "near")
                      and _closes_with(text, r, roles, clause[1] if marker == "near" else trig.end, _MARKER_WORDS[marker])):
                    # ("सैनिकों को यूक्रेन की सीमा के पास जमा …": where troops go may follow them)
                    # "जैश के शिविर पर", "किम के पिता से": the party is something of this actor's —
                    # its state, not the person named
                    chosen.append((r, replace(r.actor, name=None, kb_id=None, wikidata=None)))
                    used.add(i)
            if marker == "par" and frame.refers_to == "ASSAULT" and frame.refer_words_re is not None:
                # "X ने Y मिशन पर हुए हमले की निंदा की": Y is whom the attack hit, not whom X accuses
                chosen = [c for c in chosen if not ((m := _ON_THEN.match(text, c[0].mention.end))
                                                    and frame.refer_words_re.match(text, m.end()))]
            chosen = [c for c in chosen if c[1].country and c[1].country not in own] or \
                [c for c in chosen if c[1].country] or chosen  # "नाइजर की सरकार को": नाइजर
            # ("काबुल पर पाकिस्तानी धरती पर हमलों के लिए …": the agent's own soil is not whom it accuses)
            if marker == "ko":
                # "ताइवान को हथियार बेचने पर चीन ने अमेरिका से विरोध जताया": the object of an act
                # told before the event (its cause) is not the event's party
                # (a threat's or a purpose's object is: "इजरायल को सजा देने की चेतावनी")
                # (nor one that the event's own noun takes: "Y को रसायन बेचने पर लगी रोक हटाई"): the
                # agent named after it opens the event
                chosen = [c for c in chosen if not ((m := _INFINITIVE_OBJECT.match(text, c[0].mention.end))
                                                    and m.group(1) == CLOSING_WORDS["par"] and any(
                                                        r.marker == "ne" and m.end() <= r.mention.start < t0 for r in roles))]
            if len(chosen) > 1 and marker == "ko":
                # "X ने Y को Z को हथियार बेचने पर … चेतावनी दी": Z is the infinitive's object
                chosen = [c for c in chosen if not _INFINITIVE_OBJECT.match(text, c[0].mention.end)] or chosen
            if len(chosen) > 1 and marker == "se" and frame.type == "REQUEST":
                # "X ने Y से Z से सेनाएं हटाने की मांग की": the first asked, the second the act's
                chosen = chosen[:1]
            if len(chosen) > 1 and marker not in ("gen", "beech", "saath"):
                chosen = _nearest_group(text, chosen)
            recipients.extend(actor for _, actor in chosen)
            if not recipients and ((marker in ("par", "ko") and frame.type in ("ASSAULT", "COERCE", "MOBILIZE"))
                                   or (marker == "se" and frame.mode == "withdraw")):
                # ("खेरसॉन से सेनाएं वापस बुला लीं": forces leave the town's state)
                # a place as target: "गाजा पट्टी पर हवाई हमले", "दमिश्क हवाई अड्डे को निशाना बनाते हुए",
                # "तमिलनाडु के 43 मछुआरों को गिरफ्तार किया"
                for p in places.within(clause[0], t0):
                    # (a building is no state's territory by its name: "राष्ट्रपति भवन" stands in many capitals)
                    if p.place and p.place.name and _CLOSING[_MARKER_WORDS[marker]].match(text, p.end, t0) \
                            and not any(w in LANDMARK_WORDS for w in p.text.split()[1:]):
                        recipients.append(Actor(None, p.place.country, None, text=p.text))
                        break
    between = frame.symmetric and len({a.country for a in recipients}) > 1 and any(
        roles[i].marker == "beech" for i in used)
    if frame.clause_participants:  # "X के साथ झड़प में Y के जवान": everyone in the clause
        # (but those of an event that is only its setting: "X पर Y के हमले के बाद … टकराव")
        setting_end = max((m.end() for m in _SETTING.finditer(text, clause[0], t0)), default=clause[0])
        recipients = [r.actor for r in roles if r.marker not in ("me", "via", "near") and r.mention.start != t0
                      and r.mention.start >= setting_end]
        used = set(range(len(roles)))
    # a nominal event names its agent in the genitive right before it ("रूस के हमले", "उत्तर
    # कोरिया का छठा परमाणु परीक्षण"),
    # whoever the agent of the clause's verb is ("बाइडन ने ... की निंदा की")
    # — or with a passive participle between: "उत्तर कोरिया के 3 सितंबर को किए गए परमाणु परीक्षण"
    # (never civilians: "भारतीय नागरिकों की रिहाई" is their release, not theirs to give)
    agents = [r for i, r in enumerate(roles) if r.marker == "gen" and i not in used and r.mention.start < t0
              and r.actor.sector not in PATIENT_SECTORS
              and (_adjacent_genitive(text, r.mention.end, t0, 2) or _done_by(text, r, roles, t0))
              # (a state adjective owns the noun it stands before: "इजरायली हमले की निंदा" — the
              # attack is Israel's, the condemnation is the ने agent's)
              and not (r.mention.source == "kb.demonym" and len(text[r.mention.end : t0].split()) > 1)
              # ("X ने Y सीमा पर सैनिकों का जमावड़ा बढ़ाया": troops whose state was only guessed
              # from the last state named are the ने agent's own)
              and not (r.mention.source == "context.office" and any(
                  q.marker == "ne" and q.mention.end <= r.mention.start for q in roles))
              ] if not frame.symmetric and not (
        # "X ने Y को नोट भेजकर पूर्व प्रधानमंत्री के प्रत्यर्पण की मांग की": with the asker named
        # by ने, the genitive before a request is what is asked for, not who asks
        # (unless the request is itself the object of another verb: "… की ब्रिटेन की अपील ठुकरा दी")
        frame.type == "REQUEST" and any(r.marker == "ne" and r.mention.end <= t0 for r in roles)
        and not _governed(text, trig.end, clause[1], governors) and trig.end + 1 not in governors) else []
    if agents:  # "भारत, अमेरिका, जापान और ऑस्ट्रेलिया का नौसेना अभ्यास": every state of the list
        agents = _conjuncts(text, roles, [roles.index(agents[0])]) + agents[1:]
    if not agents and frame.genitive_agent and not any(r.marker in ("ne", "dvara") for r in roles):
        # a state adjective right before the event noun is its doer: "इजरायली हवाई हमलों में 20
        # लोग मारे गए", "अमेरिकी हमले में मारे गए" (not "इजरायली ठिकानों पर हमला": a noun between)
        agents = [r for i, r in enumerate(roles) if i not in used and r.mention.source in ("kb.demonym", "kb.state")
                  and r.mention.end <= t0 and len(text[r.mention.end : t0].split()) <= 1
                  and r.actor.country and r.marker in ("me", "adj", "none", "gen")][-1:]
    if frame.genitive_agent:  # "अफगानिस्तान पर पाकिस्तान के हवाई हमले": the ने agent is another verb's
        agents = agents or [r for i, r in enumerate(roles) if r.marker == "dvara" and i not in used]
        if not agents:
            return None
    mediated = False
    if between:  # "पेरिस में X और Y के बीच बैठक हुई": they are the meeting, whoever set it up
        agents = [r for i, r in enumerate(roles) if r.marker == "ne" and i not in used]
        # "रूस ने आर्मेनिया और अजरबैजान के बीच युद्धविराम पर बातचीत की": a third state's mediation
        mediated = frame.type == "CONSULT" and bool(agents) and \
            not {r.actor.country for r in agents} & {a.country for a in recipients}
        if not agents:
            agents, recipients = [_Role(Mention(t0, t0, "", "actor", actor=recipients[0]), "beech")], recipients[1:]
    if frame.symmetric and not recipients and (pair := _hyphen_pair(text, roles, used, t0)) is not None \
            and {r.actor.country for r in agents} <= {pair[0].actor.country, pair[1].actor.country}:
        # "भारत-फ्रांस संयुक्त सैन्य अभ्यास", "भारत-चीन वार्ता": the two states the compound names
        agents, recipients = [pair[0]], [pair[1].actor]
    # "हमले की निंदा", "हमले की धमकी": an event noun that is the object of another predicate
    # is not what the ने agent did
    # (the frame's own light verb governs nothing: "टीकों के पहले बैच को Y पहुंचा दिया")
    own_verb = frame.needs_re.search(text, trig.end, clause[1]) if frame.needs_re is not None else None
    governed = (not frame.symmetric and (setting_noun or _governed(
        text, trig.end, clause[1], governors - {own_verb.start()} if own_verb else governors) or (
        # the first of two objects of a reaction: "X की कार्रवाई और … की घटना पर Y ने आपत्ति जताई"
        _governed(text, trig.end, clause[1], state.reactions, _AND_OBJECT_AFTER)))) or (
        # "चीन ने मोदी के अरुणाचल दौरे पर आपत्ति जताई": the visit objected to is not the objector's
        frame.type == "CONSULT" and _governed(text, trig.end, clause[1], state.reactions, _OBJECT_OF_REACTION))
    if not agents and not frame.symmetric:
        end = _verb_end(frame, text, trig, clause[1])
        agents = [r for i, r in enumerate(roles) if i not in used and r.marker == "gen" and end <= r.mention.start
                  and _DECIDED_GAP.fullmatch(text, end, r.mention.start) and _DECISION.match(text, r.mention.end + 3)][:1]
        if agents:  # whoever answers the decision is whom it hit, failing another party
            recipients = [a for a in recipients if a.country != agents[0].actor.country] or [
                r.actor for r in roles if r.marker == "ne" and r.actor.country
                and r.actor.country != agents[0].actor.country]
    if not agents and not frame.bare_agent and not governed:  # an intransitive verb never has a ने agent
        agents = [r for i, r in enumerate(roles) if r.marker == "ne" and i not in used] or \
            _conjuncts(text, roles, [i for i, r in enumerate(roles) if r.marker == "gen" and i not in used
                                     and r.mention.start < t0 and _closes_with(text, r, roles, t0, "ने")])
        # ("हमास की सैन्य शाखा अल-कस्साम ब्रिगेड ने"; "अमेरिका और ब्रिटेन के विमानों ने": both)
    if not agents:  # the agent of a passive: "रूस द्वारा किए गए हमले"
        agents = [r for i, r in enumerate(roles) if r.marker == "dvara" and i not in used]
    confidence = frame.confidence
    if not agents:
        # a bare subject opens the clause: bare noun phrases after a marked one are modifiers
        # (failing that, one after the other party already read: "X की ओर से किसी भी दुस्साहस का
        # Y की सेना जवाब देगी")
        # and a bare name that only qualifies a predicate noun ("ब्रिक्स शिखर सम्मेलन") is none
        # (an agentless event noun in its locative is only the setting of the subject's own
        # verb: "भारत पेशावर के आतंकी हमले में मारे गए लोगों के परिवारों के प्रति संवेदना जताता है")
        setting = frame.default_actor is not None and _IN.match(text, trig.end) is not None
        for skip in (frozenset(), used):
            first_marked = min((r.mention.start for i, r in enumerate(roles)
                                if r.marker not in ("none", "and") and i not in skip), default=t0)
            agents = [r for i, r in enumerate(roles) if r.marker == "none" and i not in used and not governed
                      and not setting and r.mention.start < min(t0, first_marked + 1)
                      and (r.mention.end + 1 not in trigger_starts or r.actor.sector or _joined(text, roles, i)
                           or _predicate(trig.word))]
            if agents:
                break
    if not agents and roles and roles[0].marker == "gen" and 0 not in used and roles[0].mention.start < t0 \
            and _VEHICLE_OF.match(text, roles[0].mention.end) and not governed:
        agents = [roles[0]]  # "भारत का विमान राहत सामग्री लेकर सीरिया पहुंचा": the plane's state
    if not agents and roles and roles[0].mention.source == "kb.demonym" and 0 not in used and \
            roles[0].mention.start < t0 and _DEMONYM_VEHICLE.match(text, roles[0].mention.end) and not governed:
        agents = [roles[0]]  # "भारतीय नौसैनिक जहाज … खाद्य सामग्री लेकर माले पहुंचा": the same, by adjective
    if not agents and _is_headline(text, s_start, s_end):
        # a headline puts the subject last: "बीजिंग में शी जिनपिंग से मिले ब्लिंकन"
        agents = [r for i, r in enumerate(roles) if r.marker == "none" and i not in used and r.mention.start > t0]
    if not agents and frame.symmetric:
        # nominal report: "पुतिन और किम की शिखर वार्ता", "किम की ... ट्रंप के साथ वार्ता हुई"
        first = roles[0].mention.start if roles else -1
        agents = [r for i, r in enumerate(roles) if r.marker == "gen" and i not in used and r.mention.start < t0
                  and (_adjacent_genitive(text, r.mention.end, t0) or r.mention.start == first)]
    if not agents and frame.type in _TOLD_AS_NOUN and (doer := _genitive_doer(text, roles, used, t0)) is not None:
        # a headline or a setting tells the act as a noun: "भारत की पाकिस्तान को कड़ी चेतावनी",
        # "X की Y को अंजाम भुगतने की चेतावनी के बाद …", "X की Y से अपील"
        agents = [doer]
    if not agents and frame.explicit_agent:
        return None
    if not agents and frame.default_actor:
        agents = [_Role(Mention(t0, t0, "", "actor", actor=Actor(None, frame.default_actor, frame.default_actor),
                                source="unnamed"), "ne")]
    home: Actor | None = None
    if not agents and frame.local_parties and (where := _held_in(text, places, clause) or _state_named_in(
            text, roles, clause)):
        # "नेपाल के तराई इलाके में प्रदर्शन जारी हैं": unrest of that state's people, at home
        agents = [_Role(Mention(t0, t0, "", "actor", actor=Actor(None, where, "CVL"), source="unnamed"), "ne")]
        home = Actor(None, where, None)
        if not frame.reacts:  # (a march against what was just told: that, failing which their own state)
            recipients = recipients or [home]
    if not agents and not recipients and frame.speech_act and frame.type == "REQUEST" and _THAT.match(text, clause[0]):
        # "X ने Y से कहा कि … सुनिश्चित की जानी चाहिए": what X says should be done is asked of Y
        recipients = _addressed(text, doc, s_start, clause[0], {a.country for a in state.salient})
    if not agents and state.salient and not frame.clause_participants and not governed and \
            (recipients or frame.recipient_optional) \
            and not _PASSIVE_AFTER.match(text, _verb_end(frame, text, trig, clause[1])):
        # (a passive names no agent: "कीव पर ड्रोन दागे गए" is nobody's we know)
        agents = [_Role(Mention(t0, t0, "", "actor", actor=a, source="elided"), "ne") for a in state.salient]
        confidence -= 0.15
    local = _local_country(places, clause)
    # (a meeting's participants stay as named: its scoring and merging compare the sets)
    armed = (lambda a: [a]) if frame.symmetric else (lambda a: _armed(a, text, places, clause, paragraph_start))  # noqa: E731
    actor_list = dedupe([a for r in agents for a in armed(_localise(r.actor, local)) if a.country])
    recipients = dedupe([a for r in recipients for a in armed(_localise(r, local)) if a.country])
    if frame.type == "ASSAULT" and any(r.country == "IMG" for r in recipients):
        # strikes on an armed group inside a state hit that state too (codebook): "यमन में हूतियों पर"
        where = _state_in(text, places, clause, {a.country for a in actor_list})
        if where and where not in {r.country for r in recipients}:
            recipients.append(Actor(None, where, None))
    if any(a.country == "IMG" for a in actor_list):
        # rebels against their own state are the armed group alone: "सीरिया में विद्रोहियों
        # ने अलेप्पो पर कब्जा कर लिया" is IMG against Syria
        targets = {r.country for r in recipients}
        actor_list = [a for a in actor_list if not (a.sector == "REB" and a.country in targets)] or actor_list
    if frame.type in _ALLEGED_TYPES and recipients and actor_list and _ALLEGED.match(
            text, _verb_end(frame, text, trig, clause[1])):
        # "आर्मेनिया ने अजरबैजान पर मिसाइल अटैक करने का आरोप लगाया": the accused attacked
        # the accuser (the accusation itself is the ACCUSE frame's)
        actor_list, recipients = recipients, actor_list
    elif frame.type in ("AID", "SUPPORT", "COOPERATE", "AGREE") and _ALLEGED.match(
            text, _verb_end(frame, text, trig, clause[1])):
        # "X ने Y पर Z को हथियार देने का आरोप लगाया": what Y is accused of giving is the
        # accusation's content, not a gift told as made (and not X's)
        return None
    split = frame.symmetric and not recipients and len(actor_list) > 1
    if split:  # "A, B और C सहमत हुए": one event of all of them
        actor_list, recipients = actor_list[:1], actor_list[1:]
    if frame.symmetric and not actor_list and len(recipients) > 1:  # "X और Y के बीच युद्धविराम"
        actor_list, recipients = recipients[:1], recipients[1:]
    # "दोनों देशों ने एक-दूसरे पर आरोप लगाया": each did it to the other — for a directed
    # type, one event each way
    mutual = list(actor_list) if not frame.symmetric and not recipients and len({a.country for a in actor_list}) == 2 \
        and _EACH_OTHER.search(text, clause[0], clause[1]) else []
    if (frame.reciprocal or mutual) and not recipients and len({a.country for a in actor_list}) > 1:
        actor_list, recipients = actor_list[:1], actor_list[1:]
    if not recipients and frame.refers_to and frame.refer_words_re.search(text, clause[0], t0):
        # "इन हमलों की निंदा": the attack told before, and whoever made it (an attack no one
        # is named for: unnamed attackers); "पीड़ितों के प्रति संवेदना": whom it hit
        earlier = state.last_of.get(frame.refers_to)
        side = (earlier[0] if frame.refers_role == "actors" else earlier[1]) if earlier else []
        if not side and frame.refers_role == "actors" and frame.refers_to == "ASSAULT":
            side = [Actor(None, "IMG", "IMG")]
        recipients = [a for a in side if a.country not in {x.country for x in actor_list}]
    if not recipients and frame.dateline_recipient and dateline is not None and dateline.country:
        recipients = [Actor(None, dateline.country, None)]
    if not actor_list:
        return None
    a_c = {a.country for a in actor_list}
    if frame.type not in SELF_DIRECTED or "other" in frame.recipient or frame.foreign:
        # ("भारत का कोई लेना-देना नहीं": the actor's own state is no other party; look further)
        recipients = [r for r in recipients if r.country not in a_c]
    if frame.type == "ASSAULT" and recipients and {r.country for r in recipients} <= a_c and "IMG" not in a_c:
        # a state does not attack itself: its forces fight rebels (IMG) or the roles were misread
        recipients = []
    if frame.symmetric and not recipients and len(a_c) > 1:
        # "X और Y के बीच बातचीत के बाद दोनों देशों ने समझौतों पर हस्ताक्षर किए": the two are the parties
        actor_list, recipients = actor_list[:1], [a for a in actor_list if a.country != actor_list[0].country]
        a_c = {actor_list[0].country}
    if not recipients and that:
        # "X ने आरोप लगाया कि Y ने …": the accused is the agent of what is reported
        named = [r for r in that if r.marker in ("ne", "dvara") and r.actor.country not in a_c] or \
            [r for r in that if (r.marker == "none" or (r.marker == "gen" and frame.bids)) and r.actor.country
             and r.actor.country not in a_c] or \
            [r for r in that if frame.type == "THREATEN" and r.marker in ("par", "khilaf", "ko")
             and r.actor.country and r.actor.country not in a_c]  # "धमकी दी कि वह Y पर हमला कर सकता है"
        recipients = [r.actor for r in named[:1]]
    if not recipients and frame.reacts:
        # "X ने मिसाइल दागी, Y ने विरोध जताया": the reaction is to the event just told
        before = next((e for e in reversed(state.sentence_events) if not {a.country for a in e.actors} & a_c), None)
        if before is None and state.last_event is not None and (
                frame.replies or _REACTION.search(text, s_start, t0) or _THIS_ACT.search(text, clause[0], t0)) and \
                not {a.country for a in state.last_event.actors} & a_c:
            before = state.last_event  # "इसके बाद X ने जवाबी कार्रवाई की धमकी दी": the event told before
        if before is not None:
            recipients = list(before.actors)
    if not recipients and home is not None:
        recipients = [home]
    if not recipients and frame.type == "COERCE" and (told := state.last_of.get("COERCE")) is not None and \
            a_c == {a.country for a in told[0]} and told[1]:
        # "X ने Y के 35 मछुआरों को गिरफ्तार किया, नाव भी जब्त की": the boats are theirs
        recipients = list(told[1])
    if not recipients and frame.local_parties and frame.type == "PROTEST" and len(a_c) == 1:
        # "देश के कई शहरों में लोगों ने विरोध मार्च निकाला": people marching with no one named
        # protest at home, against their own government
        recipients = [Actor(None, next(iter(a_c)), None)]
    if not recipients and state.complement is not None and \
            a_c == {a.country for a in state.complement[0]}:
        # "X ने Y पर आरोप लगाया कि उसने सीमा पर गोलीबारी की": at X
        recipients = list(state.complement[1])
    if not recipients and not frame.recipient_optional:
        # "X ने Y के हमलों की निंदा की और जवाबी कार्रवाई की धमकी दी": the second predicate
        # shares the first one's other party
        prior = next((e for e in reversed(state.sentence_events)
                      if {a.country for a in e.actors} == a_c and e.recipients), None)
        if prior is not None:
            recipients = list(prior.recipients)
            confidence -= 0.1
    own_meeting = frame.type == "CONSULT" and not recipients and len(actor_list) == 1 and \
        all(r.marker in ("ne", "none") or (r.marker == "gen" and _adjacent_genitive(text, r.mention.end, t0))
            for r in agents) and \
        not any(r.marker in ("saath", "se", "beech") for r in roles) and \
        not any(_COUNTERPART_IN.search(text, r.mention.end, t0) for r in agents) and \
        (actor_list[0].sector == "IGO" or actor_list[0].country in organisation_names()) and \
        frame.mode in (None, "multilateral")
    # ("नाटो ने बैठक की": an organisation's own meeting, of its members: one actor, no one else)
    if not recipients and frame.type in _ANSWERS and state.last_event is not None and \
            not _ADDRESSED.search(text, clause[0], t0) and agents and \
            all(r.marker == "ne" and r.mention.source not in ("pronoun", "elided") for r in agents):
        # "X के जवान को Y ने पकड़ लिया। … X ने जवान को लौटाने की मांग की": a demand (or a
        # refusal) naming no one is put to the other party of the story told just before
        told = state.last_event.actors + state.last_event.recipients
        if a_c & {a.country for a in told}:
            recipients = dedupe([a for a in told if a.country and a.country not in a_c])
            confidence -= 0.15
    if not recipients and frame.type == "ASSAULT" and _IN_IT_KILLED.match(text, trig.end, clause[1]):
        # "अमेरिकी हमले में ईरान के कमांडर मारे गए", "इजरायली हमलों में गाजा में 20 लोग मारे गए":
        # the state of those it killed, else of the place where they died
        victims = [r.actor for r in roles if r.actor.country and r.actor.country not in a_c
                   and r.marker not in ("ne", "dvara", "via")]
        where = [p.place.country for p in places.within(trig.end, clause[1]) if p.place and p.place.country
                 and p.place.country not in a_c]
        recipients = victims[:1] or ([Actor(None, where[0], None)] if where else [])
    if not recipients and "ko" in frame.recipient and not frame.symmetric and \
            (rel := _OBJECT_RELATIVE.search(text, clause[0], t0)) is not None:
        # "Y के 40 सैनिक भागकर आए, जिन्हें X ने हिरासत में ले लिया": whom जिन्हें stands for
        # is the nearest party named before it that is not the actor's
        recipients = [r.actor for r in roles if r.mention.end <= rel.start() and r.actor.country
                      and r.actor.country not in a_c and r.marker in ("gen", "none")][-1:]
    if not recipients and frame.type in _REACTION_TYPES and state.sentence_events and \
            _OBJECT_RELATIVE.match(text, clause[0]) is not None:
        # "X ने Y का टैंकर जब्त किया, जिसे Y ने उल्लंघन बताया": जिसे is the act just told —
        # its doer is whom the reaction answers
        recipients = [a for a in state.sentence_events[-1].actors if a.country and a.country not in a_c]
    if not recipients and frame.type in _ANSWERS_TO_CAUSE:
        # "Y द्वारा किए गए परीक्षण के कारण X ने प्रतिबंध लगाए": the answer is aimed at the cause's doer
        recipients = [a for a in cause_doers if a.country not in a_c][-1:]
    if not recipients and frame.type == "ASSAULT" and "other" in frame.recipient and frame.dateline_recipient:
        # "Y ने … X के सैनिकों द्वारा संघर्ष विराम का उल्लंघन किए जाने पर विरोध दर्ज कराया": with no
        # target named, the state that complains of it in the sentence is the one it hit
        recipients = [m.actor for m in doc.mentions if m.kind == "actor" and m.actor is not None
                      and s_start <= m.start < s_end and m.actor.country and m.actor.country not in a_c
                      and m.actor.country != "IMG" and marker_after(text, m.end, s_end) == "ne"][:1]
    if not recipients and not frame.recipient_optional and not own_meeting:
        return None
    if frame.symmetric and len(a_c | {r.country for r in recipients}) < 2 and not own_meeting:
        return None

    clause_text = text[clause[0] : clause[1]]
    if _NEGATIVE.search(trig.word):  # the trigger's own "नाकाम", "इनकार", "नहीं" is its meaning, no negation
        clause_text = text[clause[0] : t0] + " " + text[trig.end : clause[1]]
    if (after := _AFTER.search(text, _verb_end(frame, text, trig, clause[1]), clause[1])) is not None:
        # "युद्धविराम की घोषणा किए जाने के बाद पाकिस्तान बाज नहीं आया": the नहीं is the next verb's
        clause_text = text[clause[0] : after.end()]
    if frame.speech_act:  # "निवेश करने का वादा किया": the promise is made, whatever it promises
        clause_text = text[trig.end : clause[1]]
    if "cond" in frame.recipient and (then := _consequence(text, clause[0], t0)):
        clause_text = text[then.end() : clause[1]]  # the condition's नहीं is not the threat's
    if clause_text.startswith(text[clause[0] : t0]) and _NOT_YET.search(text, clause[0], t0):
        # "बातचीत की संभावना को खारिज किया": the possibility is what is refused, not how
        clause_text = _NOT_YET.sub(" ", text[clause[0] : t0]) + clause_text[t0 - clause[0] :]
    if condition is not None and condition[1] > clause[0]:
        # the consequence's own verb tells its modality: done ("अलर्ट पर रखा है") or to come
        # only if the condition holds ("तो … कार्रवाई करेंगे": hypothetical)
        clause_text = text[max(clause[0], condition[1]) : clause[1]]
    told_if = _told_condition(text, (s_start, s_end), t0, trig.end)
    if told_if is not None:
        # "… को चेतावनी दी, 31 अगस्त तक सेना नहीं हटी तो गंभीर परिणाम": a condition told after
        # the trigger is what the warning says; its नहीं is not the warning's
        # (and what follows its तो, the consequence threatened, is not told as done: "… तो
        # जहाजों को निशाना बनाया जाएगा" makes no warning future)
        clause_text = text[clause[0] : told_if[0]] if told_if[0] >= trig.end else \
            clause_text.replace(text[max(told_if[0], clause[0]) : min(told_if[1], clause[1])], " ")
    rel = _RELATIVE.search(text, trig.end, clause[1])
    if rel and clause_text.endswith(text[rel.start() : clause[1]]):
        # "… का सामना करना पड़ेगा जो दुनिया ने कभी नहीं देखी"
        clause_text = clause_text[: len(clause_text) - (clause[1] - rel.start())]
    nxt = _NEXT_PREDICATE.search(text, trig.end, clause[1])
    if nxt and clause_text.endswith(text[nxt.end() : clause[1]]):
        # "X ने कैदी छोड़ दिए हैं और वे कल तक घर लौट सकते हैं": the second predicate's
        # सकते is not the release's
        cut = text.rfind(" ", nxt.start(), nxt.end() - 1)
        clause_text = clause_text[: len(clause_text) - (clause[1] - cut)]
    clause_text = _NEGATED_REASON.sub(" ", clause_text)
    ev_date_m = nearest(dates, t0, clause) or nearest(dates, t0, (s_start, s_end))
    if "cond" in frame.recipient and (then := _consequence(text, clause[0], t0)):
        told_if = (clause[0], then.end())  # "अगर … 31 अगस्त तक … नहीं छोड़ा तो …": the condition's day
    if told_if is not None and ev_date_m is not None and told_if[0] <= ev_date_m.start < told_if[1]:
        ev_date_m = None  # its date ("31 अगस्त तक") is the condition's, not the warning's
    if ev_date_m is None and follow is not None:  # "यह प्रक्रिया 15 मार्च से शुरू हो गई है"
        ev_date_m = nearest(dates, follow.start, (follow.start, follow.end))
    if ev_date_m is None:  # the paragraph dates it: "भारत ने बुधवार को कदम उठाए। भारत ने …"
        before = [m for m in dates.within(paragraph_start, s_start) if m.date and m.date.precision == "day"
                  and not _UNTIL.match(text, m.end)]
        if before and not is_old_date(before[-1], doc.published):
            ev_date_m = before[-1]
    if ev_date_m is None and doc.published is not None and not _HISTORICAL_HINT.search(text, clause[0], clause[1]):
        # else the day the article's news happened, if an earlier paragraph named it
        # (a day in the week before publication)
        earlier = [m for m in dates.within(0, s_start) if m.date and m.date.precision == "day"
                   and m.source != "hi.date.event_relative"
                   and 0 <= (doc.published - date.fromisoformat(m.date.value)).days <= 7]
        if earlier:
            ev_date_m = earlier[-1]
    pub = doc.published
    if frame.speech_act and ev_date_m is not None and is_future_date(ev_date_m, pub):
        # "आज … नौ जनवरी को वार्ता का प्रस्ताव रखा": the day proposed is not the day of proposing
        ev_date_m = next((m for m in dates.within(clause[0], clause[1]) if not is_future_date(m, pub)), None)
    opener = text[s_start : s_start + 20].lstrip()
    if ev_date_m is not None and ev_date_m.offset_days is not None and state.last_date \
            and state.last_date.precision == "day":
        anchored = date.fromisoformat(state.last_date.value) + timedelta(days=ev_date_m.offset_days)
        ev_date_m = replace(ev_date_m, date=EventDate.of_day(anchored), alt_date=None)
    elif ev_date_m is None and state.last_date and opener.startswith(SAME_TIME_OPENERS):
        ev_date_m = Mention(s_start, s_start, "", "date", date=state.last_date, source="hi.date.same_time")
    modality = modality_of(clause_text, lex, is_future_date(ev_date_m, pub), is_old_date(ev_date_m, pub),
                           ev_date_m is not None and not is_old_date(ev_date_m, pub))
    if condition is not None and modality == "future":
        modality = "hypothetical"  # "अगर … तो … करेंगे": only if the condition holds
    if ("cond" in frame.recipient or frame.context_re is not None and frame.type == "THREATEN") \
            and modality in ("future", "hypothetical"):
        modality = "asserted"  # the consequence is to come; the threat is made now
    ev_date = event_date(ev_date_m, modality, pub)
    participants = {a.country for a in actor_list + recipients}
    # the dateline is where the reporter files from: the place of a meeting held there, but
    # of a conflict event only when it is on a participant's soil
    # (a summit abroad is where the reporter is, but "नई दिल्ली। ओबामा वियतनाम पहुंचे" is not in New Delhi)
    # (a strike is on the target's soil: "तेहरान। ईरान ने इजराइल पर मिसाइलें दागीं" is not in Tehran)
    on_soil = {a.country for a in recipients} if frame.type == "ASSAULT" and recipients else participants
    # (a strike or a seizure named with no place is not where the reporter files from: "नई दिल्ली।
    # … पुलवामा आतंकी हमले की निंदा")
    local_dateline = dateline if dateline and frame.mode != "phone" and frame.type not in _ON_TARGET and (
        dateline.country in on_soil or (frame.type == "CONSULT" and not (
            dest_place is not None and dest_place.country != dateline.country))) else None
    # (a condition's place is not the warning's: "अगर X ने यूक्रेन में सैनिक भेजे तो …")
    where_told = (told_if[1], clause[1]) if told_if is not None and told_if[0] < t0 else clause
    place = _place(text, places, where_told, (s_start, s_end), dest_place, local_dateline, modality, dateline)
    named = [p for p in places.within(clause[0], t0) if p.place and p.place.name and not text[p.end : t0].strip()]
    if named:  # "पुलवामा आतंकी हमले": the place that names the event is where it happened
        place = named[-1].place
    if frame.type in _ON_TARGET and recipients and (place is None or place.name is None):
        # "रूस ने यूक्रेन पर ड्रोन हमले किए … सबसे भारी तबाही कीव में हुई": the target's city the
        # paragraph names around the strike
        para_end = text.find("\n", s_end)
        place = _target_city(text, places, paragraph_start, len(text) if para_end < 0 else para_end,
                             {a.country for a in recipients}, filed_from=dateline) or place
    mode = "third-party" if mediated else "multilateral" if own_meeting else frame.mode
    if frame.type == "CONSULT" and place is None and mode != "phone" and state.visit is not None \
            and modality == "asserted" and participants <= state.visit[0]:
        place = state.visit[1]  # "श्रीलंका के दौरे पर गए … मुलाकात की": met there
    if frame.type == "CONSULT" and mode is None and state.last_event is not None and \
            state.last_event.mode == "phone" and (place is None or place is local_dateline) and \
            _REACTION.search(text, s_start, t0):
        # "ट्रंप ने पुतिन से फोन पर बात की। इसके बाद ट्रंप ने जेलेंस्की से भी बात की": by phone too
        mode, place = "phone", None
    if frame.type == "CONSULT" and mode in (None, "visit") and place and place.country and \
            (mode == "visit" or place is not local_dateline):
        # a meeting on one participant's soil is a visit by the others (the dateline alone
        # is where the reporter is: it makes no one a visitor)
        hosts = [a for a in actor_list + recipients if a.country == place.country]
        guests = [a for a in actor_list + recipients if a.country != place.country]
        if hosts and guests:
            mode = "visit"
            actor_list, recipients = guests, hosts
    state.last_participants = actor_list + recipients if frame.symmetric else state.last_participants
    if frame.type == "CONSULT" and mode == "visit" and place is not None and modality == "asserted":
        state.visit = (frozenset(participants), place)
    cameo = lex.cameo[frame.cameo]
    evidence = Evidence(text[s_start:s_end], s_start, s_end)
    # ("तो वह कड़ी कार्रवाई करेगा": there वह is the speaker, not "that action")
    # ("यह दुर्भाग्यपूर्ण है कि X ने …": the यह points ahead, to the कि-clause read)
    # ("इस प्रस्ताव को ठुकरा दिया": a frame that refers to another type's event points there)
    anaphoric = "cond" not in frame.recipient and not (frame.object_clause and that) and frame.refers_to in (
        None, frame.type) and any(
        not any(r.mention.start <= a.start() < r.mention.end and r.mention.source != "pronoun"
                for r in roles)  # ("किम जोंग उन की": a name)
        for a in _ANAPHOR.finditer(text, max(clause[0], t0 - 30), t0))
    if frame.symmetric and (others := [r for r in recipients if r.country not in {a.country for a in actor_list}]):
        # "X और Y के सैनिकों के बीच गोलीबारी … दोनों ने": X is a party, not X's counterpart
        recipients = others
    # "A, B और C के विदेश मंत्रियों से मुलाकात की": one meeting per counterpart, unless the
    # clause names a meeting of all of them (त्रिपक्षीय, सम्मेलन)
    distribute = frame.symmetric and not split and all(r.mention.source not in ("pronoun", "elided") for r in agents) and \
        len({a.country for a in actor_list}) == 1 and \
        len({r.country for r in recipients}) > 1 and not (
            lex.multilateral_re is not None and lex.multilateral_re.search(text, s_start, s_end))
    if frame.type == "CONSULT" and mode in (None, "phone") and not distribute and \
            len({a.country for a in actor_list + recipients}) >= 3:
        mode = "multilateral"  # one meeting of three states or more, in person or by video
    # "A, B और C के संयुक्त नौसैनिक अभ्यास की निंदा": one condemnation of the three together
    # (a word of a name is no such word: "संयुक्त राष्ट्र")
    joint = not frame.symmetric and lex.joint_re is not None and any(
        not any(r.mention.start <= j.start() < r.mention.end for r in roles)
        for j in lex.joint_re.finditer(text, clause[0], clause[1]))
    type_ = frame.type
    if type_ == "ASSAULT" and modality == "future" and FUTURE_ATTACK in lex.cameo:
        own = text[t0 : min(clause[1], _verb_end(frame, text, trig, clause[1]) + 25)]
        if "future" in cues_in(own, lex) or is_future_date(ev_date_m, pub):
            # "अगले 90 दिन में और हमले किए जाएंगे": an attack announced is a threat made now
            type_, cameo, modality = "THREATEN", lex.cameo[FUTURE_ATTACK], "asserted"
        else:  # "… पर किए जा रहे हमले के बीच कल बैठक होगी": the future is the meeting's
            modality = "asserted"
    elif type_ == "ASSAULT" and modality == "hypothetical" and FUTURE_ATTACK in lex.cameo and agents and \
            all(r.mention.source == "pronoun" for r in agents) and _ABLE.search(
                text, trig.end, min(clause[1], _verb_end(frame, text, trig, clause[1]) + 25)):
        # "X ने कहा कि वह Y पर हमला कर सकता है": the speaker saying it may strike threatens
        type_, cameo, modality = "THREATEN", lex.cameo[FUTURE_ATTACK], "asserted"
    symmetric = frame.symmetric
    if frame.together and not recipients and len({a.country for a in actor_list}) > 1 and frame.together in lex.cameo:
        # "भारत और नेपाल की सेनाएं करेंगी सैन्य अभ्यास": partners drilling together, at no one
        type_, cameo, symmetric = "COOPERATE", lex.cameo[frame.together], True
        actor_list, recipients = actor_list[:1], actor_list[1:]
    if mutual:
        return [ev for a in mutual for ev in make_events(
            doc, frame.id, type_, mode, cameo, modality, [a], [b for b in mutual if b.country != a.country], ev_date,
            place, evidence, confidence, False, anaphoric, joint)]
    return make_events(doc, frame.id, type_, mode, cameo, modality, actor_list, recipients, ev_date, place,
                       evidence, confidence, symmetric and not distribute, anaphoric, joint)


# Sectors of people an event noun's genitive names as those it befalls
PATIENT_SECTORS = frozenset({"CVL", "REF"})
# Sectors of people who act where they are: "ढाका में प्रदर्शनकारियों" are Bangladeshi.
LOCAL_SECTORS = frozenset({"CVL", "OPP", "COP", "REB", "MED", "BUS"})


def _state_named_in(text: str, roles: list[_Role], clause: tuple[int, int]) -> str | None:
    """The state of a place phrase of the clause: "नेपाल में", "नेपाल के तराई इलाके में"."""
    for r in roles:
        if r.marker in ("me", "gen") and r.actor.country and r.actor.sector is None and \
                clause[0] <= r.mention.start < clause[1]:
            return r.actor.country
    return None


def _own_argument(text: str, role: _Role, setting_end: int) -> bool:
    """"भारत ने नेपाल को भूकंप के बाद राहत सामग्री भेजी": an object with its own को, से or पर
    before a bare setting noun ("भूकंप के बाद") is the main verb's, not the setting's — unless a
    participle ties it to the setting ("अमेरिका को दी गई चेतावनी के बाद")."""
    if role.marker not in ("ko", "se", "saath", "par"):
        return False
    words = text[role.mention.end : setting_end].split()
    return len(words) <= 5 and not any(w in PARTICIPLES or w in PASSIVE_AUX for w in words[1:])


def _hyphen_pair(text: str, roles: list[_Role], used: set[int], t0: int) -> tuple[_Role, _Role] | None:
    """Two states joined by a hyphen a few words before the trigger ("भारत-फ्रांस संयुक्त
    सैन्य अभ्यास", "भारत-चीन वार्ता"), neither of them taken by a marker of its own."""
    for i in range(len(roles) - 1):
        a, b = roles[i], roles[i + 1]
        if i in used or i + 1 in used or b.mention.end > t0 or len(text[b.mention.end : t0].split()) > 3:
            continue
        if _HYPHEN.fullmatch(text, a.mention.end, b.mention.start) and a.actor.country and b.actor.country \
                and a.actor.country != b.actor.country and b.marker in ("none", "gen"):
            return a, b
    return None


def _conjuncts(text: str, roles: list[_Role], picked: list[int]) -> list[_Role]:
    """The picked roles, each with the names joined to it before: "अमेरिका और ब्रिटेन के"."""
    out: set[int] = set()
    for i in picked:
        out.add(i)
        while i > 0 and _AND_GAP.fullmatch(text, roles[i - 1].mention.end, roles[i].mention.start):
            i -= 1
            out.add(i)
    return [roles[i] for i in sorted(out)]


def _verb_end(frame: Frame, text: str, trig: Trigger, ce: int) -> int:
    verb = frame.needs_re.search(text, trig.end, ce) if frame.needs_re is not None else None
    return verb.end() if verb else trig.end


def _held_in(text: str, places: MentionIndex, clause: tuple[int, int]) -> str | None:
    """The state of the place the clause says things happened in ("बर्लिन में"), else of its
    first place (a dateline at its head is only where the reporter is)."""
    for p in places.within(clause[0], clause[1]):
        if p.place and p.place.name and _IN.match(text, p.end):
            return p.place.country
    return _local_country(places, clause)


def _local_country(places: MentionIndex, clause: tuple[int, int]) -> str | None:
    for p in places.within(clause[0], clause[1]):
        if p.place and p.place.name:
            return p.place.country
    return None


def _armed(actor: Actor, text: str, places: MentionIndex, clause: tuple[int, int], paragraph_start: int) -> list[Actor]:
    """Rebels are a non-state armed group (IMG) of the state they fight in (codebook): "कांगो
    में विद्रोहियों ने" -> IMG and COD, "विद्रोही गढ़ों में हवाई हमले" -> IMG and the state."""
    if actor.sector != "REB" or actor.country == "IMG":
        return [actor]
    state = actor.country or next((p.place.country for p in places.within(clause[0], clause[1])
                                   if p.place and p.place.country), None) or \
        next((p.place.country for p in reversed(places.within(paragraph_start, clause[0]))
              if p.place and p.place.country and (p.place.name or _IN.match(text, p.end))),
             None)  # the state the paragraph is about (a city, or "X में")
    # with no state in view the rebels stay unplaced, and are no party
    return [replace(actor, country="IMG"), replace(actor, country=state)] if state else [actor]


def _state_in(text: str, places: MentionIndex, clause: tuple[int, int], besides: set[str | None]) -> str | None:
    """The state of the first place "X में" of the clause that is not one of ``besides``."""
    for p in places.within(clause[0], clause[1]):
        if p.place and p.place.country and p.place.country not in besides and _IN_PHRASE.match(text, p.end, clause[1]):
            return p.place.country
    return None


def _localise(actor: Actor, country: str | None) -> Actor:
    if actor.country or not country or actor.sector not in LOCAL_SECTORS:
        return actor
    return replace(actor, country=country)


def _governed(text: str, end: int, ce: int, trigger_starts: frozenset[int],
              marker: re.Pattern[str] | None = None) -> bool:
    """The event noun ending at ``end`` is the object of another predicate: a genitive
    postposition (or ``marker``) follows it and another trigger comes within eight words
    ("हमले की निंदा", "हमले की पाकिस्तान ने की निंदा", "हमले की धमकी दी")."""
    m = (marker or _OBJECT_AFTER).match(text, end, ce)
    if m is None:
        return False
    if marker is not None and end + 1 in trigger_starts:  # the postposition opens the trigger: "का विरोध"
        return True
    pos = m.end()
    for _ in range(8):  # "हमले की भारत ने मंगलवार को कड़ी निंदा की"
        if pos in trigger_starts:
            return True
        nxt = text.find(" ", pos, ce)
        if nxt < 0 or _AND_GAP.fullmatch(text[pos:nxt + 1]):  # "निंदा की और …": the light verb, then another clause
            return False
        pos = nxt + 1
    return False


def _done_by(text: str, role: _Role, roles: list[_Role], t0: int) -> bool:
    """"X के … किए गए <event noun>": a passive participle between a genitive and the event
    noun, within a few words and with no other actor between, makes X its agent."""
    gap = text[role.mention.end : t0]
    return len(gap.split()) <= 12 and _PARTICIPLE_IN.search(gap) is not None and \
        not any(role.mention.end <= r.mention.start < t0 for r in roles)


def _adjacent_genitive(text: str, end: int, t0: int, words: int = 4) -> bool:
    """"पुतिन और किम की (यह) शिखर वार्ता": the genitive stands close before the trigger
    (``words`` counts the marker itself)."""
    return len(text[end:t0].split()) <= words


def _destination(text: str, roles: list[_Role], places: MentionIndex, t0: int,
                 clause: tuple[int, int], inside: bool) -> tuple[int | None, Actor | None, Place | None] | None:
    for i, r in enumerate(roles):
        gap = text[r.mention.end : t0]
        if inside and r.mention.end <= t0 and len(text[r.mention.end : t0].split()) <= 1 and \
                r.mention.source == "kb.demonym":
            continue  # "इजरायली हवाई हमलों … में": the event's own adjective is its agent, no place
        if inside and r.mention.start < t0 and r.actor.country and (
                r.marker == "me" or (r.marker in ("none", "gen") and _closes_with(text, r, roles, t0)
                                     and not any(p.place and p.place.name for p in places.within(r.mention.end, t0)))):
            # "सीरिया में", "पाकिस्तान और पाक अधिकृत कश्मीर में" (but "भारत पेशावर में हुए हमले
            # …": the city closes its own phrase, and the subject before it is no place)
            return i, r.actor, None
        if not inside and r.mention.start < t0 and _DEST_GAP.fullmatch(gap):
            return i, r.actor, Place(None, r.actor.country)
    if inside:
        # a place in the clause: "गाजा में हवाई हमले", "खारकीव शहर में ड्रोन हमला" -> its state
        for p in places.within(clause[0], t0):
            if p.place and p.place.country and p.source != "kb.state" and _IN_PHRASE.match(text, p.end, t0):
                return None, Actor(None, p.place.country, None, text=p.text), p.place if p.place.name else None
        return None
    for p in places.within(clause[0], t0):
        gap = text[p.end : t0]
        if clause[0] <= p.start < t0 and p.place and _ARRIVED_GAP.fullmatch(gap):
            return None, Actor(None, p.place.country, None, text=p.text), p.place
    return None


def _is_headline(text: str, start: int, end: int) -> bool:
    """A line with no sentence-final punctuation."""
    return text[end - 1 : end] not in ("।", ".", "?", "!", "'", '"', "’", "”") and "\n" not in text[start:end]


def _nearest_group(text: str, marked: list[tuple[_Role, Actor]]) -> list[tuple[_Role, Actor]]:
    """Of several actors with the same marker, the coordinated group nearest the predicate:
    "ताइवान को हथियार बेचने के लिए अमेरिका को आड़े हाथों लिया" -> अमेरिका."""
    group = [marked[-1]]
    for before, after in zip(reversed(marked[:-1]), reversed(marked[1:]), strict=True):
        prev, cur = before[0].mention, after[0].mention
        if _AND_GAP.fullmatch(text[prev.end : cur.start]) is None and \
                marker_after(text, prev.end, cur.start) not in ("and",) and \
                not _AND_GAP.search(text[prev.end : cur.start][-12:]):
            break
        group.insert(0, before)
    return group


def _closes_with(text: str, role: _Role, roles: list[_Role], limit: int, word: str = "में") -> bool:
    """"पाकिस्तान और पाक अधिकृत कश्मीर में", "जैश के प्रशिक्षण शिविर पर": the phrase this actor
    opens ends in ``word``, with no actor of another state in between."""
    m = _CLOSING[word].match(text, role.mention.end, limit)
    if not m or _MANNER.search(text, role.mention.end, m.end()):
        return False  # ("रूस बड़ी संख्या में सैनिक …": in large numbers, not in Russia)
    inside = [r for r in roles if role.mention.end <= r.mention.start < m.end()]
    # an organ with no state of its own is this actor's: "नाइजर की सैन्य सरकार को"
    short = len(text[role.mention.end : m.end()].split()) <= 4
    return all(r.actor.country == role.actor.country or (short and r.actor.country is None) for r in inside)


def _place(text: str, places: MentionIndex, clause: tuple[int, int], sentence: tuple[int, int],
           dest: Place | None, dateline: Place | None, modality: str, filed_from: Place | None = None) -> Place | None:
    for span in (clause, sentence):
        # (the dateline opening the sentence is where the reporter is, not a place of the clause)
        # (nor a capital standing for its government: "तेहरान के साथ संपर्क में")
        cities = [p for p in places.within(span[0], span[1]) if p.place and p.place.name
                  and not (p.place == filed_from and not text[sentence[0] : p.start].strip())
                  and not _PARTY_AFTER.match(text, p.end)]
        if cities:
            return cities[0].place
        if span == clause and dest is not None:
            if dest.name is None and dateline is not None and dateline.country == dest.country:
                return dateline  # "रियाद। … सऊदी अरब पहुंचे": the dateline names the city
            return dest
        if span == clause:  # "सऊदी अरब में मिल सकते हैं"
            states = [p for p in places.within(span[0], span[1]) if p.place and p.source == "kb.state"
                      and _IN.match(text, p.end)]
            if states:
                return states[0].place
    if modality in ("asserted",) and dateline is not None:
        return dateline
    return None
