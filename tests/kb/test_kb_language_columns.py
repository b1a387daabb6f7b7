"""The shipped KB files keep each language in its own column or file (issue 14): no Latin
name in a Hindi column, no Devanagari in an English one, and role words in one
role_words_<code>.tsv per language, so a new language adds a column or a file."""

import re

from vaarta.text.resources import data_path, read_tsv

_DEVA = re.compile("[\u0900-\u097f]")
_LATIN = re.compile("[A-Za-z]")


def test_every_name_column_of_the_shipped_kb_holds_one_script():
    for path in sorted(data_path("kb").glob("*.tsv")):
        for _, row in read_tsv(path):
            for col, cell in row.items():
                if not cell or ":" not in col:
                    continue
                lang = col.split(":", 1)[1]
                for name in cell.split("|"):
                    if lang == "hi":
                        assert not _LATIN.search(name), f"{path.name} {col}: {name!r}"
                    elif lang == "en":
                        assert not _DEVA.search(name), f"{path.name} {col}: {name!r}"


def test_role_words_come_one_file_a_language():
    kb = data_path("kb")
    assert not (kb / "role_words.tsv").exists()
    assert {p.name for p in kb.glob("role_words_*.tsv")} >= {"role_words_hi.tsv", "role_words_en.tsv"}
