"""Hindi number words (1-31 and round tens) and Devanagari digits."""

# fmt: off
NUMBER_WORDS: dict[str, int] = {
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "छे": 6,
    "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14,
    "पंद्रह": 15, "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19, "बीस": 20,
    "इक्कीस": 21, "बाईस": 22, "तेईस": 23, "चौबीस": 24, "पच्चीस": 25, "छब्बीस": 26,
    "सत्ताईस": 27, "अट्ठाईस": 28, "उनतीस": 29, "तीस": 30, "इकतीस": 31, "चालीस": 40, "पचास": 50,
}
# fmt: on
DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def to_int(word: str) -> int | None:
    """A number written in digits (Latin or Devanagari) or as a Hindi word, else None."""
    w = word.translate(DIGITS)
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(word)
