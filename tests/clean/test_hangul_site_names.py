"""A Korean site named on its page in Hangul, read off the sound of its address:
``stepnews.co.kr`` and "[스텝뉴스]", ``moonpeople.kr`` and "문피플", ``hanbitgol.co.kr``
and "한빛골신문"."""

from __future__ import annotations

import pytest
from dossier.clean.hangul_sites import hangul_site_name, hangul_sounds, latin_sounds
from dossier.clean.metadata import outlets
from dossier.clean.site_names import address_outlet

STORY = (
    "제주특별자치도와 베트남 지방정부 간 관광 교류가 더욱 확대될 전망이다.\n\n"
    "도지사는 8일 오전 집무실에서 대사와 면담을 갖고 무역과 관광을 논의했다.\n"
)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("stepnews", "스텝뉴스"),  # English words written in Hangul
        ("smartdaily", "스마트데일리"),  # an "r" before no vowel is not sounded
        ("shinmunilbo", "신문일보"),  # a Korean name romanised
        ("logistimes", "로지스타임즈"),  # a soft "g"
        ("watchbiz", "워치비즈"),
    ],
)
def test_an_address_and_its_name_in_hangul_sound_alike(label, name):
    assert latin_sounds(label) == hangul_sounds(name)


@pytest.mark.parametrize(
    ("url", "text", "outlet"),
    [
        ("https://www.stepnews.co.kr/news/1", f"[스텝뉴스] {STORY}", "스텝뉴스"),
        # the name with a particle after it, in the story
        ("https://moonpeople.kr/?p=1", f"문피플은 {STORY}", "문피플"),
        # a paper's name: its word for a paper after the name the address spells
        ("http://www.hanbitgol.co.kr/a", f"(사진=한빛골신문) {STORY}", "한빛골신문"),
        ("http://www.hanbitgolnews.com/a", f"DB=한빛골일보 {STORY}", "한빛골일보"),
        # a country that sounds as the address does is no name of the site
        ("https://vietnam.example.vn/a", f"베트남의 {STORY}", None),
        # a label of too few sounds: a common word might sound so by chance
        ("https://newsa.kr/a", f"뉴스의 {STORY}", None),
    ],
)
def test_a_korean_page_names_its_site_in_hangul(url, text, outlet):
    assert hangul_site_name_of(url, text) == outlet


def hangul_site_name_of(url: str, text: str) -> str | None:
    label = url.split("//")[1].removeprefix("www.").split(".")[0]
    return hangul_site_name([label], text)


def test_the_outlet_of_a_korean_page_is_its_name_in_hangul():
    url = "https://www.stepnews.co.kr/news/1"
    assert address_outlet(url, f"제목\n\n[스텝뉴스] {STORY}", outlets()) == "스텝뉴스"


def test_an_english_page_keeps_the_name_its_address_spells():
    text = (
        "Step News\n\nThe two cities signed a deal on Monday. 스텝뉴스 reported it.\n"
    )
    url = "https://www.stepnews.co.kr/news/1"
    assert address_outlet(url, text, outlets()) == "Step News"
