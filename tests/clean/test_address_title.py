"""The headline an article's address spells, for a page whose text gives none above its
story: read from the line that repeats it further down, in the page's own spelling."""

from __future__ import annotations

import pytest
from dossier.clean.address_title import address_title
from dossier.clean.cleaning import clean
from dossier.model import Metadata

OPENING = (
    "Cụ thể, ngày 17/9, tại thành phố Goyang, đoàn công tác của tỉnh đã có buổi làm "
    "việc với hiệp hội doanh nhân hai nước về xúc tiến đầu tư."
)
SECOND = (
    "Tại buổi làm việc, lãnh đạo tỉnh khẳng định địa phương có nhiều lợi thế về cảng "
    "biển, sân bay và lực lượng lao động dồi dào."
)
CAPTION = "Quảng Trị và Hội doanh nhân ký kết hợp tác xúc tiến thương mại, đầu tư |"
URL = (
    "https://news.example.vn/"
    "quang-tri-va-hoi-doanh-nhan-ky-ket-hop-tac-xuc-tien-thuong-mai-dau-tu-116198.html"
)


def test_a_headless_pages_title_is_the_line_its_address_spells():
    text = f"{OPENING}\n![]() |\n{CAPTION}\n{SECOND}\n"
    article = clean(text, "seeds/x.txt", Metadata(url=URL))
    assert article.title == CAPTION.rstrip(" |")
    assert article.metadata.title == CAPTION.rstrip(" |")
    assert article.slug.startswith("quang-tri-va-hoi-doanh-nhan-ky-ket")
    # the story is unchanged: the caption is no paragraph, the opening is paragraph 1
    assert [p.text for p in article.passages if p.kind == "paragraph"] == [
        OPENING,
        SECOND,
    ]


def test_without_an_address_the_title_is_the_stories_opening_words():
    text = f"{OPENING}\n![]() |\n{CAPTION}\n{SECOND}\n"
    article = clean(text, "seeds/x.txt", Metadata())
    assert article.metadata.title is None
    assert article.title.startswith("Cụ thể, ngày 17/9")


def test_a_sidecars_title_still_overrules():
    text = f"{OPENING}\n{CAPTION}\n{SECOND}\n"
    article = clean(text, "seeds/x.txt", Metadata(url=URL, title="Editor's title"))
    assert article.title == "Editor's title"


@pytest.mark.parametrize(
    ("url", "text", "title"),
    [
        # a source line that joins the outlet and the headline with "_"
        (
            "https://corp.example.vn/news/korean-firms-will-invest-billions-in-vietnam/",
            "Body.\nSource: Investment News_Korean firms will invest billions in Vietnam\n",
            "Korean firms will invest billions in Vietnam",
        ),
        # a blog footer repeating the post's title; "&" is dropped from addresses
        (
            "https://x.blogspot.com/2015/07/culture-day-held-in-seoul-and-busan.html",
            "Body.\nCulture Day held in Seoul & Busan\n#tags\n",
            "Culture Day held in Seoul & Busan",
        ),
        # the story's number before its words, and a year the address leaves out
        (
            "https://u.example.edu.vn/news/14630293-faculty-signs-mou-with-kangwon-university",
            "Faculty signs MoU with Kangwon University 2024\nBody.\n",
            "Faculty signs MoU with Kangwon University 2024",
        ),
        # an address cut short inside its last word
        (
            "https://u.example.vn/en/faculty-and-kangwon-national-university-sign-mou-to-strengthen-academic-cooperatio",
            "Faculty and Kangwon National University sign MoU to strengthen academic "
            "cooperation\nBody.\n",
            "Faculty and Kangwon National University sign MoU to strengthen academic "
            "cooperation",
        ),
        # a Korean address, its Hangul written as percent escapes
        (
            "https://koatimes.example/2024/02/21/%EC%9E%AC%EC%99%B8%EB%8F%99%ED%8F%AC"
            "%EC%B2%AD%EC%9E%A5-%EB%AA%A8%EA%B5%AD-%EB%B0%A9%EB%AC%B8%ED%95%9C-%EC%9E"
            "%90%EB%85%80%EB%93%A4-%EA%B2%A9%EB%A0%A4/?amp=1",
            "본문.\n재외동포청장, 모국 방문한 자녀들 격려\n",
            "재외동포청장, 모국 방문한 자녀들 격려",
        ),
    ],
)
def test_the_line_an_address_spells(url, text, title):
    assert address_title(url, text) == title


def test_a_sentence_the_whole_address_spells_is_a_headline_without_its_stop():
    url = "https://x.example.com/seoul-hosts-vietnamese-culture-festival-this-weekend"
    text = "Seoul hosts Vietnamese culture festival this weekend.\nMore text.\n"
    assert address_title(url, text) == (
        "Seoul hosts Vietnamese culture festival this weekend"
    )


@pytest.mark.parametrize(
    ("url", "text"),
    [
        # an address of no words: a number, a script's name, a query
        ("http://www.example.co.kr/news/articleView.html?idxno=25853", "News view\n"),
        ("https://en.example.edu.vn/?p=8316", "Body.\n"),
        ("http://[::1", "Body.\n"),
        # too few words to be a headline's
        ("https://x.example.com/news/world-news", "World news\n"),
        # the story's opening sentence, which the address's words begin
        (
            "https://x.example.com/seoul-hosts-vietnamese-culture-festival-this-weekend",
            "Seoul hosts Vietnamese culture festival this weekend, organisers said.\n",
        ),
        # a line that only begins with the words of an address that is not cut short
        (
            "https://x.example.com/seoul-and-hanoi-sign-a-pact",
            "Seoul and Hanoi sign a pact on trade and tourism this week\n",
        ),
    ],
)
def test_no_line_an_address_does_not_spell(url, text):
    assert address_title(url, text) is None


def test_the_line_the_whole_address_spells_wins_over_a_longer_one_above_it():
    url = "https://n.example.com/korea-vietnam-sign-trade-deal-in-hanoi-12345.html"
    text = (
        "Body.\nRelated: Korea, Vietnam sign trade deal in Hanoi amid tariff talks\n"
        "More body.\nKorea, Vietnam sign trade deal in Hanoi\n"
    )
    assert address_title(url, text) == "Korea, Vietnam sign trade deal in Hanoi"


def test_a_headline_set_with_runs_of_spaces_is_read_with_single_ones():
    url = "https://n.example.com/korea-vietnam-sign-trade-deal-in-hanoi-12345.html"
    text = "Body.\n" + " " * 50 + "Korea,   Vietnam sign trade  deal in Hanoi\n"
    assert address_title(url, text) == "Korea, Vietnam sign trade deal in Hanoi"
