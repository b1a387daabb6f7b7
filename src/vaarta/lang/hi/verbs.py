"""The forms of the light verbs that carry Hindi predicate nouns ("प्रतिबंध लगाए", "निंदा की",
"सहायता भेजेगा"): a frame that names one form of a light verb accepts its perfective and
future forms.

Left out on purpose: subjunctive-only forms (करे, करें, दें: "X प्रतिबंध हटाए" may be a
demand), and habitual, infinitive and absolutive forms (देती, देने, देकर), which mostly stand
in relative clauses and purposes ("जो रूस को सहायता देती हैं"), not in reports of an act —
measured: adding them cost more false events than they found.
"""

from __future__ import annotations

# fmt: off
PARADIGMS: tuple[tuple[str, ...], ...] = (
    ("किया", "किए", "किये", "की", "कीं"),  # (करेगा: too general a word to stand for any predicate)
    ("दिया", "दिए", "दिये", "दी", "दीं", "देगा", "देगी", "देंगे", "देंगी"),
    ("लगाया", "लगाए", "लगाये", "लगाई", "लगाईं", "लगाएगा", "लगाएगी", "लगाएंगे", "लगाएंगी"),
    ("भेजा", "भेजे", "भेजी", "भेजीं", "भेजेगा", "भेजेगी", "भेजेंगे"),
    ("जताया", "जताई", "जताईं", "जताए", "जताएगा", "जताएंगे"),
    ("पहुंचाया", "पहुंचाए", "पहुंचाई", "पहुंचाएगा", "पहुंचाएंगे"),
    ("सौंपा", "सौंपे", "सौंपी", "सौंपेगा", "सौंपेंगे"),
    ("दागा", "दागे", "दागी", "दागीं", "दागेगा"),
)
# fmt: on
