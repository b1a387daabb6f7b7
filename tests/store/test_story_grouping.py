"""Story and cluster grouping one article at a time: the same result as one full pass, and
work that does not grow with the store (issue 16)."""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import date, timedelta

import pytest
from sqlalchemy import event, text

from vaarta.model import Actor, Doc, Event, EventDate, Evidence
from vaarta.store import open_store
from vaarta.stories import update_stories

WORDS = ["भारत", "पाकिस्तान", "सीमा", "बातचीत", "मंत्री", "बैठक", "समझौता", "व्यापार", "नदी", "पानी", "सेना", "शांति", "दौरा", "बयान"]


def _event(doc: str, i: int, kind: str, acting: str, receiving: str, day: str | None) -> Event:
    return Event(doc, f"{doc}:{i}", kind, None, None, None, None, "asserted", [Actor(None, acting, "GOV")],
                 [Actor(None, receiving, "GOV")], EventDate(day, "day") if day else None, None,
                 Evidence("वाक्य", 0, 5), "test.rule", 1.0)


def _docs(seed: int, n: int) -> list[Doc]:
    """Documents over two months whose events fall into a few groups, days near their
    document's (some by month or year only, some without a date, one not of the calendar),
    some documents copies of others."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    docs: list[Doc] = []
    for k in range(n):
        published = start + timedelta(days=rng.randrange(60))
        body = " ".join(rng.choice(WORDS) for _ in range(40)) + f" लेख {k}"
        if docs and rng.random() < 0.15:  # a copy of an earlier article, one sentence added
            body = docs[rng.randrange(len(docs))].text + f" (एजेंसी {k})"
        evs = []
        for i in range(rng.randint(1, 3)):
            kind, acting, receiving = rng.choice([("CONSULT", "IND", "PAK"), ("CONSULT", "PAK", "IND"),
                                                  ("ACCUSE", "IND", "PAK"), ("ACCUSE", "PAK", "IND")])
            roll = rng.random()
            day = (None if roll < 0.1 else "2024-02" if roll < 0.15 else "2024" if roll < 0.18 else
                   "2024-02-30" if roll < 0.2 else (published + timedelta(days=rng.randint(-6, 2))).isoformat())
            evs.append(_event(f"d{seed}-{k}", i, kind, acting, receiving, day))
        docs.append(Doc(f"d{seed}-{k}", body, published, lang="hi", text=body, events=evs))
    return docs


def _grouping(store) -> tuple[dict[str, str], dict[str, str]]:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        return (dict(conn.execute(text("SELECT id, story_id FROM documents")).all()),
                dict(conn.execute(text("SELECT event_id, cluster_id FROM events")).all()))


@pytest.mark.parametrize("seed", [1, 2])
def test_grouping_a_few_articles_at_a_time_equals_one_full_pass(store, tmp_path, seed):
    docs = _docs(seed, 90)
    rng = random.Random(seed)
    order = docs[:]
    rng.shuffle(order)  # later articles report earlier days: new events head old clusters
    i = 0
    while i < len(order):
        size = 40 if i == 30 else rng.randint(1, 4)  # one large batch: whole groups clustered again
        store.add_documents(order[i : i + size])
        step = update_stories(store)
        i += size
    once = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    once.add_documents(docs)
    full = update_stories(once, full=True)
    assert _grouping(store) == _grouping(once)
    assert step == full
    docs_story, clusters = _grouping(store)
    assert full.clusters == len(set(clusters.values())) < len(clusters)
    assert full.stories == len(set(docs_story.values())) < len(docs_story)


def test_a_recode_clusters_the_events_again_whole(store, tmp_path):
    docs = _docs(3, 40)
    store.add_documents(docs)
    update_stories(store)
    recoded = [Doc(d.id, d.raw, d.published, lang="hi", text=d.text, events=d.events[1:]) for d in docs[::2]]
    store.add_documents(recoded, recode=True)  # events leave their clusters, some a cluster's first
    st = update_stories(store)
    by_id = {d.id: d for d in recoded}
    once = open_store(f"sqlite:///{tmp_path / 'once.db'}")
    once.add_documents([by_id.get(d.id, d) for d in docs])
    full = update_stories(once, full=True)
    assert _grouping(store) == _grouping(once)
    assert st.clusters == full.clusters


def _steps_to_group_one_more(tmp_path, n: int) -> int:
    """SQLite VM steps (in tens) of grouping one new article into a store of ``n``
    articles over the same 100 days, each with one event of one pair: one long chain."""
    store = open_store(f"sqlite:///{tmp_path / f's{n}.db'}")
    start = date(2020, 1, 1)

    def body(k: int) -> str:
        return f"लेख {k} " + " ".join(WORDS[(k * 7 + j) % len(WORDS)] for j in range(8))

    docs = [Doc(f"a{k}", body(k), start, lang="hi", text=body(k),
                events=[_event(f"a{k}", 0, "ACCUSE", "IND", "PAK", (start + timedelta(days=k * 100 // n)).isoformat())])
            for k in range(n)]
    for k in range(0, n, 500):
        store.add_documents(docs[k : k + 500])
    update_stories(store)
    store.add_documents([Doc("new", "एक नया लेख", start, lang="hi", text="एक नया लेख",
                             events=[_event("new", 0, "ACCUSE", "IND", "PAK", "2020-02-15")])])
    steps = [0]

    def count(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        def tick() -> int:
            steps[0] += 1
            return 0

        dbapi_conn.set_progress_handler(tick, 10)

    store.engine.dispose()
    event.listen(store.engine, "connect", count)
    st = update_stories(store)
    assert st.documents == n + 1 and st.clusters == 1  # the new event joined the chain
    store.close()
    return steps[0]


def test_grouping_one_article_does_no_more_work_in_a_store_ten_times_as_big(tmp_path):
    """No count over every event or story, no scan of every document for those without a
    signature, no read of a whole group or of every event near a day: the work of grouping
    one article is that of its own events and their nearest neighbours."""
    small, big = _steps_to_group_one_more(tmp_path, 300), _steps_to_group_one_more(tmp_path, 3000)
    assert big < 1.3 * small, (small, big)


def test_signatures_and_bands_are_datasketchs():
    """Signatures stored before (made by datasketch) and now are one scheme."""
    datasketch = pytest.importorskip("datasketch")
    from datasketch.lsh import _optimal_param

    from vaarta.stories.minhash import optimal_bands, signature

    for body in ("", "abc", "नई दिल्ली। भारत ने बुधवार को नेपाल से बातचीत की।" * 3):
        shingles = [s.encode("utf-8") for s in {body[i : i + 5] for i in range(max(1, len(body) - 4))}]
        m = datasketch.MinHash(num_perm=64, scheme="affine32")
        m.update_batch(shingles)
        assert (datasketch.LeanMinHash(m).hashvalues.astype("uint64") == signature(shingles, 64)).all()
    for threshold in (0.3, 0.5, 0.6, 0.7, 0.8, 0.9):
        for num_perm in (32, 64, 128):
            assert optimal_bands(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_grouping_does_not_load_scipy(tmp_path):
    """(datasketch's LSH module loads scipy.integrate: most of a one-article ingest's time.)"""
    code = (
        "import sys\n"
        "from vaarta.model import Doc\n"
        "from vaarta.store import open_store\n"
        "from vaarta.stories import update_stories\n"
        f"s = open_store('sqlite:///{tmp_path / 'v.db'}')\n"
        "s.add_documents([Doc('a', 'भारत और नेपाल की बातचीत', None, lang='hi', text='भारत और नेपाल की बातचीत')])\n"
        "assert update_stories(s).documents == 1\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'datasketch')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
