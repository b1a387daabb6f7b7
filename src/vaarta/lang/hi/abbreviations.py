"""Words that a full stop follows without ending the sentence (Hindi and English news)."""

# fmt: off
ABBREVIATIONS = frozenset(["डॉ", "डा", "श्री", "श्रीमती", "सुश्री", "प्रो", "मि", "मो", "कु", "सं", "ले", "जन", "ब्रि", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "capt", "st", "sr", "jr", "no", "vs", "etc", "inc", "ltd", "co", "rev", "sgt", "maj", "adm", "gov", "sen", "rep", "u.s", "u.k", "u.n", "e.u"])
# fmt: on

# Short words that end Hindi sentences; a full stop after any other Devanagari word of at
# most three characters is taken as an initial ("एस. जयशंकर", "जे.पी. नड्डा").
# fmt: off
SHORT_FINAL_WORDS = frozenset(["है", "हैं", "था", "थी", "थे", "की", "दी", "ली", "गई", "गए", "गया", "हुआ", "हुई", "हुए", "रहा", "रही", "रहे", "दिया", "लिया", "किया", "कहा", "हो", "जी", "भी", "तो"])
# fmt: on
