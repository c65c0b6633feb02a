"""A picture's caption with no credit of its own that opens the story (opening_captions):
the picture's alternative text right over its caption, its words mostly the caption's, is
shown as a caption with it, never dropped; a short lead, a lead ending on a noun, a deck
echoing the headline stay paragraph 1. Every text is invented."""

from __future__ import annotations

import pytest
from builders import (
    HEAD,
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    LAST,
    MORE,
    STORY,
    VI_HEAD,
    VI_LAST,
    VI_MORE,
    VI_STORY,
    article_from_text,
    captions,
    paragraphs,
)
from dossier.clean.opening_captions import opening_caption
from dossier.model import CAPTION, HEADLINE, PARAGRAPH, Passage


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_alternative_text_right_over_the_opening_caption_is_the_caption_too():
    alt = "Mayors opening office Hanoi"
    caption = (
        "The mayors of both cities at the opening of the office in Hanoi on Monday"
    )
    article = article_from_text(_page(HEAD, alt + "\n" + caption, STORY, MORE, LAST))
    assert paragraphs(article) == [STORY, MORE, LAST]
    assert alt in captions(article)


def test_a_picture_number_ends_alternative_text_without_a_stop():
    alt = "협력 사무소 개소식(3)"
    caption = "하노이 협력 사무소 개소식에서 두 도시 시장이 테이프를 자르는 모습"
    article = article_from_text(
        _page(KO_HEAD, alt + "\n" + caption, KO_STORY, KO_MORE, KO_LAST)
    )
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert alt in captions(article)


@pytest.mark.parametrize(
    ("head", "lead", "story"),
    [
        (KO_HEAD, "협력 사무소가 문을 열었다.", (KO_STORY, KO_MORE, KO_LAST)),
        # a Korean lead ending on a noun and a stop, as many do
        (
            KO_HEAD,
            "부산시와 다낭시가 3일 관광 교류 확대를 위한 업무협약 체결.",
            (KO_STORY, KO_MORE, KO_LAST),
        ),
        (
            VI_HEAD,
            "Văn phòng hợp tác được khai trương vào sáng nay.",
            (VI_STORY, VI_MORE, VI_LAST),
        ),
        # one short Vietnamese sentence over a long second paragraph
        (
            VI_HEAD,
            "Hàn Quốc và Việt Nam ký kết hợp tác giáo dục.",
            (VI_STORY, VI_MORE, VI_LAST),
        ),
        (
            HEAD,
            "The office opened its doors to the first firms on Monday.",
            (STORY, MORE, LAST),
        ),
    ],
)
def test_a_short_lead_with_no_sign_of_a_caption_stays_paragraph_one(head, lead, story):
    article = article_from_text(_page(head, lead, *story))
    assert paragraphs(article) == [lead, *story]


def _deck_over_caption(
    headline: str, deck: str, caption: str, story: str, more: str
) -> tuple[list[Passage], str]:
    """A page's passages, and its text, with ``deck`` read as paragraph 1 right over the
    picture's caption."""
    text = "\n".join([headline, "", deck, caption, story, "", more, ""])
    passages = [
        Passage(HEADLINE, "title", headline, 1),
        Passage(PARAGRAPH, "p-1", deck, 3),
        Passage(CAPTION, "c-1", caption, 4),
        Passage(PARAGRAPH, "p-2", story, 5),
        Passage(PARAGRAPH, "p-3", more, 7),
    ]
    return passages, text


def test_a_deck_right_over_the_opening_caption_saying_something_else_stays():
    deck = "기업 교류 확대 기대"
    caption = "하노이 협력 사무소 개소식에서 두 도시 시장이 테이프를 자르는 모습"
    passages, text = _deck_over_caption(KO_HEAD, deck, caption, KO_STORY, KO_MORE)
    assert opening_caption(passages, text) == passages
    # the picture named with the caption's words over it: its alternative text
    alt = "협력 사무소 개소식(3)"
    named = [passages[0], Passage(PARAGRAPH, "p-1", alt, 3), *passages[2:]]
    read = opening_caption(named, text.replace(deck, alt))
    assert [(p.kind, p.anchor) for p in read] == [
        (HEADLINE, "title"),
        (CAPTION, "c-1"),
        (CAPTION, "c-2"),
        (PARAGRAPH, "p-1"),
        (PARAGRAPH, "p-2"),
    ]


def test_a_deck_over_a_caption_sharing_only_short_words_and_the_headline_stays():
    headline = "Hanoi talks end on a high"
    deck = "Hanoi talks end on a high as sides agree to double trade"
    caption = "Delegates of the two sides shake hands after the signing on Monday"
    passages, text = _deck_over_caption(headline, deck, caption, STORY, MORE)
    assert opening_caption(passages, text) == passages
