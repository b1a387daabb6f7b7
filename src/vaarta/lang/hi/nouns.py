"""Nouns for the people of a body, written after its name: "भारतीय नौसेना कर्मियों को" (naval
personnel) — the phrase is the body's and takes the marker after these words."""

PERSONNEL_NOUNS = ("कर्मियों", "कर्मी", "कर्मचारियों", "कर्मचारी", "सदस्यों", "सदस्य", "अधिकारियों",
                   "जवानों", "सैनिकों", "नागरिकों", "प्रतिनिधियों", "राजनयिकों", "दिग्गजों")

# A state's organs named after its genitive: "अमेरिकी राष्ट्रपति के प्रशासन की तरफ से" — the
# organ acts for the one named before it, and the phrase takes the marker after the organ.
ORGAN_NOUNS = ("प्रशासन", "सरकार", "हुकूमत", "शासन", "मंत्रालय", "दूतावास", "उच्चायोग", "प्रतिनिधिमंडल",
               "सेना", "सेनाओं", "फौज", "सैनिकों", "बलों", "नौसेना", "वायुसेना", "कार्यालय", "दफ्तर")

# Nouns for a group, written after the word that names its kind: "एम 23 विद्रोही समूह ने" — the
# phrase is the group's and takes the marker after these words.
GROUP_NOUNS = ("समूह", "गुट", "संगठन", "संगठनों", "समूहों", "गुटों")
