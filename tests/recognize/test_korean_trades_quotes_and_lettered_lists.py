"""Korean firms named after the word for their trade ("여행사 …", "협력사인 …", "현지법인
‘…’"), bodies in quotes whose last words alone were read ("‘… …학교’"), a group's firm
with letters written onto its name ("삼성SDI"), and lists that hold names in letters
("…, SK, …") (recognize/candidates/korean_firm_appositions.py, korean_quoted_bodies.py,
korean_bodies.py, morphemes.py). Every text here is invented."""

from __future__ import annotations

import pytest
from builders import ROOT, article_from_text
from dossier.read.registry import read_registry
from dossier.recognize.candidates import find_candidates
from dossier.recognize.candidates.finding import Sentence
from dossier.recognize.candidates.korean import korean_names
from dossier.recognize.candidates.korean_sentences import korean_sentence_names
from dossier.recognize.matcher import build_matcher


def names(text: str) -> dict[str, str]:
    return {name: kind for name, kind, _, _ in korean_names(text)}


def sentence_names(text: str) -> dict[str, str]:
    found = korean_sentence_names(text, Sentence(text, 0, len(text)), [], [])
    return {name: kind for name, kind, _, _ in found}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("국내 대형 여행사 트래블비엣은 하노이 노선을 늘린다.", "트래블비엣"),
        ("관광 대행사 가운데 여행사인 사이투어가 1위다.", "사이투어"),
        ("부품 협력사인 캄텍스가 공장을 옮겼다.", "캄텍스"),
        ("저비용 항공사인 하늘비엣이 다음 달 취항한다.", "하늘비엣"),
        ("회사는 대만에 현지 법인 '한솔타이완'을 두고 있다.", "한솔타이완"),
    ],
)
def test_a_firm_after_the_word_for_its_trade(text, firm):
    assert names(text).get(firm) == "organizations"


@pytest.mark.parametrize(
    "text",
    [
        "현지 여행사 관계자는 예약이 늘었다고 말했다.",  # the agency's staff, no name
        "전통 칠기기법인 라카웨어가 소개됐다.",  # a technique (기법인), no body
        # a trade's jargon after its bare word: bookings, a cargo ship, a fund
        "연휴를 앞두고 현지 여행사 단체객이 몰렸다.",
        "국내 해운사 탱커선이 모자라다.",
        "한 자산운용사 펀드레이징이 늦어졌다.",
        # "…법인": that is a trick, a way of building ("수법인", "공법인")
        "요즘 흔한 사기 수법인 파밍과 큐싱을 조심해야 한다.",
        "새로운 공법인 모듈러가 쓰였다.",
        "건축설계사 리엔은 하루 종일 도면을 그린다.",  # a person's trade
    ],
)
def test_a_trade_word_before_a_common_word_names_no_firm(text):
    assert "organizations" not in names(text).values()


@pytest.mark.parametrize(
    ("text", "whole", "tail", "kind"),
    [
        (
            "두 기관은 ‘띰드엉 나눔초등학교’ 착공식을 열었다.",
            "띰드엉 나눔초등학교",
            "나눔초등학교",
            "organizations",
        ),
        (
            "공연은 '꾸옥딘 내셔널 스타디움'에서 열렸다.",
            "꾸옥딘 내셔널 스타디움",
            "내셔널 스타디움",
            "cities",
        ),
        (
            "행사는 ‘인터컨티넨탈 꾸옥떼 사이공 호텔’에서 열렸다.",
            "인터컨티넨탈 꾸옥떼 사이공 호텔",
            "사이공 호텔",
            "organizations",
        ),
    ],
)
def test_a_body_in_quotes_is_read_from_the_quote(text, whole, tail, kind):
    found = sentence_names(text)
    assert found.get(whole) == kind
    assert tail not in found


def test_a_quote_ending_in_a_city_names_a_body_there():
    found = sentence_names("그룹은 복합몰 ‘누리몰 하노이’를 연다.")
    assert found.get("누리몰 하노이") == "organizations"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("이 도시는 '경기도 다낭시'로 불린다.", "다낭시"),  # a nickname: a place's
        ("‘바다의 하롱베이’라 불리는 섬이다.", "하롱베이"),  # a likeness, its 의
    ],
)
def test_a_quote_that_likens_a_place_is_no_body(text, place):
    found = sentence_names(text)
    assert place in found
    assert not any(" " in name and place in name for name in found)


@pytest.fixture(scope="module")
def matcher():
    registry, _ = read_registry(ROOT)
    return build_matcher(registry)


def test_a_group_s_firm_with_its_letters(matcher):
    story = (
        "그룹은 박닌성에 롯데칠성, 롯데GRS, 롯데쇼핑 등 계열사의 공장을 두고 있다. "
        "롯데GRS는 올해 매장을 20곳 늘린다."
    )
    article = article_from_text(f"롯데, 베트남 투자 확대\n\n{story}")
    found = {c.name for c in find_candidates(article, matcher)}
    assert "롯데GRS" in found
    assert "GRS" not in found  # the letters alone are a piece of the firm's name


def test_a_group_s_goods_in_letters_are_no_firm():
    assert "삼성TV" not in names("매장에는 삼성TV 신제품이 놓였다.")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("회의에는 포스코, SK, 오뚜기, LG 등 주요 기업이 참석했다.", "오뚜기"),
        ("행사는 삼성•LG•롯데•효성 등 대기업이 후원했다.", "효성"),
    ],
)
def test_a_list_with_names_in_letters_holds_firms(text, firm):
    assert names(text).get(firm) == "organizations"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("축제 구호 ‘다시 가는 나트랑’을 정했다.", "나트랑"),  # a slogan
        ("대회 표어는 ‘같이 걷자 하이퐁’이다.", "하이퐁"),
        ("이 골목은 ‘작은 하노이’로 불린다.", "하노이"),  # a nickname
        ("노래 ‘안녕 다낭’이 인기를 끌었다.", "다낭"),  # a song's title
        ("관광청은 ‘코리아 위크 다낭’을 열었다.", "다낭"),  # an event's
    ],
)
def test_a_quoted_slogan_or_title_ending_in_a_place_is_no_body(text, place):
    found = sentence_names(text)
    assert found.get(place) == "cities"
    assert not any(" " in name for name in found)


def test_a_quoted_slogan_does_not_swallow_the_firm_at_its_end():
    found = sentence_names("광고 문구 ‘새로 뛰는 비나밀크’를 내놓았다.")
    assert found == {"비나밀크": "organizations"}


def test_a_group_s_goods_and_schemes_in_letters_are_no_firm():
    found = names("매장에는 삼성QLED가 놓였고 롯데VIP 회원이 몰렸다.")
    assert not {"삼성QLED", "롯데VIP"} & set(found)


def test_a_group_s_lettered_firm_with_any_particle(matcher):
    story = "이 부품은 삼성SDI에 납품된다. 한화는 롯데GRS로부터 식자재를 산다."
    article = article_from_text(f"부품 공급 늘어\n\n{story}")
    found = {c.name for c in find_candidates(article, matcher)}
    assert {"삼성SDI", "롯데GRS"} <= found
    assert not {"SDI", "GRS"} & found


@pytest.mark.parametrize(
    "text",
    [
        "전시회에는 비나밀크, IT기업, 스타트업 등이 나왔다.",
        "시내에는 롯데리아, K푸드, K뷰티 매장이 늘었다.",
    ],
)
def test_letters_and_a_common_noun_in_a_list_are_no_firm(text):
    found = names(text)
    assert not any(name[0].isascii() for name in found)
