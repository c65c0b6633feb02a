"""A wire's copyright with its slogan before its name, a paper's web edition by its name, a
line that is only a source's credit closing the story."""

from __future__ import annotations

from dossier.clean.cleaning import clean
from dossier.model import Metadata

STORY = (
    "The two provinces agreed on Monday to open a joint training centre for "
    "young farmers next spring, officials said after the signing.\n\n"
    "The centre will take forty trainees a year and share its teachers between "
    "the two sides, the agreement says.\n"
)
HEADLINE = "Provinces open a training centre for young farmers"
AGGREGATOR = "https://aggregator.example.vn/en/provinces-open-a-training-centre"


def _read(text: str, url: str | None = None):
    return clean(text, "seeds/x.txt", Metadata(url=url))


KOREAN_STORY = (
    "두 지방정부는 내년 봄 청년 농업인을 위한 공동 교육센터를 열기로 합의했다고 관계자들이 "
    "12일 밝혔다.\n\n센터는 해마다 40명의 교육생을 받아 양측의 강사를 함께 쓸 계획이다.\n"
)


def test_a_wire_s_copyright_with_its_slogan_names_the_wire():
    text = (
        f"청년 농업인 교육센터 문을 연다\n\n{KOREAN_STORY}\n"
        "저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지\n"
    )
    article = _read(text, "https://www.paper.example.com/news/202502271741328940")
    assert article.metadata.outlet == "Newsis"


def test_a_paper_s_web_edition_named_as_the_source_is_the_paper():
    text = f"{KOREAN_STORY}\n출처: Tuổi trẻ online\n"
    article = _read(text, "https://partners.example.com/ko/story-1")
    assert article.metadata.outlet == "Tuổi Trẻ News"


def test_a_source_line_in_brackets_closing_the_story_names_its_source():
    # the site's own promotion follows under a heading of its own: no story goes on
    text = (
        f"{HEADLINE}\n\n{STORY}\n(Source: The Korea Times)\n\nOur Services\n\n"
        "Example Consulting helps firms that want to plan their entry into markets of "
        "the region or to carry out a plan they have made.\n"
    )
    article = _read(text, "https://www.consultancy.example.org/news/provinces/")
    assert article.metadata.outlet == "The Korea Times"


def test_a_source_line_in_brackets_under_a_picture_gives_way_to_the_site():
    # the story goes on right under it: the picture's source, not the story's
    text = (
        f"{HEADLINE}\n\nThe Korea Times\n\n"
        "Delegates at the signing in the provincial hall on Monday.\n"
        "(Source: Yonhap)\n"
        "The two provinces agreed on Monday to open a joint training centre for "
        "young farmers next spring, officials said after the signing.\n\n"
        "The centre will take forty trainees a year and share its teachers between "
        "the two sides, the agreement says.\n"
    )
    article = _read(text, "https://www.koreatimes.co.kr/www/nation/2024/05/1.html")
    assert article.metadata.outlet == "The Korea Times"


def test_a_source_credit_with_the_story_right_under_it_is_a_picture_s():
    from dossier.clean.credited_outlets import only_in_credits
    from dossier.clean.metadata import outlets

    text = (
        "Delegates at the signing in the provincial hall on Monday.\n"
        "(Source: Yonhap)\n"
        "The two provinces agreed on Monday to open a joint training centre for "
        "young farmers next spring, officials said after the signing.\n\n"
        "Related stories\n"
    )
    assert only_in_credits("Yonhap News Agency", text, outlets())
    closing = text.replace("(Source: Yonhap)\n", "").replace(
        "Related stories", "(Source: Yonhap)\n\nRelated stories"
    )
    assert not only_in_credits("Yonhap News Agency", closing, outlets())
