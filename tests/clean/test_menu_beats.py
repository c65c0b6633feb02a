"""A Korean site's menu listed with bullets under its masthead ("  • 증권", "  • 방송통신",
"  • 한줄뉴스"): a beat or a section named with a paper's word is no paper's name, while a
paper's name heading a list of the page's credits still is. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text, paragraphs

HEAD = "베트남 항구도시 방문단, 인천 중구 찾아 교류 논의"
STORY = "인천 중구는 베트남 항구도시 방문단 7명이 구민의 날 기념식 참석을 위해 중구를 방문했다고 밝혔다."
MORE = "방문단은 구청장과 간담회를 갖고 관광과 경제 분야 교류를 넓히는 방안을 논의했다."


@pytest.mark.parametrize("item", ["방송통신", "정보통신", "한줄뉴스", "포토뉴스"])
def test_a_beat_in_a_bulleted_menu_is_no_outlet(item):
    menu = f"  • 증권\n  • 은행\n  • {item}\n  • 포토\n"
    article = article_from_text(f"{menu}\n{HEAD}\n\n{STORY}\n\n{MORE}\n")
    assert article.metadata.outlet != item
    assert paragraphs(article) == [STORY, MORE]


def test_a_papers_name_heading_a_bulleted_credit_list_is_the_outlet():
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n  • 한빛타임즈\n  • 댓글 0\n"
    assert article_from_text(text).metadata.outlet == "한빛타임즈"


@pytest.mark.parametrize(
    "name",
    [
        "경제투데이",
        "뉴스투데이",
        "뉴스포스트",
        "산업일보",
        "데일리경제",
        "미디어뉴스",
        "통신일보",
    ],
)
def test_a_papers_name_of_two_outlet_or_section_words_heading_a_credit_list(name):
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n  • {name}\n  • 댓글 0\n"
    assert article_from_text(text).metadata.outlet == name
