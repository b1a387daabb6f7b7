"""Words that make a place name a building or a street, not a city: "राष्ट्रपति भवन",
"हैदराबाद हाउस", "साउथ ब्लॉक". A capital speaks for its government ("मॉस्को ने"); a
building named as the capital's place does not ("राष्ट्रपति भवन पर कब्जा" in Khartoum)."""

LANDMARK_WORDS = ("भवन", "हाउस", "ब्लॉक", "मार्ग", "आवास", "मंडपम", "निवास", "महल", "पैलेस", "हॉल")

# Where a ship, plane or convoy arrives in a city: "माले बंदरगाह पहुंचा", "काबुल हवाई अड्डे पर उतरा"
# — the city is still the destination.
ARRIVAL_POINTS = ("बंदरगाह", "बंदरगाह पर", "हवाई अड्डे", "हवाई अड्डे पर", "हवाई अड्डा", "हवाईअड्डे", "हवाईअड्डे पर",
                  "एयरपोर्ट", "एयरपोर्ट पर", "पोर्ट", "पोर्ट पर")

# What carries a state's aid or forces: "भारत का विमान राहत सामग्री लेकर सीरिया पहुंचा" — the
# state whose plane, ship or convoy it is acts, though the clause has no ने.
VEHICLE_WORDS = ("विमान", "विमानों", "जहाज", "जहाजों", "पोत", "पोतों", "युद्धपोत", "युद्धपोतों", "खेप",
                 "काफिला", "काफिले", "उड़ान", "उड़ानें", "ट्रक", "ट्रकों")
