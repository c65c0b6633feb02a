"""The outlet a byline names: an agency signing with the date, a short outlet after its
reporter, a Korean paper before its reporter; a network on a member's listed site."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "The two provinces agreed on Monday to open a joint training centre for "
    "young farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two sides, the agreement says.\n"
)


def _outlet(text: str, url: str) -> str | None:
    return clean(text, "seeds/x.txt", Metadata(url=url)).metadata.outlet


def test_an_agency_signing_with_the_date_is_the_outlet_on_a_listed_site():
    text = (
        "Provinces open a training centre for farmers\n\n"
        "By Yonhap   March 3, 2019 | 10:15 am GMT+7\n\n" + STORY
    )
    assert _outlet(text, "https://e.vnexpress.net/news/x-123.html") == (
        "Yonhap News Agency"
    )


def test_an_outlet_after_its_reporter_is_read_however_short():
    text = (
        "Provinces open a training centre for farmers\n\nBy Jane Roe, CNN\n\n" + STORY
    )
    assert _outlet(text, "https://someblog.tistory.com/42") == "CNN"


def test_a_korean_paper_before_its_reporter_is_the_outlet():
    text = (
        "두 도시, 청년 농민 훈련센터 공동 개설\n\n"
        "한빛저널 홍길동 기자\n\n"
        "두 도시는 월요일 청년 농민을 위한 공동 훈련센터를 내년 봄에 열기로 "
        "합의했다고 밝혔다.\n\n"
        "센터는 해마다 40명을 받아 양측이 교사를 나눠 맡는다.\n"
    )
    article = clean(text, "seeds/x.txt", Metadata(url="http://hanbit.example/n?id=7"))
    assert article.metadata.outlet == "한빛저널"
    assert article.byline == "홍길동"


def test_a_desk_with_a_paper_s_word_names_no_outlet():
    text = (
        "두 도시, 청년 농민 훈련센터 공동 개설\n\n"
        "국제경제 홍길동 기자\n\n"
        "두 도시는 월요일 청년 농민을 위한 공동 훈련센터를 내년 봄에 열기로 "
        "합의했다고 밝혔다.\n"
    )
    assert _outlet(text, "http://hanbit.example/n?id=7") != "국제경제"


def test_a_network_in_a_member_paper_s_menu_gives_way_to_the_paper():
    menu = "\n".join(["National", "Business", "Asia News Network", "Opinion"])
    text = (
        menu + "\n\nProvinces open a training centre for farmers\n\n"
        "By Jane Roe\n\n" + STORY
    )
    assert _outlet(text, "http://www.koreaherald.com/view.php?ud=1") == (
        "The Korea Herald"
    )
