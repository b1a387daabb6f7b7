from datetime import date

from vaarta.evaluate import synthetic


def test_synthetic_documents_hold_the_events_asked_for_with_states_redrawn(pipeline):
    templates = synthetic.coded_templates(pipeline)
    codes = sorted(pipeline.kb.states)
    docs = list(synthetic.synthetic_docs(templates, codes, 700, seed=5))
    events = [ev for d in docs for ev in d.events]
    assert len(events) == 700 and len({d.id for d in docs}) == len(docs)
    assert len({d.raw for d in docs}) == len(docs)  # each text new: none is "already stored"
    assert all(date(2016, 1, 1) <= d.published <= date(2025, 12, 31) for d in docs)
    template_states = {a.country for d in templates for ev in d.events for a in ev.actors + ev.recipients}
    drawn = {a.country for ev in events for a in ev.actors + ev.recipients} - {None}
    assert drawn <= set(codes) | template_states and len(drawn - template_states) > 10
    assert list(synthetic.synthetic_docs(templates, codes, 700, seed=5)) == docs  # the same seed, the same store
