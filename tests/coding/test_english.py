"""Every English frame, each on a sentence we wrote: type, the participants' states, modality."""

import pytest

from vaarta.coding.english import EnglishLexicon
from vaarta.coding.lexicon import Lexicon

# rule, sentence, publication day, (type, actor states, recipient states, modality)
CASES = [
    # CONSULT
    ("en.consult.meet", "Japanese Prime Minister Fumio Kishida met Australian Prime Minister Anthony Albanese in Perth on Sunday.",
     "2022-10-24", ("CONSULT", {"JPN"}, {"AUS"}, "asserted")),
    ("en.consult.phone", "Emmanuel Macron spoke by phone with Narendra Modi on Thursday.",
     "2023-06-30", ("CONSULT", {"FRA"}, {"IND"}, "asserted")),
    ("en.consult.phone_counterpart", "Chile's defence minister called his Bolivian counterpart on Monday.",
     "2023-06-30", ("CONSULT", {"CHL"}, {"BOL"}, "asserted")),
    ("en.consult.visit", "Antony Blinken visited Egypt on Tuesday.",
     "2024-02-08", ("CONSULT", {"USA"}, {"EGY"}, "asserted")),
    ("en.consult.host", "Qatar hosted the Iranian foreign minister for two days of consultations.",
     "2024-05-02", ("CONSULT", {"IRN"}, {"QAT"}, "asserted")),
    ("en.consult.mediate", "Turkey mediated between Russia and Ukraine over grain shipments.",
     "2022-07-25", ("CONSULT", {"TUR"}, {"RUS", "UKR"}, "asserted")),
    ("en.consult.negotiate", "Iran negotiated with the European Union in Vienna for a fourth day.",
     "2022-08-07", ("CONSULT", {"IRN"}, {"EUR"}, "asserted")),
    # SUPPORT
    ("en.support.praise", "The German chancellor praised Kenya for its climate policy.",
     "2023-05-06", ("SUPPORT", {"DEU"}, {"KEN"}, "asserted")),
    ("en.support.welcome", "Egypt welcomed Sudan's decision to return to the negotiating table.",
     "2023-07-14", ("SUPPORT", {"EGY"}, {"SDN"}, "asserted")),
    ("en.support.congratulate", "Vladimir Putin congratulated Xi Jinping on his re-election.",
     "2023-03-11", ("SUPPORT", {"RUS"}, {"CHN"}, "asserted")),
    ("en.support.condole", "Nepal conveyed its condolences to Turkey after the earthquake.",
     "2023-02-07", ("SUPPORT", {"NPL"}, {"TUR"}, "asserted")),
    ("en.support.recognise", "Spain recognised Palestine as a state on Tuesday.",
     "2024-05-29", ("SUPPORT", {"ESP"}, {"PSE"}, "asserted")),
    # CONCEDE
    ("en.concede.ease", "The United States eased sanctions on Venezuela's oil sector.",
     "2023-10-19", ("CONCEDE", {"USA"}, {"VEN"}, "asserted")),
    ("en.concede.apologise", "Japan apologised to South Korea for the remarks of a junior minister.",
     "2023-04-02", ("CONCEDE", {"JPN"}, {"KOR"}, "asserted")),
    ("en.concede.yield", "Kenya gave in to Somalia's demands over the disputed border.",
     "2023-04-02", ("CONCEDE", {"KEN"}, {"SOM"}, "asserted")),
    # COOPERATE
    ("en.cooperate.joint", "India and France held joint naval exercises off Goa.",
     "2023-01-20", ("COOPERATE", {"IND"}, {"FRA"}, "asserted")),
    ("en.cooperate.economic", "Brazil will cooperate with Argentina on nuclear energy.",
     "2023-01-23", ("COOPERATE", {"BRA"}, {"ARG"}, "future")),
    ("en.cooperate.intel", "Jordan shared intelligence with Iraq on the smuggling network.",
     "2023-09-12", ("COOPERATE", {"JOR"}, {"IRQ"}, "asserted")),
    ("en.cooperate.extradite", "Thailand extradited a fraud suspect to Cambodia.",
     "2023-09-12", ("COOPERATE", {"THA"}, {"KHM"}, "asserted")),
    # AID
    ("en.aid.give", "Japan donated medical equipment to Sri Lanka.",
     "2022-06-01", ("AID", {"JPN"}, {"LKA"}, "asserted")),
    ("en.aid.economic", "China extended a loan of two billion dollars to Pakistan.",
     "2023-06-27", ("AID", {"CHN"}, {"PAK"}, "asserted")),
    ("en.aid.military", "Germany delivered air defence systems to Ukraine.",
     "2023-06-27", ("AID", {"DEU"}, {"UKR"}, "asserted")),
    ("en.aid.humanitarian", "Saudi Arabia sent humanitarian aid to Sudan on Friday.",
     "2023-05-06", ("AID", {"SAU"}, {"SDN"}, "asserted")),
    # RETREAT
    ("en.retreat.withdraw", "France withdrew its troops from Mali.",
     "2022-08-16", ("RETREAT", {"FRA"}, {"MLI"}, "asserted")),
    ("en.retreat.ceasefire", "Hamas declared a ceasefire on Sunday.",
     "2023-05-15", ("RETREAT", {"IMG"}, set(), "asserted")),
    ("en.retreat.ceasefire_effect", "A truce between Armenia and Azerbaijan came into force at midnight.",
     "2022-09-15", ("RETREAT", {"ARM"}, {"AZE"}, "asserted")),
    ("en.retreat.release", "Iran released two French nationals on Friday.",
     "2023-05-13", ("RETREAT", {"IRN"}, {"FRA"}, "asserted")),
    ("en.retreat.exchange", "Armenia swapped prisoners with Azerbaijan on Sunday.",
     "2023-05-15", ("RETREAT", {"ARM"}, {"AZE"}, "asserted")),
    # REQUEST
    ("en.request.aid", "Kenya sought Ethiopia's help against the militants.",
     "2024-06-10", ("REQUEST", {"KEN"}, {"ETH"}, "asserted")),
    ("en.request.urge", "The UN Secretary-General urged Myanmar to free its political prisoners.",
     "2023-02-01", ("REQUEST", {"UNO"}, {"MMR"}, "asserted")),
    ("en.request.demand", "Poland demanded an explanation from Belarus.",
     "2023-08-02", ("REQUEST", {"POL"}, {"BLR"}, "asserted")),
    # ACCUSE
    ("en.accuse.condemn", "Turkey condemned Sweden over the burning of a holy book.",
     "2023-01-22", ("ACCUSE", {"TUR"}, {"SWE"}, "asserted")),
    ("en.accuse.accuse", "Seoul accused Pyongyang of sending balloons across the border.",
     "2024-05-29", ("ACCUSE", {"KOR"}, {"PRK"}, "asserted")),
    ("en.accuse.lawsuit", "Ukraine filed a case against Russia at the International Court of Justice.",
     "2022-02-27", ("ACCUSE", {"UKR"}, {"RUS"}, "asserted")),
    # REJECT
    ("en.reject.reject", "Israel rejected Egypt's ceasefire proposal.",
     "2024-02-10", ("REJECT", {"ISR"}, {"EGY"}, "asserted")),
    ("en.reject.talks", "Pakistan refused to meet the Afghan delegation.",
     "2024-02-10", ("REJECT", {"PAK"}, {"AFG"}, "asserted")),
    ("en.reject.stated", "Pakistan will never accept the Indian proposal, the minister said.",
     "2024-02-10", ("REJECT", {"PAK"}, {"IND"}, "asserted")),
    # THREATEN
    ("en.threaten", "Iran threatened Israel with a harsh response.",
     "2024-04-02", ("THREATEN", {"IRN"}, {"ISR"}, "asserted")),
    ("en.threaten.retaliate", "China vowed to retaliate against the new American tariffs.",
     "2025-04-03", ("THREATEN", {"CHN"}, {"USA"}, "asserted")),
    ("en.threaten.ultimatum", "Niger gave France an ultimatum over its envoy.",
     "2023-08-26", ("THREATEN", {"NER"}, {"FRA"}, "asserted")),
    ("en.threaten.force", "Peru said it could take military action against Chile.",
     "2023-08-26", ("THREATEN", {"PER"}, {"CHL"}, "asserted")),
    ("en.threaten.consequence", "The Dutch minister said Belarus would face sanctions.",
     "2023-08-26", ("THREATEN", {"NLD"}, {"BLR"}, "asserted")),
    ("en.threaten.targets", "The militia said it considers all Turkish warships legitimate targets.",
     "2023-08-26", ("THREATEN", {"IMG"}, {"TUR"}, "asserted")),
    # PROTEST
    ("en.protest.summon", "Bangladesh summoned the Myanmar ambassador on Monday.",
     "2022-09-05", ("PROTEST", {"BGD"}, {"MMR"}, "asserted")),
    ("en.protest.demonstrate", "Thousands of Kenyans demonstrated against the Ugandan government.",
     "2022-09-05", ("PROTEST", {"KEN"}, {"UGA"}, "asserted")),
    ("en.protest.boycott", "Canada boycotted Chinese goods during the dispute.",
     "2022-09-05", ("PROTEST", {"CAN"}, {"CHN"}, "asserted")),
    # SANCTION
    ("en.sanction.impose", "The European Union imposed new sanctions on Belarus.",
     "2021-06-24", ("SANCTION", {"EUR"}, {"BLR"}, "asserted")),
    ("en.sanction.reciprocal", "Washington raised tariffs on Chinese goods. Beijing adopted reciprocal measures on Friday.",
     "2025-04-05", ("SANCTION", {"CHN"}, {"USA"}, "asserted")),
    ("en.sanction.expel", "Germany expelled two Russian diplomats.",
     "2022-04-05", ("SANCTION", {"DEU"}, {"RUS"}, "asserted")),
    ("en.sanction.suspend", "The African Union suspended Gabon on Thursday.",
     "2023-09-01", ("SANCTION", {"AFU"}, {"GAB"}, "asserted")),
    ("en.sanction.break", "Nicaragua severed diplomatic ties with Taiwan.",
     "2021-12-10", ("SANCTION", {"NIC"}, {"TWN"}, "asserted")),
    ("en.sanction.recall_both", "Colombia and Venezuela recalled their ambassadors on Thursday.",
     "2015-08-28", ("SANCTION", {"COL"}, {"VEN"}, "asserted")),
    ("en.sanction.cutaid", "The United States suspended aid to Niger after the coup.",
     "2023-08-05", ("SANCTION", {"USA"}, {"NER"}, "asserted")),
    # MOBILIZE
    ("en.mobilize.deploy", "Azerbaijan deployed troops along the border with Armenia.",
     "2023-09-15", ("MOBILIZE", {"AZE"}, {"ARM"}, "asserted")),
    ("en.mobilize.drill", "China staged military drills around Taiwan.",
     "2023-04-09", ("MOBILIZE", {"CHN"}, {"TWN"}, "asserted")),
    ("en.mobilize.test", "North Korea test-fired a cruise missile on Saturday.",
     "2023-03-12", ("MOBILIZE", {"PRK"}, set(), "asserted")),
    # COERCE
    ("en.coerce.arrest", "Russian police arrested an American journalist in Yekaterinburg.",
     "2023-03-30", ("COERCE", {"RUS"}, {"USA"}, "asserted")),
    ("en.coerce.seize", "Iran seized a Greek oil tanker in the Gulf.",
     "2022-05-28", ("COERCE", {"IRN"}, {"GRC"}, "asserted")),
    ("en.coerce.block", "Chinese coast guard vessels blocked Philippine supply boats.",
     "2023-08-06", ("COERCE", {"CHN"}, {"PHL"}, "asserted")),
    ("en.coerce.deport", "Pakistan deported hundreds of Afghan refugees.",
     "2023-11-02", ("COERCE", {"PAK"}, {"AFG"}, "asserted")),
    ("en.coerce.annex", "Russia annexed four regions of Ukraine.",
     "2022-10-01", ("COERCE", {"RUS"}, {"UKR"}, "asserted")),
    # ASSAULT
    ("en.assault.attack", "Houthi rebels attacked a British cargo ship in the Red Sea.",
     "2024-01-27", ("ASSAULT", {"IMG"}, {"GBR"}, "asserted")),
    ("en.assault.aerial", "Israeli aircraft bombed targets in Gaza overnight.",
     "2023-10-09", ("ASSAULT", {"ISR"}, {"PSE"}, "asserted")),
    ("en.assault.artillery", "Azerbaijani forces shelled Armenian villages overnight.",
     "2022-09-13", ("ASSAULT", {"AZE"}, {"ARM"}, "asserted")),
    ("en.assault.terror", "A suicide bombing at a market in Baghdad killed twelve people.",
     "2021-01-22", ("ASSAULT", {"IMG"}, {"IRQ"}, "asserted")),
    ("en.assault.assassinate", "Gunmen assassinated a Haitian politician outside his home.",
     "2021-07-08", ("ASSAULT", {"IMG"}, {"HTI"}, "asserted")),
    ("en.coerce.abduct", "Militants abducted three Chinese engineers in Balochistan.",
     "2021-07-08", ("COERCE", {"IMG"}, {"CHN"}, "asserted")),
    ("en.assault.clash", "Indian and Chinese troops clashed in Ladakh.",
     "2020-06-16", ("ASSAULT", {"IND"}, {"CHN"}, "asserted")),
    # AGREE
    ("en.agree.sign", "Vietnam and the Philippines signed a maritime cooperation pact.",
     "2024-01-30", ("AGREE", {"VNM"}, {"PHL"}, "asserted")),
    ("en.agree.agree", "Egypt and Ethiopia agreed to resume negotiations on the dam.",
     "2023-07-14", ("AGREE", {"EGY"}, {"ETH"}, "asserted")),
    ("en.agree.ceasefire", "Israel and Hamas reached a ceasefire on Wednesday.",
     "2023-11-23", ("AGREE", {"ISR"}, {"IMG"}, "asserted")),
    ("en.agree.invite", "Narendra Modi invited Joe Biden to visit India.",
     "2023-06-24", ("AGREE", {"IND"}, {"USA"}, "asserted")),
    ("en.agree.mediate_offer", "Saudi Arabia offered to mediate between Iran and Pakistan.",
     "2024-01-20", ("AGREE", {"SAU"}, {"IRN", "PAK"}, "asserted")),
    ("en.coerce.coup", "The Nigerien army staged a coup in Niger on Wednesday.",
     "2023-07-28", ("COERCE", {"NER"}, {"NER"}, "asserted")),
    ("en.mobilize.test_named", "Iran carried out a test of a new missile on Tuesday.",
     "2024-01-20", ("MOBILIZE", {"IRN"}, set(), "asserted")),
    ("en.concede.waiver", "Germany granted a waiver to Poland on Monday.",
     "2024-01-20", ("CONCEDE", {"DEU"}, {"POL"}, "asserted")),
]


def _parties(ev):
    return ({a.country for a in ev.actors}, {r.country for r in ev.recipients})


@pytest.mark.parametrize("rule,text,published,expected", CASES, ids=[c[0] for c in CASES])
def test_english_frame(code, rule, text, published, expected):
    doc = code(text, published, lang="en")
    fired = [e for e in doc.events if e.rule == rule]
    assert fired, [(e.rule, e.type, _parties(e)) for e in doc.events]
    ev = fired[0]
    type_, actors, recipients, modality = expected
    got = (ev.type, *_parties(ev), ev.modality)
    if ev.type in ("CONSULT", "COOPERATE", "AGREE"):  # a set of participants, as the scorer reads it
        assert (got[0], got[1] | got[2], got[3]) == (type_, actors | recipients, modality)
    else:
        assert got == expected


def test_every_english_frame_has_a_test():
    frames = EnglishLexicon.load(Lexicon.load().cameo).frames
    assert {f.id for f in frames} <= {c[0] for c in CASES}


def test_all_sixteen_types_have_english_frames():
    frames = EnglishLexicon.load(Lexicon.load().cameo).frames
    assert len({f.type for f in frames}) == 16
