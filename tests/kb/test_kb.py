from datetime import date

import pytest

from vaarta.kb import load_kb
from vaarta.kb.load import KBError


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _found(kb, text):
    return [(m.text, sorted({e.kind for e in m.entries})) for m in kb.matcher.find(text)]


def test_kb_matches_whole_words_only(kb):
    found = _found(kb, "रूसी सेना रूस में है")
    assert ("रूसी", ["demonym"]) in found and ("रूस", ["state"]) in found
    assert all(t != "रूस" or k == ["state"] for t, k in found)


def test_kb_spelling_key_finds_place_variants(kb):
    (m,) = [m for m in kb.matcher.find("वे व्लादीवोस्तक पहुंचे") if m.first("place")]
    assert kb.places[m.first("place").ref].name == "Vladivostok"


def test_kb_nukta_spelling_matches(kb):
    assert any(m.first("state") and m.first("state").ref == "ISR" for m in kb.matcher.find("इज़राइल ने कहा"))


def test_kb_person_role_follows_the_date(kb):
    kerry = kb.people["john-kerry"]
    assert kerry.office_on(date(2016, 3, 24)).office == "secretary of state"
    assert kerry.office_on(date(2025, 1, 1)) is None


def test_kb_extra_folder_adds_entries(tmp_path):
    (tmp_path / "people.tsv").write_text(
        "id\tname\tcountry\tnames:hi\tnames:en\twikidata\n"
        "arzu-deuba\tArzu Rana Deuba\tNPL\tआरज़ू राणा देउबा\tArzu Rana Deuba\t\n", encoding="utf-8")
    kb = load_kb([tmp_path])
    assert any(m.first("person") for m in kb.matcher.find("आरज़ू राणा देउबा ने कहा"))


@pytest.mark.parametrize(("header", "message"), [
    ("id\tname\tcountry\tnames_hi\n", r"column 'names_hi' is now names:hi"),
    ("id\tname\tcountry\tnames:Hindi\n", r"'Hindi' is not a language code"),
])
def test_kb_refuses_an_old_or_bad_name_column(tmp_path, header, message):
    # an extra folder written for the old headers would lose its names without a word
    (tmp_path / "people.tsv").write_text(header + "x\tX\tNPL\tएक्स\n", encoding="utf-8")
    with pytest.raises(KBError, match=message):
        load_kb([tmp_path])


def test_kb_refuses_a_names_file_of_no_language(tmp_path):
    (tmp_path / "names_extra.tsv").write_text("kind\tid\tnames\nstate\tNPL\tNepal Kingdom\n", encoding="utf-8")
    with pytest.raises(KBError, match="'extra' is not a language code"):
        load_kb([tmp_path])


def test_kb_bad_date_names_file_and_line(tmp_path):
    (tmp_path / "people.tsv").write_text("id\tname\tcountry\nx\tX\tNPL\n", encoding="utf-8")
    (tmp_path / "offices.tsv").write_text("person\tcountry\tsector\toffice\tstart\tend\n"
                                          "x\tNPL\tGOV\tminister\t2024-13-01\t\n", encoding="utf-8")
    with pytest.raises(KBError, match=r"offices.tsv:2"):
        load_kb([tmp_path])


def test_kb_matches_with_or_without_nukta(kb):
    for text in ("अफ़ग़ानिस्तान ने कहा", "अफगानिस्तान ने कहा", "इजरायल ने कहा"):
        (m,) = [m for m in kb.matcher.find(text) if m.first("state")]
        assert text.startswith(m.text)


def test_kb_reads_the_english_o_written_either_way(kb):
    # ॉ and ो both write the "o" of an English or Russian name: मॉस्को / मोस्को
    (m,) = [m for m in kb.matcher.find("प्रतिनिधिमंडल मोस्को पहुंचा") if m.first("place")]
    assert kb.places[m.first("place").ref].name == "Moscow"
