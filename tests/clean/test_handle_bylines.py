"""A writer named by a user's handle in small letters: a board's "작성자 minji" over the
post, a blog's "By haeun" under it. The label says a person wrote it; no capital is needed."""

from __future__ import annotations

import pytest
from builders import article_from_text
from dossier.clean.metadata import byline, outlets
from dossier.clean.people import is_person_name

HEAD = "Cơ hội việc làm cho sinh viên Việt Nam tại Hàn Quốc"
STORY = (
    "Nhiều doanh nghiệp Hàn Quốc đang tìm kiếm sinh viên Việt Nam cho các vị trí thực tập "
    "trong năm tới, theo thông báo của hiệp hội doanh nghiệp."
)
MORE = "Các vị trí chủ yếu thuộc lĩnh vực sản xuất, du lịch và công nghệ thông tin."


def test_a_boards_writer_by_handle_is_the_author():
    text = (
        f"Tin tức\n{HEAD}\n페이지 정보\n작성자 minji\n작성일 2024.03.05 10:20\n본문\n\n"
        f"{STORY}\n\n{MORE}\n"
    )
    article = article_from_text(text)
    assert article.author == "minji"
    assert article.metadata.published == "2024-03-05"


@pytest.mark.parametrize(
    ("line", "authors"),
    [("By haeun", ("haeun",)), ("Posted by tuan_vo", ("tuan_vo",)), ("By admin", None)],
)
def test_a_blogs_byline_by_handle(line, authors):
    assert byline(line, outlets(), alone=True) == authors


def test_a_handle_is_a_persons_name_but_furniture_is_not():
    assert is_person_name("minji")
    assert not is_person_name("share")
    assert not is_person_name("read more")
