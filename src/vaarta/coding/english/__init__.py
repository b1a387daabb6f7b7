"""The English coder: frames of English verbs and event nouns (``data/lexicon/frames_en.yaml``),
their parties read off the sentence by word order, prepositions and a few closed word lists
(``lang/en``), their modality, date and place as the Hindi coder has them."""

from vaarta.coding.english.coder import code_english
from vaarta.coding.english.lexicon import EnglishFrame, EnglishLexicon

__all__ = ["EnglishFrame", "EnglishLexicon", "code_english"]
