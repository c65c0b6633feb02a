"""A Korean picture's caption: credited after its sentence's stop ("… 악수하고 있다.
/한빛통신", the agency or body that gave the picture after a slash), or saying who stands
where after a name's spelling in the same brackets ("응우옌 반 안(Nguyen Van An, 왼쪽 두
번째) …"). Every text is invented."""

from __future__ import annotations

import pytest
from builders import (
    KO_HEAD,
    KO_LAST,
    KO_MORE,
    KO_STORY,
    article_from_text,
    captions,
    paragraphs,
)

CAPTIONS = [
    "김민수 시장이 3일 시청 회의실에서 베트남 대표단과 악수하고 있다. /한빛통신",
    "참석자들이 5일 협약식을 마친 뒤 기념촬영을 하고 있다./한빛군",
    # who stands where, after the name in the same brackets as its spelling
    "응우옌 반 안(Nguyen Van An, 왼쪽 두 번째) 위원장이 협약서를 들고 있다.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_opening_a_headless_page(caption):
    article = article_from_text(f"{caption}\n\n{KO_STORY}\n\n{KO_MORE}\n\n{KO_LAST}\n")
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_between_paragraphs(caption):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{caption}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, KO_MORE, KO_LAST]
    assert captions(article) == [caption]


@pytest.mark.parametrize(
    "closing",
    [
        # a story's sentence told done, the wire signing off: a paragraph
        "양측은 내년 봄까지 첫 사업을 시작하고 두 도시의 기업을 잇는 협의체를 꾸리기로 합의했다고 밝혔다. /한빛통신",
        # a quote, then the wire: a paragraph
        '김 시장은 "두 도시 기업의 협력이 해마다 늘고 있어 기쁘다"고 말하고 있다. /한빛통신',
        # a thing provided, not a picture
        "시는 참가 기업에 통역 서비스와 상담 창구를 함께 지원하고 있다. 무료 통역 제공.",
    ],
)
def test_a_story_sentence_with_a_slash_stays_a_paragraph(closing):
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{closing}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert captions(article) == []
    assert closing in [passage.text for passage in article.passages]
