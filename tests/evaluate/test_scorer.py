from vaarta.evaluate.gold import GoldEvent
from vaarta.evaluate.scorer import score_documents
from vaarta.model import Actor, Event, EventDate, Evidence, Place


def ev(type_, actors, recipients, date=None, modality="asserted", place=None):
    return Event("d", "d:0", type_, None, None, None, None, modality,
                 [Actor(None, c, None) for c in actors], [Actor(None, c, None) for c in recipients],
                 EventDate(date, "day") if date else None, place, Evidence("", 0, 0), "r", 0.9)


def gold(type_, actor, recipient, required=True, **kw):
    return GoldEvent(type_, set(actor), set(recipient), required=required, **kw)


def test_scorer_consult_matches_on_participant_set_regardless_of_direction():
    s = score_documents([("d", [ev("CONSULT", ["RUS"], ["USA"])], [gold("CONSULT", ["USA"], ["RUS"])])])
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_scorer_consult_needs_equal_sets():
    s = score_documents([("d", [ev("CONSULT", ["RUS"], ["USA", "UKR"])], [gold("CONSULT", ["USA"], ["RUS"])])])
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_scorer_other_types_need_intersecting_actor_and_recipient():
    s = score_documents([("d", [ev("ACCUSE", ["RUS"], ["USA", "TUR"]), ev("ACCUSE", ["RUS"], ["GBR"])],
                          [gold("ACCUSE", ["RUS"], ["TUR"])])])
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_scorer_optional_gold_counts_neither_way():
    s = score_documents([("d", [ev("SUPPORT", ["USA"], ["SYR"])], [gold("SUPPORT", ["USA"], ["SYR"], required=False)])])
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)


def test_scorer_pairs_one_to_one_preferring_agreement():
    system = [ev("CONSULT", ["IND"], ["RUS"], date="2025-11-17"), ev("CONSULT", ["IND"], ["RUS"], date="2025-11-18")]
    golds = [gold("CONSULT", ["IND"], ["RUS"], date="2025-11-18", date_precision="day"),
             gold("CONSULT", ["IND"], ["RUS"], date="2025-11-17", date_precision="day")]
    s = score_documents([("d", system, golds)])
    assert (s.tp, s.date_ok, s.date_n) == (2, 2, 2)


def test_scorer_date_compared_at_gold_precision_and_place_within_50km():
    near = Place("Moskva", "RUS", 55.76, 37.62)
    system = [ev("CONSULT", ["IND"], ["RUS"], date="2016-03-24", place=near)]
    golds = [gold("CONSULT", ["IND"], ["RUS"], date="2016-03", date_precision="month",
                  place={"name": "Moscow", "country": "RUS", "lat": 55.7558, "lon": 37.6173})]
    s = score_documents([("d", system, golds)])
    d = s.as_dict()
    assert d["date_accuracy"] == 1.0 and d["place_accuracy"] == 1.0 and d["f1"] == 1.0


def test_scorer_empty_recipients_match_empty():
    s = score_documents([("d", [ev("REJECT", ["RUS"], [])], [gold("REJECT", ["RUS"], [])])])
    assert s.tp == 1


def test_scorer_reports_direction_and_mode_of_matched_meetings():
    visit = ev("CONSULT", ["RUS"], ["IND"])
    visit.mode = "visit"
    s = score_documents([("d", [visit], [gold("CONSULT", ["IND"], ["RUS"], mode="visit")])])
    d = s.as_dict()
    assert (s.tp, d["direction_accuracy"], d["mode_accuracy"]) == (1, 0.0, 1.0)
    phone = ev("CONSULT", ["IND"], ["RUS"])
    phone.mode = "visit"
    d = score_documents([("d", [phone], [gold("CONSULT", ["IND"], ["RUS"], mode="phone")])]).as_dict()
    assert (d["direction_accuracy"], d["mode_accuracy"]) == (1.0, 0.0)
