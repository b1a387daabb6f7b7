"""Words that make a place name a building or a street, not a city: "राष्ट्रपति भवन",
"हैदराबाद हाउस", "साउथ ब्लॉक". A capital speaks for its government ("मॉस्को ने"); a
building named as the capital's place does not ("राष्ट्रपति भवन पर कब्जा" in Khartoum)."""

LANDMARK_WORDS = ("भवन", "हाउस", "ब्लॉक", "मार्ग", "आवास", "मंडपम", "निवास", "महल", "पैलेस", "हॉल")
