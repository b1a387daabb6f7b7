"""English news shapes of issue 14 (round 9), each on a sentence we wrote: a request whose object
is a noun phrase ("called for the release of the seized Somali boats", "requested a review of
Peru's records") is made to the one named after "of"; a participle after the main clause takes
that clause's subject, not the subject of a clause opening the sentence ("Even before the
tariffs came into force, Lula issued a statement, calling the tariffs unjustified"); the release
of people held, jailed or held captive "by" someone is that holder's release of them."""

from tests.coding.dyads import english_events as _events
from tests.coding.dyads import has as _has


def test_a_request_for_a_review_of_a_states_records_is_made_to_it(code):
    text = "Chile on Tuesday requested a review of Peru's customs records."
    assert _has(_events(code, text), "REQUEST", {"CHL"}, {"PER"})


def test_a_call_for_the_release_of_a_states_people_is_made_to_it(code):
    text = "Kenya called for the release of the seized Somali fishing boats."
    assert _has(_events(code, text), "REQUEST", {"KEN"}, {"SOM"})


def test_asking_for_the_return_of_a_states_people(code):
    text = "Kenya asked for the return of the detained Somali ministers."
    assert _has(_events(code, text), "REQUEST", {"KEN"}, {"SOM"})


def test_a_participle_after_an_opening_clause_takes_the_main_subject(code):
    text = ("Washington imposed new tariffs on Brazilian steel last week. Even before the tariffs came "
            "into force, Lula issued a statement, calling the tariffs unjustified.")
    assert _has(_events(code, text), "ACCUSE", {"BRA"}, {"USA"})


def test_the_release_of_people_held_by_a_state_is_that_states(code):
    text = ("Iran on Friday freed four Americans held in Tehran in exchange for the release of three "
            "Iranians jailed by the United States.")
    assert _has(_events(code, text), "RETREAT", {"USA"}, {"IRN"})


def test_the_release_of_soldiers_held_captive_by_rebels(code):
    text = "The Red Cross helped secure the release of 40 Ethiopian soldiers, held captive by the rebels since May."
    assert _has(_events(code, text), "RETREAT", {"IMG"}, {"ETH"})


def test_a_demanded_release_is_only_the_demand(code):
    text = "Kenya demanded the release of the detained Somali ministers."
    assert [t for t, _a, _r, _m in _events(code, text)] == ["REQUEST"]
