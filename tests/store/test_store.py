import json
from datetime import date

import duckdb
import pytest
from sqlalchemy import event, text
from typer.testing import CliRunner

from vaarta.cli import app
from vaarta.export import export_events
from vaarta.store import EventQuery, StoreError, open_store
from vaarta.store.ingest import ingest

from ..conftest import ROOT

NEWS = str(ROOT / "examples" / "news")


@pytest.fixture()
def filled(store, pipeline):
    ingest([NEWS], store, pipeline)
    return store


def test_store_ingest_is_idempotent(store, pipeline):
    first = ingest([NEWS], store, pipeline)
    n_docs, n_events = store.count("documents"), store.count("events")
    second = ingest([NEWS], store, pipeline)
    assert first.added == n_docs > 20 and n_events == first.events > 20
    assert second.added == 0 and second.skipped == first.read
    assert (store.count("documents"), store.count("events")) == (n_docs, n_events)


def test_store_same_text_under_another_id_is_not_stored_twice(store, pipeline, tmp_path):
    body = "भारत ने नेपाल के राजदूत को तलब किया।"
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.txt").write_text(body, encoding="utf-8")
    res = ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], store, pipeline)
    assert (res.added, res.skipped, store.count("documents")) == (1, 1, 1)


def test_store_recode_replaces_events(filled, pipeline):
    before = filled.count("events")
    res = ingest([NEWS], filled, pipeline, recode=True)
    assert res.recoded == res.read and filled.count("events") == before


def test_store_event_filters(filled):
    rus = filled.events(EventQuery(actor="RUS", limit=500))
    assert rus and all(any(a["country"] == "RUS" for a in e["actors"]) for e in rus)
    consult = filled.events(EventQuery(type="CONSULT", since="2024-01-01", until="2024-12-31", limit=500))
    assert consult and all(e["type"] == "CONSULT" and "2024-01-01" <= e["date"] <= "2024-12-31" for e in consult)
    by_name = filled.events(EventQuery(actor="Putin", limit=500))
    assert by_name and all(any("Putin" in (a["name"] or "") for a in e["actors"]) for e in by_name)


def test_store_pairs_networks_and_places_agree(filled):
    """The views behind the timeline, network and map pages, on both back ends."""
    pair = filled.events(EventQuery(pair=("IND", "PAK"), limit=500))
    assert pair and all({"IND", "PAK"} <= {p["country"] for p in e["actors"] + e["recipients"]} for e in pair)
    assert filled.events(EventQuery(pair=("IN", "PA"), limit=5)) == []  # whole codes, not parts of one
    assert filled.events(EventQuery(pair=("%", "%"), limit=5)) == []
    weeks = filled.dyad("IND", "PAK", "week")
    months = filled.dyad("IND", "PAK", "month")
    assert sum(w["events"] for w in weeks) == sum(m["events"] for m in months) == len([e for e in pair if e["date"]])
    assert all(date.fromisoformat(w["period"]).weekday() == 0 for w in weeks)  # weeks named by their Monday
    edges = filled.network(EventQuery())
    ind_pak = sum(e["events"] for e in edges if {e["source"], e["target"]} == {"IND", "PAK"})
    assert ind_pak == len(pair)
    places = filled.places(EventQuery(actor="RUS"))
    assert places and all(p["lat"] is not None for p in places)
    assert sum(p["events"] for p in places) == len([e for e in filled.events(EventQuery(actor="RUS", limit=500))
                                                      if e["place"] and e["place"]["lat"] is not None])


@pytest.mark.parametrize("evil", ["' OR 1=1 --", "RUS'; DROP TABLE events; --", "%", "\\", '"', "ॐ' )"])
def test_store_filters_are_parameterised(filled, evil):
    for field in ("actor", "recipient", "type", "modality", "place", "since", "until"):
        rows = filled.events(EventQuery(**{field: evil}, limit=5))
        assert all(isinstance(r, dict) for r in rows)
    assert filled.count("events") > 0
    filled.search(evil)


def test_store_event_round_trips_the_output_contract(filled, pipeline):
    from vaarta.ingest import read_file

    (doc,) = read_file(ROOT / "examples" / "news" / "05-jaishankar-wangyi-2025.txt")
    expected = [e.to_dict() for e in pipeline(doc).events]
    stored = filled.events(EventQuery(doc_id="ex-05", limit=50))
    assert sorted(stored, key=lambda e: e["event_id"]) == sorted(expected, key=lambda e: e["event_id"])


def test_store_fts_keeps_devanagari_words_whole(store, pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("---\nid: m1\n---\nउनके चेहरे पर मुस्कुराहट थी।", encoding="utf-8")
    (tmp_path / "b.txt").write_text("---\nid: m2\n---\nप्रधानमंत्री मॉस्को पहुंचे।", encoding="utf-8")
    ingest([str(tmp_path)], store, pipeline)
    assert [h["id"] for h in store.search("मॉस्को")] == ["m2"]
    assert [h["id"] for h in store.search("मुस्कुराहट")] == ["m1"]


def test_store_refuses_a_newer_schema(tmp_path):
    url = f"sqlite:///{tmp_path / 'v.db'}"
    s = open_store(url)
    with s.engine.begin() as conn:
        conn.execute(text("UPDATE vaarta_meta SET value = '999' WHERE key = 'schema_version'"))
    s.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(url)


def test_store_exports(filled, tmp_path):
    rows = list(filled.iter_events())
    n = export_events("gdelt", rows, tmp_path / "e.tsv")
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    # GDELT's files have no header, and one row per pair of states
    assert n == len(lines) >= len(rows)
    export_events("plover", rows, tmp_path / "p.jsonl")
    plover = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    future = [p for p in plover if p["vaarta"]["type"] == "CONSULT" and "future" in p["context"]]
    assert future and all(p["event"] == "AGREE" for p in future)
    export_events("icews", rows, tmp_path / "i.csv")
    assert (tmp_path / "i.csv").read_text(encoding="utf-8").startswith("Event ID,Event Date")
    export_events("parquet", rows, tmp_path / "e.parquet")
    got = duckdb.sql(f"SELECT count(*), count(DISTINCT type) FROM '{tmp_path / 'e.parquet'}'").fetchall()[0]
    assert got[0] == len(rows) and got[1] >= 8


def test_cli_ingest_events_search_stats(tmp_path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", NEWS, "--db", db])
    assert res.exit_code == 0 and " added" in res.stdout
    res = runner.invoke(app, ["events", "--db", db, "--actor", "IND", "--type", "consult", "--format", "jsonl"])
    rows = [json.loads(x) for x in res.stdout.splitlines()]
    assert rows and all(r["type"] == "CONSULT" for r in rows)
    assert "मॉस्को" in runner.invoke(app, ["search", "मॉस्को", "--db", db]).stdout
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert stats["events"] > 20 and stats["by_type"]["CONSULT"] > 5
    res = runner.invoke(app, ["export", "--format", "nope", "-o", str(tmp_path / "x"), "--db", db])
    assert res.exit_code != 0


def test_stories_link_copies_and_merge_events_across_documents(store, pipeline, tmp_path):
    from vaarta.stories import update_stories

    body = ("नई दिल्ली। प्रधानमंत्री मोदी ने सोमवार को हैदराबाद हाउस में जापान के प्रधानमंत्री फुमियो किशिदा से "
            "मुलाकात की। दोनों नेताओं ने रक्षा और व्यापार में सहयोग बढ़ाने पर विस्तार से चर्चा की और कई "
            "समझौतों की समीक्षा की। बैठक के बाद दोनों देशों ने एक संयुक्त बयान जारी किया।")
    (tmp_path / "a.txt").write_text("---\nid: a\npublished: 2023-03-21\n---\n" + body, encoding="utf-8")
    # an agency copy with one sentence added: the same story
    (tmp_path / "b.txt").write_text("---\nid: b\npublished: 2023-03-21\n---\n" + body + " यह भी पढ़ें: अन्य खबर",
                                    encoding="utf-8")
    # another outlet, own words, same meeting: another story, same happening
    (tmp_path / "c.txt").write_text("---\nid: c\npublished: 2023-03-21\n---\nजापान के प्रधानमंत्री फुमियो किशिदा "
                                    "से मोदी ने सोमवार को मुलाकात की।", encoding="utf-8")
    ingest([str(tmp_path)], store, pipeline)
    st = update_stories(store)
    assert st.documents == 3 and st.stories == 2 and st.linked == 2
    rows = [r for r in store.iter_events() if r["type"] == "CONSULT"]
    assert len({r["cluster_id"] for r in rows}) == 1
    assert {(r["mentions"], r["sources"]) for r in rows} == {(3, 2)}
    assert store.stories()[0]["documents"] == 2


def test_stories_grow_with_the_store_without_rereading_it(store, pipeline, tmp_path, monkeypatch):
    """A later ingest hashes only its new documents, joins a copy to its story, and ends
    where computing everything from scratch ends."""
    import vaarta.stories as stories

    body = ("बीजिंग। चीन के विदेश मंत्री वांग यी ने मंगलवार को बीजिंग में भारत के विदेश मंत्री एस जयशंकर से "
            "मुलाकात की। दोनों नेताओं ने सीमा पर शांति बनाए रखने और सीधी उड़ानें फिर शुरू करने पर "
            "विस्तार से बात की और अगली बैठक की तारीख तय की।")
    texts = {"x1": body, "y1": "नई दिल्ली। भारत ने बुधवार को नेपाल के साथ बिजली व्यापार के एक नए समझौते पर "
             "हस्ताक्षर किए। ऊर्जा मंत्री ने इसे दोनों देशों के लिए अहम कदम बताया।",
             "x2": body + " (एजेंसी)"}
    for name in ("x1", "y1"):
        (tmp_path / "first").mkdir(exist_ok=True)
        (tmp_path / "first" / f"{name}.txt").write_text(
            f"---\nid: {name}\npublished: 2025-07-15\n---\n{texts[name]}", encoding="utf-8")
    ingest([str(tmp_path / "first")], store, pipeline)
    assert stories.update_stories(store).stories == 2
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "x2.txt").write_text(f"---\nid: x2\npublished: 2025-07-15\n---\n{texts['x2']}",
                                                encoding="utf-8")
    ingest([str(tmp_path / "later")], store, pipeline)
    hashed: list[str] = []
    real = stories._minhash
    monkeypatch.setattr(stories, "_minhash", lambda text: hashed.append(text) or real(text))
    st = stories.update_stories(store)
    assert len(hashed) == 1 and hashed[0].endswith("(एजेंसी)")
    assert (st.documents, st.stories, st.linked) == (3, 2, 2)
    with store.engine.connect() as conn:
        got = dict(conn.execute(text("SELECT id, story_id FROM documents")).all())
    assert got == {"x1": "x1", "x2": "x1", "y1": "y1"}
    hashed.clear()
    writes: list[str] = []
    event.listen(store.engine, "before_cursor_execute",
                 lambda conn, cur, statement, *args: writes.append(statement) if statement.startswith("UPDATE") else None)
    assert stories.update_stories(store) == st
    assert hashed == [] and writes == []  # nothing new: nothing hashed, no row rewritten


def test_store_upgrades_version_1_databases(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    s = open_store(url)
    with s.engine.begin() as conn:
        conn.execute(text("DROP TABLE document_signatures"))
        conn.execute(text("UPDATE vaarta_meta SET value = '1' WHERE key = 'schema_version'"))
    s.close()
    s = open_store(url)
    with s.engine.connect() as conn:
        from vaarta.store.schema import SCHEMA_VERSION

        assert conn.execute(text("SELECT value FROM vaarta_meta")).scalar_one() == str(SCHEMA_VERSION)
        conn.execute(text("SELECT count(*) FROM document_signatures")).scalar_one()


def test_long_ids_nul_characters_and_odd_languages_behave_alike_on_both_back_ends(store, pipeline, tmp_path):
    import json as _json

    f = tmp_path / "odd.jsonl"
    f.write_text("\n".join(_json.dumps(x, ensure_ascii=False) for x in [
        {"id": "x" * 300, "text": "भारत ने पाकिस्तान की निंदा की।"},
        {"id": "nul", "text": "रूस ने यूक्रेन पर\u0000 हमला किया।", "title": "शीर्षक\u0000"},
        {"id": "lang", "text": "चीन ने बयान दिया।", "lang": "hindi-language"},
        {"id": "good", "text": "अमेरिका ने ईरान पर प्रतिबंध लगाए।", "published": "2024-04-22"},
    ]), encoding="utf-8")
    errors: list = []
    stats = ingest([str(f)], store, pipeline, on_error=errors.append)
    assert stats.added == 2 and store.count("documents") == 2
    assert sorted(e.line for e in errors) == [1, 3]
    assert "\x00" not in store.document("nul")["text"]


def test_keyset_pages_cover_the_store_once_on_both_back_ends(filled):
    from vaarta.store import EventQuery

    seen: list[str] = []
    after = None
    while True:
        rows = filled.events(EventQuery(limit=7, after=after))
        seen += [r["event_id"] for r in rows]
        if len(rows) < 7:
            break
        after = (rows[-1]["date"], rows[-1]["event_id"])
    assert len(seen) == len(set(seen)) == filled.count("events")


def test_store_search_ranks_a_very_common_word_among_its_newest_matches(tmp_path, pipeline, monkeypatch):
    """A word in most articles is ranked among the SEARCH_WINDOW articles stored last that
    have it (ranking every match of such a word took 250–400 ms at a million events); a
    rarer word is ranked over all its matches as before."""
    from vaarta.store import sql

    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    texts = ["शांति शांति शांति शांति वार्ता।"] + [f"दोनों देशों ने लंबी बैठक के बाद शांति की बात कही, अंक {i}।"
                                                for i in range(5)]
    for i, body in enumerate(texts):  # one at a time: stored in this order
        (tmp_path / f"{i}.txt").write_text(f"---\nid: w{i}\n---\n{body}", encoding="utf-8")
        ingest([str(tmp_path / f"{i}.txt")], store, pipeline)
    assert store.search("शांति", 2)[0]["id"] == "w0"  # all six ranked: the article that says it four times first
    monkeypatch.setattr(sql, "SEARCH_WINDOW", 3)
    assert sorted(h["id"] for h in store.search("शांति", 10)) == ["w3", "w4", "w5"]
    assert [h["id"] for h in store.search("वार्ता")] == ["w0"]  # one match: as before
    store.close()


def test_a_pairs_weekly_timeline_keeps_events_known_only_to_the_month(store, pipeline, tmp_path):
    """An event dated only by month has no week: the weekly timeline of its pair shows it under
    its month rather than failing (it used to raise ValueError), and loses no event."""
    (tmp_path / "a.jsonl").write_text(json.dumps({
        "id": "m1", "lang": "hi", "published": "2016-05-20",
        "text": "अप्रैल 2016 में भारत ने पाकिस्तान के उच्चायुक्त को तलब किया था। 12 मई 2016 को भारत ने पाकिस्तान के उच्चायुक्त को फिर तलब किया।",
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest([str(tmp_path / "a.jsonl")], store, pipeline)
    events = store.events(EventQuery(pair=("IND", "PAK"), limit=50))
    assert any(len(e["date"] or "") == 7 for e in events)
    weeks = store.dyad("IND", "PAK", "week")
    months = store.dyad("IND", "PAK", "month")
    assert sum(w["events"] for w in weeks) == sum(m["events"] for m in months) == len(events)
    assert any(w["period"] == "2016-04" for w in weeks)
