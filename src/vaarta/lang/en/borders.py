"""Words for a state's border in English news: troops massed "on the border" with no other
state named face the neighbour the story is about."""

BORDER_WORDS = ("border", "borders", "frontier", "frontiers", "boundary")
