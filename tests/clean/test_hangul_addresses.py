"""A Korean site whose address is written in Hangul ("한빛교통신문.kr", which a pasted
address gives in its internationalised form, "xn--….kr"): the address names the outlet
though the page never prints the name. Every text here is invented."""

from __future__ import annotations

import pytest
from builders import article_from_text

HEAD = "국회의장, 베트남 당서기장 만나 교역 논의"
STORY = "국회의장은 12일 오후 국회접견실에서 베트남 당서기장을 만나 교역과 투자 확대를 논의했다."
MORE = "의장은 양국 간 인적 교류가 해마다 늘고 있다며 협력을 이어가자고 말했다."


def _address(name: str) -> str:
    return f"http://{name.encode('idna').decode('ascii')}.kr/news/article.html?no=7"


def test_a_korean_sites_address_in_hangul_names_its_outlet():
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n", url=_address("한빛교통신문")
    )
    assert article.metadata.outlet == "한빛교통신문"


@pytest.mark.parametrize("name", ["서울", "부산"])
def test_a_places_address_in_hangul_names_no_outlet(name):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n", url=_address(name))
    assert article.metadata.outlet is None


@pytest.mark.parametrize("label", ["뉴스", "문화", "스포츠"])
def test_a_common_word_in_hangul_in_an_address_names_no_outlet(label):
    host = f"{label.encode('idna').decode('ascii')}.example.kr"
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n", url=f"http://{host}/news/7"
    )
    assert article.metadata.outlet != label


def test_the_page_naming_its_outlet_wins_over_the_address_in_hangul():
    rights = "저작권자 © 한빛일보 무단전재 및 재배포 금지"
    text = f"{HEAD}\n\n{STORY}\n\n{MORE}\n\n{rights}\n"
    assert (
        article_from_text(text, url=_address("한빛교통신문")).metadata.outlet
        == "한빛일보"
    )


def test_a_paper_with_a_figure_after_its_name_in_hangul():
    """ "한빛뉴스1.kr": a paper's name may end in a figure, as its address writes it."""
    article = article_from_text(
        f"{HEAD}\n\n{STORY}\n\n{MORE}\n", url=_address("한빛뉴스1")
    )
    assert article.metadata.outlet == "한빛뉴스1"


@pytest.mark.parametrize("name", ["서울2", "뉴스3"])
def test_a_place_or_a_common_word_with_a_figure_names_no_outlet(name):
    article = article_from_text(f"{HEAD}\n\n{STORY}\n\n{MORE}\n", url=_address(name))
    assert article.metadata.outlet is None
