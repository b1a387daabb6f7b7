"""A party named only by where the act is aimed: aid sent to help the victims in a state goes
to that state ("X में भूकंप पीड़ितों की सहायता के लिए Y ने विमान भेजे")."""

from tests.coding.dyads import dyads


def test_aid_for_the_victims_in_a_state_goes_to_that_state(code):
    doc = code("म्यांमार में भूकंप पीड़ितों की सहायता के लिए भारत ने राहत सामग्री से लदे दो जहाज भेजे।")
    assert ("AID", {"IND"}, {"MMR"}, "asserted") in dyads(doc, "AID")
