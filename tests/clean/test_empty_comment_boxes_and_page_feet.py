"""Under the story: an empty comment box ("Comments" / "No comment yet."), a lone quote
mark left where the copy was cut, a company's name with "Ltd." in a list of sponsors.
None of them is story text. Every text is invented."""

from __future__ import annotations

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
