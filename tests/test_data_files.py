import unicodedata

from .conftest import ROOT


def test_shipped_text_is_nfc():
    """Data typed with precomposed nukta letters would never match the NFC text we read."""
    files = [p for p in (ROOT / "src" / "vaarta").rglob("*") if p.suffix in (".py", ".tsv", ".yaml", ".txt")]
    bad = [str(p) for p in files if (t := p.read_text(encoding="utf-8")) != unicodedata.normalize("NFC", t)]
    assert bad == []
