"""Nouns for the people of a body, written after its name: "भारतीय नौसेना कर्मियों को" (naval
personnel) — the phrase is the body's and takes the marker after these words."""

PERSONNEL_NOUNS = ("कर्मियों", "कर्मी", "कर्मचारियों", "कर्मचारी", "सदस्यों", "सदस्य", "अधिकारियों",
                   "जवानों", "सैनिकों", "नागरिकों", "प्रतिनिधियों", "राजनयिकों", "दिग्गजों")
