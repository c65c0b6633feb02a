"""A picture's caption at the page's end that places people in the picture ("Minister X (R)
talks with Y …") stays a caption when the wire's tag closes it: the tag is no sign of a
story paragraph there. A last paragraph with no such mark, signed the same, is still story.
Every text here is made up."""

from __future__ import annotations

from builders import HEAD, MORE, STORY, article_from_text, paragraphs

LAST = "Both sides said they would review the office's work at the end of the year."


def test_a_placed_caption_signed_by_the_wire_at_the_end_is_no_paragraph():
    caption = (
        "Trade Minister Ana Park (R) talks with Tran Van Minh, the head of the provincial "
        "planning board, on May 2, 2025, in this photo released by the ministry. (Yonhap)"
    )
    text = "\n".join([HEAD, STORY, MORE, LAST, caption]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, LAST]
    captions = [p.text for p in article.passages if p.kind == "caption"]
    assert any(c.startswith("Trade Minister Ana Park (R)") for c in captions)


def test_a_last_paragraph_signed_by_the_wire_with_no_place_in_a_picture_is_story():
    last = (
        "Trade Minister Ana Park is to meet Tran Van Minh, the head of the provincial "
        "planning board, again in June to sign the plan. (Yonhap)"
    )
    text = "\n".join([HEAD, STORY, MORE, last]) + "\n"
    article = article_from_text(text)
    assert paragraphs(article) == [STORY, MORE, last.removesuffix(" (Yonhap)")]
