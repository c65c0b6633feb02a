"""The derived index: lookups by entity and article, newest-first lists, the timeline and the
map's cities, worked out once per build from the recognised mentions."""

from builders import make_article, make_dossier, make_entity

SEOUL = make_entity("cities", "Seoul", coordinates=[37.5665, 126.978])
HANOI = make_entity("cities", "Hanoi", coordinates=[21.0285, 105.8542])
BUSAN = make_entity("cities", "Busan")  # no coordinates: not on the map
FORUM = make_entity("events", "Seoul Forum", start="2025-06", city="seoul")
OLD = make_article(
    "Seoul and Hanoi signed a pact.",
    title="Old news",
    source="seeds/000_old.txt",
    published="2024-03-01",
)
NEW = make_article(
    "The Seoul Forum opened in Seoul in June 2025.",
    "Busan sent a delegation.",
    title="New news",
    source="seeds/001_new.txt",
    published="2025-06-02",
)
UNDATED = make_article(
    "Seoul was mentioned.", title="Undated news", source="seeds/002_undated.txt"
)


def dossier():
    return make_dossier([OLD, NEW, UNDATED], [SEOUL, HANOI, BUSAN, FORUM])


def test_articles_of_an_entity_are_newest_first():
    found = dossier()
    assert [a.slug for a in found.articles_of("seoul")] == [
        "new-news",
        "old-news",
        "undated-news",
    ]
    assert [a.slug for a in found.index.newest] == [
        "new-news",
        "old-news",
        "undated-news",
    ]
    assert {m.entity for m in found.mentions_in("new-news")} == {
        "seoul-forum",
        "seoul",
        "busan",
    }


def test_timeline_orders_dated_entities_and_articles_by_date():
    found = dossier()
    assert [(d.date, d.slug) for d in found.index.timeline] == [
        ("2024-03-01", "old-news"),
        ("2025-06", "seoul-forum"),
        ("2025-06-02", "new-news"),
    ]
    forum = found.index.dated["seoul-forum"]
    assert (forum.source.article, forum.source.anchor) == ("new-news", "p-1")


def test_mapped_cities_have_coordinates_most_cited_first():
    assert [c.slug for c in dossier().index.mapped_cities] == ["seoul", "hanoi"]
