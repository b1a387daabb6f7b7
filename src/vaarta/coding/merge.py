"""Merge the events of one document that report the same happening.

The headline and the first paragraph often tell the same meeting twice: same type, same
participants, compatible dates. One event remains, with the best evidence; the others are
kept as extra mentions.
"""

from __future__ import annotations

from datetime import date

from vaarta.model import Event, EventDate
from vaarta.ontology import SYMMETRIC

_PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "publication": 0}


def merge_events(events: list[Event]) -> list[Event]:
    """Merge retellings; a back-reference ("इस बैठक …") joins the event it refers to, or
    is dropped when nothing before it matches."""
    out: list[Event] = []
    keys: list[tuple] = []
    for ev in events:
        k = _key(ev)
        twin = next((o for o, ok in zip(out, keys, strict=True) if ok == k and _same(o, ev)), None)
        if twin is None and ev.anaphoric:
            twin = next((o for o, ok in zip(out, keys, strict=True) if ok == k), None)
            if twin is None:
                continue
        if twin is None:
            out.append(ev)
            keys.append(k)
            continue
        _absorb(twin, ev)
    return out


def _key(ev: Event) -> tuple:
    if ev.type in SYMMETRIC:
        return (ev.type, frozenset(ev.participants()))
    return (ev.type, frozenset(a.country for a in ev.actors), frozenset(r.country for r in ev.recipients))


SIGNING = "057"
MEASURES = frozenset({"AID", "SANCTION"})  # announced (asserted), then told as what will follow  # CAMEO: sign formal agreement


def _same(a: Event, b: Event) -> bool:
    """Two events of equal key (type and participants) that tell the same happening."""
    if not _modalities_compatible(a, b) or not _same_people(a, b):
        return False
    if a.type == "AGREE" and (a.cameo == SIGNING) != (b.cameo == SIGNING):
        return False  # signing agreements and promising (or intending) are two acts of one visit
    if a.type == "SANCTION" and (a.cameo != b.cameo or _family(a.rule) != _family(b.rule)):
        return False  # suspending visas and expelling diplomats are two measures of one day
    return _dates_compatible(a, b)


def _family(rule: str) -> str:
    """A frame and its variants ("….expel", "….expel_persona") tell one measure."""
    return rule.split("_")[0]


def _same_people(a: Event, b: Event) -> bool:
    """Where both events name people, the same people: Jaishankar meeting Putin and Jaishankar
    meeting Lavrov are two meetings of the same two states."""
    pa, pb = _people(a), _people(b)
    if len(pa) < 2 or len(pb) < 2:
        return True
    return pa == pb


def _people(ev: Event) -> set[str]:
    """The people an event names: KB ids, or the names of office holders the KB does not know
    ("मालदीव के रक्षा मंत्री मोहम्मद घासन मोमून")."""
    return {x.kb_id or x.name for x in ev.actors + ev.recipients
            if x.sector != "IGO" and (x.kb_id or (x.name and x.office))}  # type: ignore[misc]


def _modalities_compatible(a: Event, b: Event) -> bool:
    """Equal, or a past-perfect retelling ("… बुलाने का निर्णय लिया था") with no date of its own
    of an asserted event."""
    if a.modality == b.modality:
        return True
    if a.type == "CONSULT":  # meetings recur: an earlier one is another meeting
        return False
    pair = {a.modality, b.modality}
    if pair == {"asserted", "future"} and a.type in MEASURES and a.modality == "asserted" and \
            (b.date is None or b.date.precision == "publication"):
        return True  # "सहायता की घोषणा की … हथियार दिए जाएंगे": the measure announced, told again
    undated_historical = (a.modality == "historical" and a.date is None) or (b.modality == "historical" and b.date is None)
    if pair == {"asserted", "future"} and a.date is not None and b.date is not None and \
            a.date.precision == b.date.precision == "day" and a.date.value == b.date.value:
        return True  # "सोमवार को बंधकों को सौंपेगा … सोमवार को सौंप दिया": the plan and its doing, one day
    return pair == {"asserted", "historical"} and undated_historical


def _dates_compatible(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    if "publication" in (a.date.precision, b.date.precision):
        # an undated telling of the day's news is not an event dated weeks before it
        dated = b if a.date.precision == "publication" else a
        undated = a if dated is b else b
        if dated.date.precision == "day" and len(dated.date.value) == 10 and len(undated.date.value) == 10:
            gap = date.fromisoformat(undated.date.value) - date.fromisoformat(dated.date.value)
            # ("… की मांग की है" told the day it is printed, then "23 दिसंबर को … मांग की थी")
            return gap.days <= (3 if a.type == "CONSULT" else 10)
        return True
    n = min(len(a.date.value), len(b.date.value))
    if a.date.value[:n] == b.date.value[:n]:
        return True
    return _next_day(a, b)


def _next_day(a: Event, b: Event) -> bool:
    """Two asserted tellings of one happening a day apart ("बुधवार रात" and the next morning's
    report): a day's difference in reading the text, not two events."""
    if a.modality != "asserted" or b.modality != "asserted" or a.type == "CONSULT":
        return False
    if a.date is None or b.date is None or len(a.date.value) != 10 or len(b.date.value) != 10:
        return False
    return abs((date.fromisoformat(a.date.value) - date.fromisoformat(b.date.value)).days) <= 1


def _more_precise(new: EventDate, old: EventDate) -> bool:
    """A dated year or month that holds the publication day adds nothing to it."""
    if old.precision == "publication" and old.value.startswith(new.value):
        return False
    return _PRECISION_RANK[new.precision] > _PRECISION_RANK[old.precision]


def _absorb(keep: Event, other: Event) -> None:
    keep.extra_mentions.append(other.evidence)
    if len(_people(keep)) < 2 <= len(_people(other)):
        # "Zarif travelled to Pakistan ... met Qureshi": the visit is now the meeting with
        # Qureshi, so that meeting Bajwa later stays a meeting of its own
        keep.actors, keep.recipients = other.actors, other.recipients
    if keep.modality == "historical" and other.modality == "asserted":
        keep.modality, keep.date = "asserted", other.date
    if other.date and (keep.date is None or _more_precise(other.date, keep.date)):
        keep.date = other.date
    if keep.place is None or (keep.place.name is None and other.place and other.place.name):
        keep.place = other.place or keep.place
    if keep.mode is None and other.mode:
        keep.mode = other.mode
    keep.confidence = max(keep.confidence, other.confidence)
