"""The headline shown twice over the date line, a columnist's picture captioned twice
under it (``first_headline.dated_twice``): lines written for the shape, never a page's."""

from __future__ import annotations

from builders import article_from_text

HEAD = "베트남과 함께 여는 새로운 30년을 향하여"
STORY = (
    "1992년 수교 이래 두 나라는 놀라운 속도로 관계를 넓혀 왔다. 교역과 투자는 물론 "
    "사람의 왕래도 크게 늘었다.\n\n"
    "앞으로의 30년은 기술과 인재의 협력이 이끌 것이라고 필자는 본다.\n\n"
    "두 나라 젊은 세대의 교류가 그 바탕이 되어야 한다.\n"
)


def test_the_headline_twice_over_the_date_beats_a_caption_twice_under_it():
    text = (
        f"• 한빛일보 로고\n[칼럼] {HEAD}\n\n[칼럼] {HEAD}\n\n"
        "기사승인 2024. 03. 05. 10:20\n  • 페이스북 공유하기\n  • 주소복사\n"
        "김민지 전 주베트남 대사\nKakaoTalk_20240305_101010123_01\n김민지 전 주베트남 대사\n"
        f"{STORY}"
    )
    assert article_from_text(text).title == HEAD
