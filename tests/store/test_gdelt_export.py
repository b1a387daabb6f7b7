"""`vaarta export --format gdelt` is GDELT 2.0's event table: read here with the column schema
the `gdelt` package (gdeltPyR, on PyPI) ships, not with a parser of ours."""

from __future__ import annotations

import csv
import importlib.metadata

import pytest

from vaarta.export import export_events
from vaarta.store import open_store
from vaarta.store.ingest import ingest

from ..conftest import ROOT


def _gdelt_schema() -> list[tuple[str, str]]:
    try:
        files = importlib.metadata.files("gdelt") or []
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("the gdelt package (a test extra) is not installed")
    found = [f.locate() for f in files if str(f).endswith("events2.csv")]
    if not found:
        pytest.skip("the gdelt package ships no events2.csv schema")
    with open(found[0], encoding="utf-8") as fh:
        return [(r["name"], r["type"]) for r in csv.DictReader(fh)]


@pytest.fixture(scope="module")
def exported(pipeline, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gdelt")
    store = open_store(f"sqlite:///{tmp / 's.db'}")
    ingest([str(ROOT / "examples" / "news")], store, pipeline)
    path = tmp / "events.export.CSV"
    export_events("gdelt", store.iter_events(), path)
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)), store


def test_every_row_has_gdelt_2s_61_columns_of_their_types(exported):
    rows, store = exported
    schema = _gdelt_schema()
    assert len(schema) == 61 and len(rows) >= store.count("events")  # one row per pair of states
    for row in rows:
        assert len(row) == 61
        record = dict(zip((n for n, _ in schema), row, strict=True))
        for name, kind in schema:
            value = record[name]
            if value == "":
                continue
            if kind == "INTEGER":
                int(value)
            elif kind == "FLOAT":
                float(value)
        assert len(record["SQLDATE"]) == 8 and record["SQLDATE"].isdigit()  # always filled
        assert record["MonthYear"] == record["SQLDATE"][:6] and record["Year"] == record["SQLDATE"][:4]


def test_actor_codes_are_cameo_and_geo_codes_are_fips(exported):
    rows, _ = exported
    schema = [n for n, _ in _gdelt_schema()]
    records = [dict(zip(schema, r, strict=True)) for r in rows]
    codes = {r["Actor1Code"] for r in records} | {r["Actor2Code"] for r in records}
    assert "IMGIMG" not in codes and any(c.startswith("IND") and len(c) == 6 for c in codes)  # e.g. INDGOV
    geo = {r["ActionGeo_CountryCode"] for r in records if r["ActionGeo_CountryCode"]}
    assert "RS" in geo and "RUS" not in geo  # Moscow is in RS (FIPS), not RUS
    names = [r["Actor1Name"] for r in records if r["Actor1Name"]]
    assert names and all(n.isascii() for n in names)


def test_states_acting_together_are_one_row_per_pair_of_states(pipeline, tmp_path):
    # one event in the store (they acted together), three actor pairs in GDELT's table
    _gdelt_schema()
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(
        "---\nid: a\npublished: 2017-06-05\n---\nमिस्र, बहरीन और संयुक्त अरब अमीरात ने कतर से राजनयिक रिश्ते तोड़ लिए।",
        encoding="utf-8")
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    ingest([str(tmp_path / "news")], store, pipeline)
    sanctions = [e for e in store.iter_events() if e["type"] == "SANCTION"]
    assert len(sanctions) == 1 and {a["country"] for a in sanctions[0]["actors"]} == {"EGY", "BHR", "ARE"}
    path = tmp_path / "events.export.CSV"
    export_events("gdelt", iter(sanctions), path)
    schema = [n for n, _ in _gdelt_schema()]
    with path.open(encoding="utf-8") as fh:
        records = [dict(zip(schema, r, strict=True)) for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert sorted((r["Actor1CountryCode"], r["Actor2CountryCode"]) for r in records) == \
        [("ARE", "QAT"), ("BHR", "QAT"), ("EGY", "QAT")]
    assert len({r["GLOBALEVENTID"] for r in records}) == 3
