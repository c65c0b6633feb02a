"""An alias written in lower case ("official visit to Vietnam") describes an event rather
than naming it: any leader's visit is written so. It links only where the article names the
person the event is named after (or, its name naming none, a person taking part). The texts
and people are invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, make_entity, make_registry
from dossier.recognize.matcher import build_matcher, find_mentions
from dossier.recognize.mentions import matcher_version

VISIT = "ha-min-jae-official-visit-to-vietnam"
ROUNDTABLE = "roundtable-with-korean-investors-in-da-nang"

REGISTRY = make_registry(
    make_entity("leaders", "Ha Min-jae"),
    make_entity("leaders", "Đinh Văn Lộc", aliases=["Dinh Van Loc"]),
    make_entity("leaders", "Seo Ji-hun"),
    make_entity("cities", "Da Nang"),
    make_entity(
        "events",
        "Ha Min-jae Official Visit to Vietnam",
        slug=VISIT,
        aliases=["official visit to Vietnam"],
        participants=["ha-min-jae", "dinh-van-loc"],
    ),
    make_entity(
        "events",
        "Roundtable with Korean Investors in Da Nang",
        slug=ROUNDTABLE,
        aliases=["roundtable with Korean investors"],
        participants=["seo-ji-hun"],
    ),
)
MATCHER = build_matcher(REGISTRY)


def _linked(text: str) -> list[str]:
    article = article_from_text(f"Talks of the week\n\n{text}\n")
    return sorted({m.entity for m in find_mentions(article, MATCHER)})


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister began a three-day official visit to Vietnam on Monday.",
        # a person taking part, though not the one the visit is named after
        "Speaker Yun met Dinh Van Loc during his official visit to Vietnam.",
    ],
)
def test_a_described_visit_of_someone_else_is_not_linked(text):
    assert VISIT not in _linked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ha Min-jae arrived in Da Nang, starting his official visit to Vietnam.",
        "During his official visit to Vietnam, Ha Min-jae met Dinh Van Loc.",
    ],
)
def test_a_described_visit_links_where_its_person_is_named(text):
    assert VISIT in _linked(text)


def test_the_event_s_full_name_links_alone():
    assert VISIT in _linked("The Ha Min-jae Official Visit to Vietnam ended today.")


def test_a_described_event_naming_no_person_links_beside_one_taking_part():
    assert ROUNDTABLE not in _linked("A roundtable with Korean investors was held.")
    text = "Seo Ji-hun chaired a roundtable with Korean investors in the city."
    assert ROUNDTABLE in _linked(text)


def test_the_cached_mentions_are_stale_once_an_event_s_people_change():
    other = make_registry(
        *(e for e in REGISTRY.entities.values() if e.slug != ROUNDTABLE),
        make_entity(
            "events",
            "Roundtable with Korean Investors in Da Nang",
            slug=ROUNDTABLE,
            aliases=["roundtable with Korean investors"],
            participants=["ha-min-jae"],
        ),
    )
    assert matcher_version(build_matcher(other)) != matcher_version(MATCHER)
