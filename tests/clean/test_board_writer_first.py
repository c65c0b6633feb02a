"""A Korean board's post details on one line, the writer first: "작성자 : X 작성일 : …
조회 : …", "작성자X 작성일…" (no space after the label). The writer is the author, unless
it is the board's own account or a desk."""

from __future__ import annotations

import pytest
from builders import article_from_text
from dossier.clean.board_posts import board_field

HEAD = "베트남 호찌민 한인 유학생 모임 첫 행사 열어"
STORY = (
    "호찌민에 있는 한인 유학생들이 지난 주말 첫 모임을 열고 서로의 학업과 생활 정보를 "
    "나눴다. 모임에는 30여 명이 참석했다."
)
MORE = "참석자들은 다음 달에도 모임을 이어가기로 했다."


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("작성자 : 하민수 작성일 : 2020-05-01 조회 : 12", (("하민수",), "2020-05-01")),
        (
            "작성자윤서진 작성일19-11-02 09:15 조회1,204회 댓글0건",
            (("윤서진",), "2019-11-02"),
        ),
        ("작성자 관리자 댓글 0건 조회 12회 작성일 21-03-04 10:00", ((), "2021-03-04")),
        ("작성자국제협력실 작성일2022.06.07 11:30 조회58", ((), "2022-06-07")),
    ],
)
def test_the_writer_and_the_date_of_one_line_details(line, field):
    assert board_field(line) == field


def test_the_writer_first_on_the_details_line_is_the_author():
    text = f"{HEAD}\n\n작성자 : 하민수 작성일 : 2020-05-01 조회 : 12\n\n{STORY}\n\n{MORE}\n"
    article = article_from_text(text)
    assert article.author == "하민수"
    assert article.metadata.published == "2020-05-01"
