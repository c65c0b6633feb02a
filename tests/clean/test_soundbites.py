"""A broadcast script's soundbite in square brackets, a speaker and the words said
("[X / role : … 있어요.]"), between the reporter's lines: a speaker's turn, a paragraph,
not a heading. Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import KO_HEAD, KO_LAST, KO_MORE, KO_STORY, article_from_text, paragraphs

BITE = "[김민수 / 서울 시민 : 쌀국수가 정말 맛있어요. 주말마다 가족과 함께 또 오고 싶어요.]"


def test_a_soundbite_in_brackets_is_a_paragraph():
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{BITE}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, BITE, KO_MORE, KO_LAST]


def test_a_bracketed_label_without_words_is_no_soundbite():
    label = "[현장 인터뷰 : 시장 상인들]"
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{label}\n\n{KO_MORE}\n\n{KO_LAST}\n"
    article = article_from_text(text)
    assert label not in paragraphs(article)
