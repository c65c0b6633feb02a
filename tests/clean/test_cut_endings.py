"""Where the pasted copy breaks off a few words into the story's last paragraph: those
words are shown as the point where the copy ends, not as a story paragraph; a longer cut
paragraph, or a short one that ends its sentence, stays a paragraph. Every text here is
invented."""

from __future__ import annotations

import pytest
from builders import (
    MORE,
    STORY,
    article_from_text,
    make_dossier,
    page_html,
    paragraphs,
)
from dossier.clean.cut_endings import cut_off_ending
from dossier.model import CUT_OFF, PARAGRAPH, Passage
from dossier.render.article import render_article
from dossier.render.page import passage_label

from tests.clean.test_nothing_lost import visible_text

HEAD = "Two port cities open a joint office"


@pytest.mark.parametrize(
    "cut", ["Both sides said the", "The team will play their secon"]
)
def test_a_few_words_where_the_copy_breaks_off_are_no_story_paragraph(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE]
    ending = article.passages[-1]
    assert (ending.kind, ending.text) == (CUT_OFF, cut)
    assert not article.dropped


@pytest.mark.parametrize(
    "last",
    [
        "Both sides said they would meet again in Busan before the end of",  # 40 or more
        "Both sides agreed.",  # a sentence ended
    ],
)
def test_a_longer_cut_paragraph_or_a_short_sentence_stays_a_paragraph(last):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}")
    assert paragraphs(article) == [STORY, MORE, last]


@pytest.mark.parametrize(
    "last",
    [
        "The mayor simply said 'no'",
        "The mayor will visit [in May]",
        "See you in Busan 🙂",
    ],
)
def test_a_short_last_line_ending_as_a_sentence_or_a_sign_may_stays_a_paragraph(last):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{last}")
    assert paragraphs(article) == [STORY, MORE, last]


@pytest.mark.parametrize(
    "cut",
    ["Both sides said the\nnew office would", "Vuong Thi Hang, 27,", "▶ The KT&G"],
)
def test_a_cut_ending_wrapped_or_cut_at_a_comma_or_under_a_bullet_is_cut_off(cut):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{cut}")
    assert paragraphs(article) == [STORY, MORE]
    assert article.passages[-1].kind == CUT_OFF


def test_a_short_last_paragraph_the_text_goes_on_under_is_not_where_the_copy_ends():
    story = [Passage(PARAGRAPH, "p-1", STORY, 1), Passage(PARAGRAPH, "p-2", MORE, 3)]
    short = Passage(PARAGRAPH, "p-3", "Both sides said the", 5)
    cut = cut_off_ending([*story, short], f"{STORY}\n\n{MORE}\n\nBoth sides said the\n")
    assert cut[-1].kind == CUT_OFF
    text = f"{STORY}\n\n{MORE}\n\nBoth sides said the\n\nPrinted from the archive"
    assert cut_off_ending([*story, short], text)[-1] == short


def test_a_korean_story_whose_last_sentence_leaves_its_stop_off_keeps_it():
    story = "부산과 하노이의 중소기업 지원 기관이 다음 달 공동 사무소를 열고 수출 상담을 시작한다."
    more = (
        "두 기관은 사무소에서 통역과 법률 상담을 함께 제공하고 실적을 해마다 공개한다."
    )
    last = "양측은 내년에도 협력을 이어가기로 했다"
    article = article_from_text(
        f"두 항구 도시, 공동 사무소 연다\n\n{story}\n\n{more}\n\n{last}"
    )
    assert paragraphs(article) == [story, more, last]


def test_a_story_of_one_short_paragraph_is_no_cut_off_ending():
    article = article_from_text(f"{HEAD}\n\nBoth sides said the")
    assert paragraphs(article) == ["Both sides said the"]


def test_a_quote_from_the_cut_off_ending_is_labelled_as_such():
    assert passage_label("cut-off") == "where the copy breaks off"
    assert passage_label("p-3") == "¶3"


def test_the_page_shows_where_the_copy_breaks_off():
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nBoth sides said the")
    dossier = make_dossier([article])
    html = page_html(render_article(article, dossier), dossier)
    assert '<p id="cut-off" class="dossier-cut-off">' in html
    text = visible_text(html)
    assert "Both sides said the… (the pasted copy breaks off here)" in text
    assert "¶3" not in text  # numbered as no paragraph of the story


def test_a_last_line_cut_on_a_dash_is_cut_off():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nThe mayor said it was —"
    )
    assert article.passages[-1].kind == CUT_OFF
