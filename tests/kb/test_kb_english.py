"""The English names file: more names for records loaded before, demonyms for states only."""

import pytest

from vaarta.kb import load_kb
from vaarta.kb.load import KBError


def test_english_names_and_demonyms_are_aliases():
    kb = load_kb()
    assert [e.ref for e in kb.aliases["US"]] == ["USA"]
    assert any(e.kind == "demonym" and e.ref == "AFG" for e in kb.aliases["Afghans"])
    assert any(e.kind == "role" for e in kb.aliases["foreign minister"])


@pytest.mark.parametrize(("row", "message"), [
    ("state\tXXX\tXland\t\n", "unknown state XXX"),
    ("city\tUSA\tFoo\t\n", "kind must be"),
    ("org\tun\tUNO\tUnited\n", "only states have demonyms"),
])
def test_a_bad_english_names_row_is_refused(tmp_path, row, message):
    (tmp_path / "names_en.tsv").write_text("kind\tid\tnames:en\tdemonyms:en\n" + row, encoding="utf-8")
    with pytest.raises(KBError, match=message):
        load_kb([tmp_path])


def test_an_english_names_file_with_bare_columns_is_read_as_english(tmp_path):
    # names_en.tsv as written before the names:en header: its columns are in the file's language
    (tmp_path / "names_en.tsv").write_text("kind\tid\tnames\tdemonyms\nstate\tNPL\tNepal Realm\tNepalis\n",
                                           encoding="utf-8")
    kb = load_kb([tmp_path])
    assert kb.aliases["Nepal Realm"][0].ref == "NPL" and kb.aliases["Nepalis"][0].kind == "demonym"
    assert kb.languages["en"] > load_kb().languages["en"]


def test_a_latin_name_is_also_found_without_its_accents():
    kb = load_kb()
    assert kb.aliases["Erdogan"] == kb.aliases["Erdoğan"]
    assert "Sao Paulo" in kb.aliases or "São Paulo" not in kb.aliases
