"""A forum-like post's header: the headline, then the post's number, the user's name
alone in small letters, and the date with its counts. The name is no end of the headline
wrapped over a page break; a sentence broken by a page's number in the story still runs
on. Every text here is made up."""

from __future__ import annotations

from builders import VI_HEAD, VI_LAST, VI_MORE, VI_STORY, article_from_text, paragraphs


def test_a_users_name_under_the_posts_number_is_not_the_headlines_end():
    header = f"Diễn đàn Bạn Đọc\n\n{VI_HEAD}\n\n1\nminhtran88\n2024.05.03 Thích 2 Lượt xem 310"
    text = "\n\n".join([header, VI_STORY, VI_MORE, VI_LAST]) + "\n"
    article = article_from_text(text)
    assert article.title == VI_HEAD
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_sentence_broken_by_a_page_number_in_the_story_still_runs_on():
    first = "Theo kế hoạch, văn phòng sẽ đi vào hoạt động từ mùa xuân năm sau và giúp"
    rest = "doanh nghiệp hai nước tìm kiếm đối tác."
    text = f"{VI_HEAD}\n\n{VI_STORY}\n\n{first}\n\n12\n\n{rest}\n\n{VI_LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [VI_STORY, f"{first} {rest}", VI_LAST]
