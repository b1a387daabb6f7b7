import pytest

from vaarta.text.clean import Cleaner

ARTICLE = "\n".join([
    "नई दिल्ली। भारत और नेपाल के विदेश मंत्रियों ने सोमवार को सीमा व्यापार पर बातचीत की।",
    "यह भी पढ़ें: राजधानी में बारिश से जाम, कई इलाकों में पानी भरा",
    "दोनों पक्षों ने बिजली व्यापार बढ़ाने पर भी सहमति जताई।",
    "देश-दुनिया की ताजा खबरों के लिए डाउनलोड करें हमारा ऐप",
    "here",
    "हमें फेसबुक पर फॉलो करें",
])


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.from_file()


def _kept(cleaner: Cleaner, text: str) -> str:
    out, pos = [], 0
    for s, e, _ in cleaner.cut(text):
        out.append(text[pos:s])
        pos = e
    return "".join(out) + text[pos:]


@pytest.mark.parametrize("without", ["यह भी पढ़ें", "डाउनलोड करें हमारा ऐप", "here", "फेसबुक पर फॉलो"])
def test_clean_removes_boilerplate(cleaner, without):
    assert without not in _kept(cleaner, ARTICLE)


@pytest.mark.parametrize("with_", ["सीमा व्यापार पर बातचीत की", "बिजली व्यापार बढ़ाने"])
def test_clean_keeps_the_article(cleaner, with_):
    assert with_ in _kept(cleaner, ARTICLE)


def test_clean_records_a_reason_for_each_cut(cleaner):
    reasons = {r for _, _, r in cleaner.cut(ARTICLE)}
    assert {"related_link", "app_promo", "stray_token", "share"} <= reasons


def test_clean_keeps_a_long_paragraph_that_mentions_an_app(cleaner):
    para = ("सरकार ने नागरिकों से कहा कि वे राहत शिविरों की जानकारी के लिए आपदा प्रबंधन विभाग का ऐप डाउनलोड करें, "
            "जिसमें हर जिले के शिविरों, अस्पतालों और हेल्पलाइन नंबरों की पूरी सूची दी गई है और जिसे हर दिन दो बार "
            "अद्यतन किया जाता है ताकि बाढ़ प्रभावित लोगों तक समय पर सही सूचना पहुंचे और कोई भी परिवार मदद से वंचित न रहे।")
    assert _kept(cleaner, para) == para


def test_clean_cuts_a_phrase_repeated_back_to_back(cleaner):
    text = "चीन के राष्ट्रपति ने पांच साल में पहली बार पांच साल में पहली बार भारत का दौरा किया।"
    assert _kept(cleaner, text) == "चीन के राष्ट्रपति ने पांच साल में पहली बार भारत का दौरा किया।"


def test_clean_cuts_photo_credit_and_english_kicker(cleaner):
    text = "दिल्ली में अहम बैठक (फोटो- सोशल मीडिया)\nIndia Nepal Talks: भारत और नेपाल के बीच बातचीत हुई।"
    kept = _kept(cleaner, text)
    assert "फोटो" not in kept and "India Nepal Talks" not in kept and "भारत और नेपाल के बीच" in kept
