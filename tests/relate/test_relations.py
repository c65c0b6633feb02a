"""Relations: typed links from front matter references, labelled for both ends, and
co-mentions counted once per shared passage."""

from builders import make_article, make_dossier, make_entity
from dossier.model import Relation

HANOI = make_entity("cities", "Hanoi", kind="city")
OH = make_entity("leaders", "Oh Se-hoon", role="Mayor of Seoul")
FORUM = make_entity(
    "events", "Urban Forum", start="2025", city="hanoi", participants=["oh-se-hoon"]
)


def test_references_become_relations_labelled_for_both_ends():
    dossier = make_dossier([], [HANOI, OH, FORUM])
    assert set(dossier.relations) == {
        Relation("urban-forum", "hanoi", "City", "Events here"),
        Relation("urban-forum", "oh-se-hoon", "Participants", "Took part in"),
    }
    assert dossier.relations_of["oh-se-hoon"] == [
        Relation("urban-forum", "oh-se-hoon", "Participants", "Took part in")
    ]


def test_a_reference_to_an_unknown_entity_is_reported_not_related():
    lost = make_entity("events", "Lost Forum", city="hanio")
    dossier = make_dossier([], [HANOI, lost])
    assert dossier.relations == ()
    assert [str(p) for p in dossier.errors] == [
        "docs/events/lost-forum.md:3: field 'city' refers to unknown entity 'hanio' (did you mean 'hanoi'?)"
    ]


def test_co_mentions_count_shared_passages_not_mentions():
    article = make_article(
        "Oh Se-hoon flew to Hanoi. In Hanoi, Oh Se-hoon met officials.",
        "Hanoi hosted the Urban Forum; Oh Se-hoon spoke there.",
        "The Urban Forum closed on Sunday.",
    )
    dossier = make_dossier([article], [HANOI, OH, FORUM])
    assert dossier.shared["hanoi"]["oh-se-hoon"] == 2
    assert dossier.shared["oh-se-hoon"]["hanoi"] == 2
    assert dossier.shared["urban-forum"] == {"hanoi": 1, "oh-se-hoon": 1}
