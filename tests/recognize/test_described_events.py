"""An event's alias written in lower case ("official visit to Vietnam") describes an event
rather than naming it: any leader's visit is written so. It links only where the same passage
names, outside the alias's words, the person the event is named after (or, its name naming
none, a person taking part, else a person or body related to it; never a place); else the
names inside it link. A body's alias in lower case is a name. The texts and people are
invented."""

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


def _linked_with(registry, text: str) -> list[str]:
    article = article_from_text(f"News of the day\n\n{text}\n")
    return sorted({m.entity for m in find_mentions(article, build_matcher(registry))})


def test_a_lower_case_alias_of_a_body_is_a_name():
    registry = make_registry(
        make_entity("cities", "Ha Noi"),
        make_entity(
            "organizations",
            "Gia Lam International Airport",
            aliases=["sân bay quốc tế Gia Lâm"],
            city="ha-noi",
        ),
        make_entity("organizations", "Orbit Entertainment Net", aliases=["oeN"]),
        make_entity("organizations", "Palace of Pines", aliases=["the Pine Palace"]),
    )
    text = (
        "Chuyến bay đã hạ cánh xuống sân bay quốc tế Gia Lâm lúc 7 giờ. The show "
        "airs on oeN tonight; the envoy was received at the Pine Palace."
    )
    assert _linked_with(registry, text) == [
        "gia-lam-international-airport",
        "orbit-entertainment-net",
        "palace-of-pines",
    ]


def test_an_event_with_no_person_or_body_to_name_never_links_by_its_description():
    for participants in ([], ["da-nang"]):
        registry = make_registry(
            make_entity("cities", "Da Nang"),
            make_entity("leaders", "Seo Ji-hun"),
            make_entity(
                "events",
                "Kim Do-yun State Visit to Vietnam",
                slug="kim-visit",
                aliases=["state visit to Vietnam"],
                participants=participants,
            ),
        )
        text = "Seo Ji-hun began a state visit to Vietnam, stopping in Da Nang."
        assert _linked_with(registry, text) == ["da-nang", "seo-ji-hun"]


FAIR = make_registry(
    make_entity("leaders", "Seo Ji-hun"),
    make_entity("cities", "Da Nang"),
    make_entity("organizations", "Hoi An Craft Guild", city="da-nang"),
    make_entity(
        "events",
        "Seo Ji-hun Official Visit to Da Nang",
        slug="seo-visit",
        aliases=["official visit to Da Nang"],
        participants=["seo-ji-hun"],
    ),
    make_entity(
        "events",
        "Lantern Fair",
        slug="lantern-fair",
        aliases=["craft fair with the Hoi An Craft Guild"],
        participants=["hoi-an-craft-guild"],
    ),
)


def test_a_cue_inside_the_alias_is_not_the_article_naming_it():
    text = "Buyers came to a craft fair with the Hoi An Craft Guild on Sunday."
    assert _linked_with(FAIR, text) == ["hoi-an-craft-guild"]
    text = "The Hoi An Craft Guild ran a craft fair with the Hoi An Craft Guild."
    assert "lantern-fair" in _linked_with(FAIR, text)


def test_the_names_inside_a_description_that_does_not_count_still_link():
    text = "The trade minister began an official visit to Da Nang on Monday."
    assert _linked_with(FAIR, text) == ["da-nang"]


def test_the_cue_must_be_in_the_same_passage():
    text = (
        "The speaker of another country began an official visit to Vietnam.\n\n"
        "Last year, Ha Min-jae also called for closer ties."
    )
    assert VISIT not in _linked(text)
    text = "Ha Min-jae wrapped up an official visit to Vietnam on Friday."
    assert VISIT in _linked(text)


def test_the_person_referred_back_to_by_one_name_in_the_passage_cues_the_event():
    text = (
        "Minister Seo Ji-hun arrived in Da Nang on Monday.\n\n"
        "Seo, who chaired a roundtable with Korean investors, promised more flights."
    )
    assert ROUNDTABLE in _linked(text)


def test_a_name_word_of_a_person_the_article_never_named_in_full_is_no_cue():
    text = "Seo, who chaired a roundtable with Korean investors, promised more flights."
    assert ROUNDTABLE not in _linked(text)


def test_a_name_word_under_three_letters_is_no_cue():
    text = (
        "Speaker Ha Min-jae met Vietnam's leaders in Hanoi.\n\n"
        "Ha, who is on an official visit to Vietnam until Sunday, toured a port."
    )
    assert VISIT not in _linked(
        text
    )  # "Ha", "To": words of every sentence in some tongue


def test_the_person_named_in_another_passage_only_is_no_cue():
    text = (
        "Speaker Ha Min-jae met Vietnam's leaders in Hanoi.\n\n"
        "The trade minister arrived on an official visit to Vietnam on Friday."
    )
    assert VISIT not in _linked(text)
