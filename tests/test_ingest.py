import io
import json
from datetime import date

from vaarta import ingest
from vaarta.ingest import InputError, read_inputs
from vaarta.model import Doc


def _items(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_ingest_txt_with_front_matter(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("---\nid: x1\npublished: 2024-01-02\n---\nभारत ने बयान दिया।\n", encoding="utf-8")
    (doc,) = _items(f)
    assert isinstance(doc, Doc) and doc.id == "x1" and doc.published == date(2024, 1, 2)
    assert doc.raw.startswith("भारत")


def test_ingest_published_option_sets_plain_text_date(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("भारत ने बयान दिया।", encoding="utf-8")
    (doc,) = _items(f, published=date(2020, 5, 1))
    assert doc.published == date(2020, 5, 1)


def test_ingest_jsonl_bad_lines_are_reported_and_skipped(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "1", "text": "पहली खबर", "published": "2024-01-01"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "3"}),
        json.dumps({"id": "4", "text": "  "}),
        json.dumps({"id": "5", "text": "खबर", "published": "कल"}, ensure_ascii=False),
        json.dumps({"id": "6", "text": "छठी खबर"}, ensure_ascii=False),
    ]), encoding="utf-8")
    items = _items(f)
    docs = [i for i in items if isinstance(i, Doc)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert [d.id for d in docs] == ["1", "5", "6"]  # a bad date is said, and the article kept without one
    assert docs[1].published is None
    assert errors[0].startswith(f"{f}:2: malformed JSON")
    assert f"{f}:3: missing 'text'" in errors and f"{f}:4: empty text" in errors
    assert any(e.startswith(f"{f}:5: bad 'published'") and "without a date" in e for e in errors)


def test_ingest_csv(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("id,text,published\nn1,भारत ने कहा,2024-02-02\n", encoding="utf-8")
    (doc,) = _items(f)
    assert doc.id == "n1" and doc.published == date(2024, 2, 2)


def test_ingest_rejects_undecodable_and_binary_and_large(tmp_path, monkeypatch):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\xd8" + b"abc\x81")  # UTF-16 BOM with a lone surrogate
    latin = tmp_path / "latin.txt"
    latin.write_bytes("café".encode("latin-1"))
    big = tmp_path / "big.txt"
    big.write_text("भारत" * 100, encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    items = _items(bad, latin, big)
    assert all(isinstance(i, InputError) for i in items) and len(items) == 3
    assert "not UTF-8" in str(items[1]) and "MB limit" in str(items[2])


def test_ingest_folder_is_recursive_and_skips_gold(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("एक खबर", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "g", "text": "x"}), encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = _items(tmp_path)
    assert [i.id.split("-")[0] for i in items] == ["a"]  # the file name, then a hash of the text


def test_ingest_stdin_text_and_jsonl():
    (doc,) = list(read_inputs(["-"], stdin=io.StringIO("भारत ने कहा")))
    assert doc.raw == "भारत ने कहा"
    docs = list(read_inputs(["-"], stdin=io.StringIO('{"id": "s1", "text": "क"}\n{"id": "s2", "text": "ख"}\n')))
    assert [d.id for d in docs] == ["s1", "s2"]


def test_ingest_html_main_text(tmp_path):
    f = tmp_path / "p.html"
    body = "<p>भारत के प्रधानमंत्री ने सोमवार को नेपाल के प्रधानमंत्री से मुलाकात की और व्यापार पर बात की।</p>" * 3
    f.write_text(f"<html><head><title>खबर</title></head><body><nav>होम</nav><article>{body}</article></body></html>",
                 encoding="utf-8")
    (doc,) = _items(f)
    assert isinstance(doc, Doc) and "मुलाकात" in doc.raw


def test_ingest_missing_path():
    (err,) = list(read_inputs(["/no/such/file.txt"]))
    assert isinstance(err, InputError) and "no such file" in str(err)


def test_a_field_of_the_wrong_kind_is_an_error_of_that_item_alone(tmp_path, pipeline):
    from vaarta.store import open_store
    from vaarta.store.ingest import ingest

    f = tmp_path / "mixed.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": "a", "text": "भारत ने पाकिस्तान की निंदा की।", "published": "2024-01-01"},
        {"id": "b", "text": "रूस ने यूक्रेन पर हमला किया।", "url": {"href": "x"}},
        {"id": "c", "text": "चीन ने बयान दिया।", "lang": ["hi"]},
        {"id": "d", "text": "अमेरिका ने ईरान पर प्रतिबंध लगाए।", "title": 5.5},
    ]), encoding="utf-8")
    errors = [str(i) for i in read_inputs([str(f)]) if isinstance(i, InputError)]
    assert f"{f}:2: 'url' must be text, not dict" in errors and f"{f}:3: 'lang' must be text, not list" in errors
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    stats = ingest([str(f)], store, pipeline)
    assert stats.added == 2 and stats.errors == 2 and store.count("documents") == 2


def test_documents_without_ids_never_take_each_others_ids(tmp_path, pipeline):
    from vaarta.store import open_store
    from vaarta.store.ingest import ingest

    for folder, text in (("one", "भारत ने पाकिस्तान की निंदा की।"), ("two", "रूस ने यूक्रेन पर हमला किया।")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.jsonl").write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    first = ingest([str(tmp_path / "one")], store, pipeline)
    second = ingest([str(tmp_path / "two")], store, pipeline)
    assert first.added == second.added == 1 and store.count("documents") == 2
    twice = list(read_inputs(["-"], stdin=io.StringIO("पहली खबर"))) + list(read_inputs(["-"], stdin=io.StringIO("दूसरी खबर")))
    assert twice[0].id != twice[1].id
    again = list(read_inputs(["-"], stdin=io.StringIO("पहली खबर")))
    assert again[0].id == twice[0].id  # the same text keeps its id: a re-run is still "already stored"


def test_a_csv_cell_longer_than_128k_characters_loses_no_row(tmp_path):
    f = tmp_path / "long.csv"
    long = "भारत ने बयान दिया। " * 12_000  # ~230k characters
    f.write_text(f"id,text\n1,{long}\n2,दूसरी खबर\n", encoding="utf-8")
    items = list(read_inputs([str(f)]))
    assert [i.id for i in items if isinstance(i, Doc)] == ["1", "2"]


def test_deeply_nested_html_still_gives_its_text(tmp_path):
    f = tmp_path / "deep.html"
    f.write_text("<html><head><script>var x = 1;</script></head><body>" + "<div>" * 20000
                 + "<p>भारत ने पाकिस्तान की कड़ी निंदा की।</p>" + "</div>" * 20000 + "</body></html>", encoding="utf-8")
    (doc,) = _items(f)
    assert isinstance(doc, Doc) and doc.raw.strip() == "भारत ने पाकिस्तान की कड़ी निंदा की।"
