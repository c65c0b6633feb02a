"""A Korean line the page cut mid-sentence reads like a heading (no sentence's end), but
its subject and a word that takes up the sentence before ("이에 따라", "따라서") tell a
sentence, not a crosshead: it stays a paragraph. A crosshead that opens on such a word
with no subject before it stays a heading. Every text is invented."""

from __future__ import annotations

from builders import KO_HEAD, KO_LAST, KO_MORE, KO_STORY, article_from_text, paragraphs
from dossier.model import SUBHEADING

CUT = "양측은 이에 따라 내년 봄부터 가동할 연산 300만 대 규모"


def test_a_cut_sentence_taking_up_the_one_before_stays_a_paragraph():
    text = "\n".join([KO_HEAD, KO_STORY, CUT, KO_MORE, KO_LAST]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, CUT, KO_MORE, KO_LAST]


def test_a_crosshead_opening_on_such_a_word_stays_a_heading():
    heading = "이에 따라 달라지는 것들"
    text = "\n".join([KO_HEAD, KO_STORY, heading, KO_MORE, KO_LAST]) + "\n"
    article = article_from_text(text)
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds[heading] == SUBHEADING


def test_a_short_crosshead_with_a_subject_taking_up_the_story_stays_a_heading():
    heading = "삼성은 이를 위해 3조 원 추가 투자"  # a heading's length
    text = "\n".join([KO_HEAD, KO_STORY, KO_MORE, heading, KO_LAST]) + "\n"
    article = article_from_text(text)
    kinds = {p.text: p.kind for p in article.passages}
    assert kinds[heading] == SUBHEADING
