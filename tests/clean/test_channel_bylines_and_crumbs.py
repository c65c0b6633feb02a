"""Lines over a headline that are none: a byline run on into its date where the name ends
in a channel's number ("by HTV723 March 2019 Last updated at …"), and a site's name over
its crumbs and the date row. Texts written for the shapes, never a page's."""

from __future__ import annotations

import pytest
from builders import LAST, MORE, STORY, article_from_text, paragraphs
from builders import VI_INVEST_LAST as VI_LAST
from builders import VI_INVEST_LEAD as VI_LEAD
from builders import VI_INVEST_MORE as VI_MORE

EN_BODY = f"{STORY}\n\n{MORE}\n\n{LAST}\n"
# the story opens on the outlet's tag, a word of the site's name in it
VI_BODY = f"(MB9 Online) - {VI_LEAD}\n\n{VI_MORE}\n\n{VI_LAST}\n"
VI_HEADLINE = "Hai tỉnh bàn kế hoạch trao đổi sinh viên kỹ thuật năm tới"


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("by HTV723 March 2019 Last updated at 09:15 AM", "2019-03-23"),  # one digit
        ("by HTV1218 April 2020 Last updated at 10:40 AM", "2020-04-18"),  # two
    ],
)
def test_a_byline_whose_channel_ends_in_a_number_is_no_headline(byline, published):
    text = f"Korean potter opens a studio in Hue\n\n{byline}\n\n{EN_BODY}"
    article = article_from_text(text)
    assert article.metadata.title == "Korean potter opens a studio in Hue"
    assert article.metadata.published == published
    assert paragraphs(article) == [STORY, MORE, LAST]


def test_a_byline_run_on_into_a_one_digit_day_keeps_its_name_whole():
    text = (
        "Korean potter opens a studio in Hue\n\n"
        "by VNX31 May 2023 Last updated at 17:00 PM\n\n"
        f"{EN_BODY}"
    )
    assert article_from_text(text).metadata.published == "2023-05-31"


def test_a_site_name_over_its_crumbs_and_date_row_is_no_headline():
    text = (
        "Miền Biển 9 Online\n\n"
        "Giáo dục - Đào tạo > Hợp tác quốc tế\n\n"
        "Thứ năm, 14/03/2019, 08:05 (GMT+7)\n"
        "1203 lượt xem\n\n"
        f"{VI_HEADLINE}\n\n"
        f"{VI_BODY}"
    )
    assert article_from_text(text).metadata.title == VI_HEADLINE


def test_crumbs_in_the_date_row_under_a_headline_leave_it_the_headline():
    headline = "한빛전자, 베트남 박닌성에 부품 공장 건설"
    body = (
        "한빛전자가 베트남 북부 박닌성에 새 부품 공장을 짓고 내년 봄부터 생산에 "
        "들어간다. 회사는 지난 5일 박닌성 인민위원회와 투자 협약을 맺었다고 밝혔다.\n\n"
        "새 공장은 연간 300만 개의 부품을 만들어 현지 업체에 공급할 계획이다.\n\n"
        "회사 관계자는 “베트남 공장이 공급망의 중심이 될 것”이라고 말했다.\n"
    )
    for row in ("경제 > 기업", "가 > 가 인쇄"):
        text = (
            f"{headline}\n\n  • 입력 2019년 3월 6일 09시 30분\n\n{row}\n\n"
            f"800명 채용… 내년 봄 가동\n\n{body}"
        )
        assert article_from_text(text).metadata.title == headline
