"""`vaarta bench --lang` times the articles of one language (English too, as issue 14 asks)
and reports sentences per second; a language with no articles is a clear error."""

import json

from typer.testing import CliRunner

from vaarta.cli import app


def test_bench_codes_english_articles_and_counts_their_sentences():
    res = CliRunner().invoke(app, ["bench", "--lang", "en", "--docs", "3", "--size", "800", "--json"])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.output.strip().splitlines()[-1])
    assert figures["docs"] == 3 and figures["sentences"] > 3 and figures["sentences_per_s"] > 0


def test_bench_names_a_language_it_finds_no_articles_of():
    res = CliRunner().invoke(app, ["bench", "--lang", "xx", "--docs", "2"])
    assert res.exit_code != 0
    assert "xx" in res.output
