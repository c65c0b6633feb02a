"""A line of an office's numbers only, each under its label ("Điện thoại: (028) 3812 3456 |
Fax: (028) 3812 3457", "Tel: … Fax: …"), is the site's contact row: never the headline
nor a paragraph. A sentence that gives a number is story. Every text here is made up."""

from __future__ import annotations

import pytest
from builders import VI_HEAD, VI_LAST, VI_MORE, VI_STORY, article_from_text, paragraphs


@pytest.mark.parametrize(
    "row",
    [
        "Điện thoại: (028) 3812 3456 | Fax: (028) 3812 3457",
        "Tel: +84 28 3812 3456 - Fax: +84 28 3812 3457",
        "Fax: (028) 3812 3457",
        "Điện thoại: 024.3825.1234 - Fax: 024.3825.1235 - Email: toasoan@example.vn",
    ],
)
def test_a_row_of_phone_and_fax_numbers_is_no_headline(row):
    text = "\n\n".join([row, VI_HEAD.upper(), VI_STORY, VI_MORE, VI_LAST]) + "\n"
    article = article_from_text(text)
    assert article.title == VI_HEAD.upper()
    assert paragraphs(article) == [VI_STORY, VI_MORE, VI_LAST]


def test_a_sentence_giving_a_fax_number_is_story():
    told = (
        "Người dân có thể gửi ý kiến qua số fax: (028) 3812 3457 trước ngày 30/6 để "
        "được ban tổ chức giải đáp."
    )
    text = "\n\n".join([VI_HEAD, VI_STORY, told, VI_MORE]) + "\n"
    assert told in paragraphs(article_from_text(text))


def test_an_offices_numbers_the_story_gives_under_a_colon_are_story():
    told = (
        "Trường hợp khẩn cấp, công dân liên hệ bộ phận bảo hộ công dân của Đại sứ quán:"
    )
    row = "Điện thoại: (+82) 2-734-7948 | Fax: (+82) 2-734-7949"
    text = "\n\n".join([VI_HEAD, VI_STORY, VI_MORE, told, row, VI_LAST]) + "\n"
    article = article_from_text(text)
    assert [p.text for p in article.passages][1:] == [
        VI_STORY,
        VI_MORE,
        told,
        row,
        VI_LAST,
    ]
