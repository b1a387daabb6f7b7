import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from vaarta.cli import app

from .conftest import ROOT

runner = CliRunner()


def test_cli_extract_examples_jsonl_contract():
    res = runner.invoke(app, ["extract", str(ROOT / "examples" / "news"), "--no-progress"])
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    assert len(events) >= 12
    keys = {"doc_id", "event_id", "type", "mode", "cameo", "goldstein", "quad", "modality", "actors",
            "recipients", "date", "date_precision", "place", "evidence", "rule", "confidence"}
    assert all(set(e) == keys for e in events)
    assert {e["type"] for e in events} >= {"CONSULT", "ASSAULT", "SANCTION", "ACCUSE", "SUPPORT"}


def test_cli_evidence_offsets_point_into_cleaned_text(pipeline):
    from vaarta.ingest import read_inputs

    for doc in pipeline.pipe(d for d in read_inputs([str(ROOT / "examples" / "news")])):
        for ev in doc.events:
            assert ev.evidence.sentence in doc.text[ev.evidence.start : ev.evidence.end]


def test_cli_exit_status_nonzero_only_when_nothing_read(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    errs = tmp_path / "errors.jsonl"
    res = runner.invoke(app, ["extract", str(bad), "--errors", str(errs)])
    assert res.exit_code == 1
    assert json.loads(errs.read_text(encoding="utf-8").splitlines()[0])["line"] == 1
    good = tmp_path / "good.txt"
    good.write_text("भारत ने नेपाल की प्रशंसा की।", encoding="utf-8")
    res = runner.invoke(app, ["extract", str(bad), str(good), "--published", "2024-01-01"])
    assert res.exit_code == 0


def test_cli_bad_published_date_is_a_clear_error(tmp_path):
    res = runner.invoke(app, ["extract", "-", "--published", "yesterday"], input="x")
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.output


def test_cli_table_and_tsv_formats():
    res = runner.invoke(app, ["extract", str(ROOT / "examples" / "news"), "--format", "tsv"])
    lines = res.stdout.splitlines()
    assert lines[0].startswith("doc_id\tevent_id\ttype") and len(lines) > 10
    res = runner.invoke(app, ["extract", str(ROOT / "examples" / "news"), "--format", "table"])
    assert "CONSULT" in res.stdout and "actor → recipient" in res.stdout


def test_cli_eval_examples_gold_json():
    res = runner.invoke(app, ["eval", str(ROOT / "examples" / "news" / "gold.jsonl"), "--json"])
    assert res.exit_code == 0
    figures = json.loads(res.stdout)
    assert figures["f1"] >= 0.7  # floor for our own sample news; raise it as the coder improves


def test_cli_example_gold_is_in_sync_with_articles():
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_example_gold.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_cli_help_lists_commands():
    res = runner.invoke(app, ["--help"])
    assert "extract" in res.stdout and "eval" in res.stdout


def test_cli_every_command_has_help_and_is_in_the_readme():
    import typer.main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        assert (cmd.help or "").strip(), f"vaarta {name} has no help"
        if name != "version":
            assert f"vaarta {name}" in readme, f"vaarta {name} is not in README.md"


def test_eval_names_the_bad_line_of_a_gold_file_without_a_traceback(tmp_path):
    gold = tmp_path / "gold.jsonl"
    good = {"id": "a", "lang": "hi", "published": "2024-01-02", "text": "भारत।", "events": []}
    bad = dict(good, id="b", published="2024-01")
    gold.write_text(json.dumps(good, ensure_ascii=False) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold)])
    assert result.exit_code == 2
    assert "gold.jsonl:2" in result.output
    assert "Traceback" not in result.output


def test_cli_version_option_prints_the_version():
    from vaarta import __version__

    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.strip() == __version__


@pytest.mark.parametrize("command", [["events"], ["eval"], ["ingest"], ["lexicon", "coverage"], ["watch"]])
def test_cli_help_names_no_python_types(command):
    res = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert res.exit_code == 0
    for python_name in ("<str>", "<bool>", "<int>", "<Path>", "list[", "<int range>", "<file>"):
        assert python_name not in res.stdout, python_name


def test_readme_sample_output_is_what_extract_prints():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = "Output (`--format jsonl`), one object per event:\n\n```json\n"
    sample = readme[readme.index(head) + len(head):]
    sample = json.loads(sample[: sample.index("\n```")])
    res = runner.invoke(app, ["extract", str(ROOT / "examples" / "news" / "05-jaishankar-wangyi-2025.txt"), "--format", "jsonl"])
    assert json.loads(res.stdout.splitlines()[0]) == sample
