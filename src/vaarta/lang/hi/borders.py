"""Words for a state's border in Hindi news: forces massed "सीमा पर" with no other state
named face the neighbour the story is about."""

BORDER_WORDS = ("सीमा", "सीमाओं", "सीमाएं", "बॉर्डर", "बार्डर", "सरहद", "सरहदों", "सीमांत")
