"""A headline under a short line that ends the page's masthead, and a headline broken
over two lines that is not the end of another shown again."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "Officials from the two cities met on Tuesday to review a plan for new direct "
    "flights, a training centre and a joint festival to be held next spring.\n\n"
    "The mayor said the programme would be funded by both sides and reviewed each year "
    "by a joint committee of the two city councils."
)
HEADLINE = "Two Port Cities Agree on Direct Flights and a Spring Festival"


def _read(text: str):
    return clean(text, "seeds/x.txt", Metadata())


def test_a_headline_under_a_blogs_name_and_tagline():
    # the site's name, its tagline (a short sentence), the headline, the story
    article = _read(
        f"riverside blog\n\nTravel well, write well.\n\n{HEADLINE}\n\n{STORY}\n"
    )
    assert article.metadata.title == HEADLINE
    paragraphs = [p.text for p in article.passages if p.kind == "paragraph"]
    assert paragraphs[0].startswith("Officials from the two cities")


def test_a_headline_under_a_pictures_credited_caption():
    headline = "정부, 항만 협력 초석 다지기… 하이퐁에서 포럼 개최"
    story = (
        "해양수산부는 지난달 25일부터 28일까지 베트남 하이퐁을 방문해 항만 협력 "
        "회의를 진행했다고 밝혔다.\n\n"
        "이번 방문은 지난 3월 체결한 업무협약의 후속 조치로 마련됐다."
    )
    text = f"포트뉴스코리아\n항구 야경 | 출처: Port News, 2025. 10.\n\n{headline}\n\n{story}\n"
    assert _read(text).metadata.title == headline


def test_a_title_of_three_words_over_a_short_line_stays_the_headline():
    # "The Next Generation" / "Riverside Training Ltd. Co." / "Hanoi, Vietnam": the
    # title of a profile, a company's name and its place under it
    text = f"The Next Chapter\n\nRiverside Training Ltd. Co.\n\nHai Phong, Vietnam\n\n{STORY}\n"
    assert _read(text).metadata.title == "The Next Chapter"


def test_a_headline_broken_in_two_is_not_the_end_of_the_same_shown_whole():
    whole = "Port city marks tenth anniversary of ties with Korea"
    text = (
        f"{whole}\n{whole}\n  • 김하늘 기자\n  • 승인 2013.12.19 11:41\n\n"
        f"Port city marks tenth anniversary\n\nof ties with Korea\n\n{STORY}\n"
    )
    assert _read(text).metadata.title == whole


def test_a_line_of_skip_links_is_no_headline():
    headline = "[단독] 항만공사, 하이퐁에 물류센터 짓는다…'3년내 5곳으로 확대'"
    story = (
        "[포트뉴스=김하늘 기자] 항만공사가 베트남 하이퐁에 물류센터를 짓는다. 내년 "
        "착공해 2027년 문을 연다.\n\n"
        "11일 업계에 따르면 항만공사는 하이퐁시와 부지 임대 계약을 맺었다."
    )
    text = f"메인 메뉴 바로가기 (위) 본문 바로가기 메인 메뉴 바로가기 (아래)\n\n{headline}\n\n{story}\n"
    assert _read(text).metadata.title == headline.removeprefix("[단독] ")


def test_a_board_posts_details_are_no_headline():
    # the board's software prints the writer, the day written and the hits under it
    text = (
        f"News & Media > Centre News\n\n{HEADLINE}\n\n페이지 정보\n\n"
        f"관리자 작성일24-05-08 10:21 Hit88\n\n{STORY}\n"
    )
    assert _read(text).metadata.title == HEADLINE
