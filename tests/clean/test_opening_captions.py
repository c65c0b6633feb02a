"""A picture's caption with no credit of its own that opens the story (opening_captions):
the picture's alternative text right over its caption, a line right over its credit alone
on the next line, a Korean line ending on a noun over a told lead, a short Vietnamese line
naming what the picture shows over a long lead. Each is shown as a caption, never dropped;
a lead of the same length with none of these signs stays paragraph 1. Every text is
invented."""

from __future__ import annotations

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
from dossier.model import CAPTION, HEADLINE, PARAGRAPH, DroppedLine, Passage


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_alternative_text_right_over_the_opening_caption_is_the_caption_too():
    alt = "Joint office small firms Hanoi"
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


def test_a_line_right_over_its_pictures_credit_alone_is_the_caption():
    caption = "새로 문을 연 협력 사무소 전경"
    credit = "[한빛시 제공. 재판매 및 DB 금지]"
    text = "\n".join([KO_HEAD, "", caption, credit, "", KO_STORY, "", KO_MORE, ""])
    passages = [
        Passage(HEADLINE, "title", KO_HEAD, 1),
        Passage(PARAGRAPH, "p-1", caption, 3),
        Passage(PARAGRAPH, "p-2", KO_STORY, 6),
        Passage(PARAGRAPH, "p-3", KO_MORE, 8),
    ]
    dropped = [DroppedLine(4, credit, "section label")]
    read = opening_caption(passages, dropped, text)
    assert [(p.kind, p.anchor, p.text) for p in read[1:]] == [
        (CAPTION, "c-1", caption),
        (PARAGRAPH, "p-1", KO_STORY),
        (PARAGRAPH, "p-2", KO_MORE),
    ]
    # the same line with the story's next line under it, no credit: a paragraph
    assert opening_caption(passages, [], text) == passages


def test_a_korean_line_ending_on_a_noun_over_a_told_lead_is_the_caption():
    caption = "협력 사무소 초대 소장을 맡은 하노이 출신 기업인 응우옌 반 민."
    article = article_from_text(_page(KO_HEAD, caption, KO_STORY, KO_MORE, KO_LAST))
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert caption in captions(article)


def test_a_short_vietnamese_line_over_a_long_lead_is_the_caption():
    caption = "Một góc văn phòng hợp tác tại quận Hoàn Kiếm (Hà Nội)."
    article = article_from_text(_page(VI_HEAD, caption, VI_STORY, VI_MORE, VI_LAST))
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]
    assert caption in captions(article)


def test_a_short_lead_with_no_sign_of_a_caption_stays_paragraph_one():
    korean_lead = "협력 사무소가 문을 열었다."
    vietnamese_lead = "Văn phòng hợp tác được khai trương vào sáng nay."
    english_lead = "The office opened its doors to the first firms on Monday."
    for head, lead, story in (
        (KO_HEAD, korean_lead, (KO_STORY, KO_MORE, KO_LAST)),
        (VI_HEAD, vietnamese_lead, (VI_STORY, VI_MORE, VI_LAST)),
        (HEAD, english_lead, (STORY, MORE, LAST)),
    ):
        article = article_from_text(_page(head, lead, *story))
        assert paragraphs(article) == [lead, *story]


def test_a_deck_right_over_the_opening_caption_saying_something_else_stays():
    deck = "기업 교류 확대 기대"
    caption = "하노이 협력 사무소 개소식에서 두 도시 시장이 테이프를 자르는 모습"
    text = "\n".join([KO_HEAD, "", deck, caption, KO_STORY, "", KO_MORE, ""])
    passages = [
        Passage(HEADLINE, "title", KO_HEAD, 1),
        Passage(PARAGRAPH, "p-1", deck, 3),
        Passage(CAPTION, "c-1", caption, 4),
        Passage(PARAGRAPH, "p-2", KO_STORY, 5),
        Passage(PARAGRAPH, "p-3", KO_MORE, 7),
    ]
    assert opening_caption(passages, [], text) == passages
    # the picture named with the caption's words over it: its alternative text
    alt = "협력 사무소 개소식(3)"
    named = [passages[0], Passage(PARAGRAPH, "p-1", alt, 3), *passages[2:]]
    read = opening_caption(named, [], text.replace(deck, alt))
    assert [(p.kind, p.anchor) for p in read] == [
        (HEADLINE, "title"),
        (CAPTION, "c-1"),
        (CAPTION, "c-2"),
        (PARAGRAPH, "p-1"),
        (PARAGRAPH, "p-2"),
    ]
