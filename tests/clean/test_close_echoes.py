"""A caption that tells again, nearly word for word, what a paragraph a little longer
told (``echo_captions``): its names and titles the paragraph's, its verb in the present.
Sentences written for the shape, never a page's."""

from __future__ import annotations

from builders import LAST, MORE, article_from_text, captions, paragraphs

HEAD = "Province hosts a Korean delegation"
TOLD = (
    "On Monday afternoon, Tran Van Binh, member of the provincial Party Committee, "
    "Vice-Chairman of the provincial People's Committee, received and worked with Kim "
    "Min-su, Deputy Mayor of Changwon city, and his delegation."
)
ECHO = (
    "Tran Van Binh, member of the provincial Party Committee, Vice-Chairman of the "
    "provincial People's Committee, receives Kim Min-su, Deputy Mayor of Changwon city."
)


def test_a_caption_echoing_a_paragraph_a_little_longer_is_a_caption():
    article = article_from_text(f"{HEAD}\n\n{TOLD}\n\n{ECHO}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [TOLD, MORE, LAST]
    assert captions(article) == [ECHO]


def test_a_paragraph_sharing_fewer_of_its_words_stays_story():
    # a paragraph that goes on from the lead's names with words of its own
    own = (
        "Tran Van Binh, member of the provincial Party Committee, asked the city to "
        "open a direct flight and a trade office in the province next year."
    )
    article = article_from_text(f"{HEAD}\n\n{TOLD}\n\n{own}\n\n{MORE}\n\n{LAST}\n")
    assert paragraphs(article) == [TOLD, own, MORE, LAST]
