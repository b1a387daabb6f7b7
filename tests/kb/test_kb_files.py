"""The shipped KB: valid, and covering every actor and place of the gold files."""

import json

import pytest
from typer.testing import CliRunner

from vaarta.cli import app
from vaarta.evaluate.scorer import _km
from vaarta.kb import load_kb
from vaarta.kb.check import check_kb

from ..conftest import ROOT, SHARED

GOLD_FILES = [p for p in (ROOT / "examples" / "news" / "gold.jsonl", SHARED / "gold" / "dev.jsonl") if p.exists()]


def test_kb_check_passes():
    report = check_kb()
    assert report.ok, report.errors
    assert report.counts["people"] >= 300 and report.counts["states"] >= 249


def test_kb_check_is_quiet_on_a_fresh_install():
    res = CliRunner().invoke(app, ["kb", "check"])
    assert res.exit_code == 0 and "0 errors, 0 warnings" in res.stdout


def test_kb_check_cli_fails_on_bad_extra(tmp_path):
    (tmp_path / "people.tsv").write_text("id\tname\tcountry\nx\tX\tXXX\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["kb", "check", "--kb-extra", str(tmp_path)])
    assert res.exit_code == 1 and "unknown country XXX" in res.output


def test_kb_find_cli_explains_a_name():
    res = CliRunner().invoke(app, ["kb", "find", "रूस के विदेश मंत्री", "--date", "2016-03-24"])
    assert res.exit_code == 0 and "Sergey Lavrov" in res.stdout


@pytest.mark.parametrize("gold", GOLD_FILES, ids=[p.name for p in GOLD_FILES])
def test_every_gold_actor_and_place_resolves(gold):
    kb = load_kb()
    codes = set(kb.states) | {o.code for o in kb.orgs.values()}
    missing = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for ev in doc["events"]:
            missing += [f"{doc['id']}: code {c}" for c in ev["actor"] + ev["recipient"] if c not in codes]
            place = ev.get("place")
            if not place:
                continue
            if place["country"] not in kb.states:
                missing.append(f"{doc['id']}: place country {place['country']}")
            elif place.get("name") and not any(
                p.country == place["country"] and (p.name == place["name"] or _km(p.lat, p.lon, place["lat"], place["lon"]) <= 50)
                for p in kb.places.values()
            ):
                missing.append(f"{doc['id']}: place {place['name']}")
    assert missing == [], "\n".join(missing)
