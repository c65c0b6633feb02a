"""Under the story: an empty comment box ("Comments" / "No comment yet."), a lone quote
mark left where the copy was cut, a company's name with "Ltd." in a list of sponsors.
None of them is story text. Every text is invented."""

from __future__ import annotations

import pytest
from builders import MORE, STORY, article_from_text, paragraphs, reasons

HEAD = "Harbour city opens a training centre for welders"


def test_an_empty_comment_box_under_the_story_is_no_paragraph():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\nComments\nNo comment yet.\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]
    assert reasons(article)["No comment yet."] == "reader comments"


def test_a_lone_quote_mark_at_the_cut_is_no_paragraph():
    article = article_from_text(f'{HEAD}\n\n{STORY}\n\n{MORE}\n\n"\n')
    assert paragraphs(article) == [STORY, MORE]


def test_a_sponsor_s_name_with_ltd_under_the_story_is_no_paragraph():
    text = (
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n\nHarbour Expo Asia\nMekong Weaving Services "
        "Pvt. Ltd.\n"
    )
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE]


def test_a_story_sentence_about_comments_stays_story():
    said = "Comments from readers poured in after the report was published on Monday."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{said}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, said, MORE]


def test_a_comments_line_with_the_story_going_on_below_closes_nothing():
    text = f"{HEAD}\n\n{STORY}\n\nComments\n\n{MORE}\n"
    assert paragraphs(article_from_text(text)) == [STORY, MORE]


def test_no_comment_said_in_an_interview_is_story():
    asked = '"Will you move the plant to Vietnam?"'
    text = f"{HEAD}\n\n{STORY}\n\n{asked}\nNo comment.\n\n{MORE}\n"
    found = paragraphs(article_from_text(text))
    assert found[0] == STORY and found[-1] == MORE
    assert any("No comment." in p for p in found)


def test_a_story_sentence_naming_a_company_with_ltd_stays_story():
    said = "The main contractor is Daewon Vina Ltd."
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{said}\n\n{MORE}\n")
    assert paragraphs(article) == [STORY, said, MORE]


@pytest.mark.parametrize(
    "foot",
    [
        "Read the complete article at www.example-news.co.kr.",
        "Text © 2023. The authors. Except where otherwise noted, content and images are "
        "subject to copyright.",
    ],
)
def test_a_copy_s_pointer_to_the_story_and_its_rights_notice_are_no_paragraph(foot):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{foot}\n")
    assert paragraphs(article) == [STORY, MORE]


def test_a_korean_copyright_line_cut_in_its_notice_names_the_paper_whole():
    text = (
        "한빛시, 베트남 다낭시와 우호교류 확대\n\n"
        "한빛시는 3일 다낭시 대표단과 만나 관광과 교육 분야의 교류를 넓히기로 합의했다고 밝혔다.\n\n"
        "<저작권자 ⓒ 한빛타임뉴스 무"
    )
    assert article_from_text(text).metadata.outlet == "한빛타임뉴스"
