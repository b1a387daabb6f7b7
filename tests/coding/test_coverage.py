"""`vaarta lexicon coverage`: which CAMEO codes still have no frame."""

import json

from typer.testing import CliRunner

from vaarta.cli import app
from vaarta.coding.coverage import coverage, reference_codes, summary
from vaarta.coding.lexicon import Lexicon


def test_the_reference_list_holds_every_cameo_root_once():
    codes = [c for c, _, _ in reference_codes()]
    assert len(codes) == len(set(codes))
    assert {c[:2] for c in codes} == {f"{n:02d}" for n in range(1, 21)}


def test_a_code_is_covered_only_by_a_frame_coded_with_it():
    ref = [("040", "Consult", "CONSULT"), ("042", "Make a visit", "CONSULT"), ("010", "Make statement", "")]
    rows = coverage([("hi.meet", "040")], {}, ref)
    assert [(r.code, r.frames) for r in rows] == [("040", ("hi.meet",)), ("042", ())]  # 010: no PLOVER type
    assert summary(rows) == {"CONSULT": (1, 2)}


def test_the_coders_own_type_wins_over_plovers():
    rows = coverage([], {"163": "SANCTION"}, [("163", "Impose embargo", "COERCE")])
    assert rows[0].plover == "SANCTION"


def test_the_command_lists_the_codes_no_hindi_frame_has():
    res = CliRunner().invoke(app, ["lexicon", "coverage", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    used = {f.cameo for f in Lexicon.load().frames}
    missing = {m["code"] for m in out["missing"]}
    assert missing and not missing & used
    own = {c for c, k in Lexicon.load().cameo.items() if k.plover}
    typed = {c for c, _, p in reference_codes() if p} | own
    assert sum(v["covered"] for v in out["by_type"].values()) == len(used & typed)


def test_an_unknown_language_is_an_error():
    res = CliRunner().invoke(app, ["lexicon", "coverage", "--lang", "xx"])
    assert res.exit_code == 2
