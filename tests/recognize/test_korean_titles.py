"""A Korean person named by a title: in brackets after the body they lead, written onto
the name, or a title the particle rules would cut short; and the body named by its
brackets; the countries a topic opens with. Every text here is invented."""

from __future__ import annotations

import pytest
from dossier.recognize.candidates.korean import korean_names


def people(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "leaders"]


def bodies(text: str) -> list[str]:
    return [name for name, kind, _, _ in korean_names(text) if kind == "organizations"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body's initials, then the title and the name, in brackets after the body
        ("해양연구원(KMI·원장 한도윤)의 보고서에 따르면 수출이 늘었다.", "한도윤"),
        ("유통공사(aT, 사장 문재석)는 행사를 열었다.", "문재석"),
        # the name with the title written onto it, alone in brackets
        ("평화의 집(문태식원장)을 방문했다.", "문태식"),
    ],
)
def test_a_head_named_in_brackets_after_the_body(text, name):
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("주례는 김진오 부군수가 맡았다.", "김진오"),  # a deputy county head
        (
            "현장에는 최지영 코스포 상임이사가 참석했다.",
            "최지영",
        ),  # a standing director
        (
            "당시 정국환 국제이사는 말했다.",
            "정국환",
        ),  # a director for international affairs
    ],
)
def test_more_titles_after_a_name(text, name):
    assert people(text) == [name]


def test_a_specialists_title_keeps_its_last_syllable_before_a_comma():
    """ "전문의" (a medical specialist) ends as the particle 의 does; cut so, it was "전문"
    (expertise) and named nobody."""
    text = "봉사단에는 조민재 한빛병원 성형외과 전문의, 박서준 교수가 참여했다."
    assert people(text) == ["조민재", "박서준"]


@pytest.mark.parametrize(
    "text",
    [
        "협회(회장 이하 임원)는 말했다.",  # "이하": and those below, no name
        "그는 전문의 자격을 얻었다.",  # the title alone names nobody
    ],
)
def test_a_title_with_no_name_beside_it_names_nobody(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "한빛모아(사장 문재석)는 새 공장을 열었다.",
            "한빛모아",
        ),  # its head's title, no person
        ("코이카(KOICA)는 새 사업을 시작했다.", "코이카"),  # its initials
    ],
)
def test_a_body_named_by_what_its_brackets_hold(text, body):
    assert bodies(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        "두 기관은 양해각서(MOU)를 체결했다.",  # a memorandum's initials: no body
        "의왕시(시장 한도윤)는 밝혔다.",  # a city, by its mayor
    ],
)
def test_a_term_or_a_place_before_its_brackets_is_no_body(text):
    assert bodies(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("양국은 한-베트남 산업 장관회의를 열었다.", "한-베트남 산업 장관회의"),
        ("시는 한-베 음식문화 축제를 열었다.", "한-베 음식문화 축제"),
    ],
)
def test_two_countries_joined_by_a_dash_are_one_word_of_a_topic(text, name):
    """The two words of a topic before an event's head may be two countries and more."""
    assert name in [n for n, _, _, _ in korean_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a quote after the meeting: its 의 is no particle
        ("양국은 지난해 '한-베트남 정상회의'를 열었다.", "한-베트남 정상회의"),
        # any meeting after two countries, with three words of topic
        (
            "산림청은 '한-베트남 산림협력 고위급 양자회의'를 열었다.",
            "한-베트남 산림협력 고위급 양자회의",
        ),
    ],
)
def test_a_meeting_after_two_countries_is_an_event(text, name):
    assert (name, "events") in [(n, k) for n, k, _, _ in korean_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "이번 회의에서 성과를 점검했다.",  # this meeting
        "양측은 화상회의를 열었다.",  # a video meeting
        "베트남 산림협력 고위급 양자회의를 열었다.",  # three words, no countries before
    ],
)
def test_any_other_meeting_is_no_event(text):
    assert not [n for n, k, _, _ in korean_names(text) if n.endswith("회의")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("제13회 국제동양의학학술대회가 열렸다.", "제13회 국제동양의학학술대회"),
        ("제5차 한·베트남 국방전략대화를 열었다.", "제5차 한·베트남 국방전략대화"),
        ("시는 2024 대전0시 축제에 초청했다.", "2024 대전0시 축제"),
    ],
)
def test_an_event_keeps_the_edition_or_year_it_opens_with(text, name):
    assert name in [n for n, _, _, _ in korean_names(text)]


def test_a_year_with_its_word_for_year_is_a_date_not_part_of_the_name():
    assert "인삼축제" in [n for n, _, _, _ in korean_names("2024년 인삼축제에 갔다.")]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "양국은 군사정보보호에 관한 양해각서를 체결했다.",
            "군사정보보호에 관한 양해각서",
            "agreements",
        ),
        (
            "양국은 상호군수지원 양해각서에 서명했다.",
            "상호군수지원 양해각서",
            "agreements",
        ),
        ("정부의 신남방정책에 따라 협력한다.", "신남방정책", "initiatives"),
        ("고용허가제로 입국한 노동자들", "고용허가제", "initiatives"),
        ("새마을운동이 베트남에서 다시 시작됐다.", "새마을운동", "initiatives"),
    ],
)
def test_memoranda_policies_and_schemes_by_their_heads(text, name, kind):
    assert (name, kind) in [(n, k) for n, k, _, _ in korean_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "한국 경제정책은 바뀌었다.",  # an economic policy, any
        "두 기관은 양해각서를 맺었다.",  # a memorandum, unnamed
        "평화를 위한 포럼을 열었다.",  # "for peace": no agreement
        "환경운동과 시민운동이 활발하다.",  # movements, any
        "그는 매일 아침 운동을 한다.",  # exercise
    ],
)
def test_a_common_policy_or_an_unnamed_memorandum_is_no_name(text):
    assert not [
        n for n, k, _, _ in korean_names(text) if k in ("agreements", "initiatives")
    ]


def test_a_list_word_or_a_verb_before_a_head_is_no_part_of_the_name():
    found = [
        n
        for n, _, _, _ in korean_names(
            "대표단은 회담을 갖고 상호군수지원 양해각서에 서명했다."
        )
    ]
    assert "상호군수지원 양해각서" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("군이 추진하는 'K-베트남밸리 조성사업'에 참여했다.", "K-베트남밸리 조성사업"),
        ("K-베트남밸리 조성사업을 추진한다.", "K-베트남밸리 조성사업"),
    ],
)
def test_a_names_k_for_korea_is_its_own(text, name):
    assert name in [n for n, _, _, _ in korean_names(text)]


def test_a_monks_dharma_name_before_seunim_is_a_person():
    text = "총무부장 묵원 스님과 홍보국장 혜철 스님(대성사 주지)이 참석했고 양국 스님이 함께했다."
    people = [n for n, k, _, _ in korean_names(text) if k == "leaders"]
    assert people == ["묵원", "혜철"]


@pytest.mark.parametrize(
    "text", ["주지 스님이 말했다.", "방장 스님과 은사 스님이 왔다."]
)
def test_a_monk_by_his_post_is_no_name(text):
    assert korean_names(text) == []


def test_a_society_before_its_possessive_is_no_meeting():
    found = [(n, k) for n, k, _, _ in korean_names("한-베 친선협회의 회장이 왔다.")]
    assert not [n for n, k in found if k == "events"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("시는 ‘한베 우정의 날’ 행사를 개최했다.", "한베 우정의 날", "events"),
        (
            "단체는 '행복프로그램' 보고회를 열었다.",
            "행복프로그램",
            "initiatives",
        ),  # its own
        ("부처가 주최하는 '투어링 K-아트' 전시가 열렸다.", "투어링 K-아트", "events"),
    ],
)
def test_a_name_in_quotes_before_the_noun_of_its_kind(text, name, kind):
    assert (name, kind) in [(n, k) for n, k, _, _ in korean_names(text)]


@pytest.mark.parametrize(
    "text", ['그는 "좋은 행사"라고 말했다.', "'K-pop' 공연이 열렸다."]
)
def test_a_quote_or_a_genre_in_quotes_is_no_name(text):
    assert not [
        n for n, k, _, _ in korean_names(text) if k in ("events", "initiatives")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("최태원 SK그룹 회장은 하노이를 찾았다.", "최태원"),  # a firm its letters open
        ("조윤성 GS25 대표는 매장을 열었다.", "조윤성"),  # a firm in letters alone
        ("윤원석 KOTRA 정보통상협력본부장은 말했다.", "윤원석"),
    ],
)
def test_a_person_before_a_firm_named_in_letters_and_their_title(text, name):
    """A firm's name in letters between a person's name and the title is skipped as
    the Hangul words of its name are."""
    assert people(text) == [name]


def test_a_firms_head_in_its_brackets_is_not_the_word_before_the_firm():
    """ "한국기업 KV홀딩스(대표이사 …)": the title opens the firm's brackets; the word
    before the firm is no person."""
    assert "한국기업" not in people(
        "이번 방문은 한국기업 KV홀딩스(대표이사 문진성)의 주최로 이루어졌다."
    )


@pytest.mark.parametrize(
    "text",
    [
        "전주 MBC 사장은 말했다.",  # a city's station
        "하노이 BIDV 은행장은 말했다.",  # a city's bank
        "신세계 I&C 대표는 말했다.",  # a firm named in Hangul and letters
        "하나 UBS 대표는 말했다.",
    ],
)
def test_a_place_or_a_firm_before_letters_and_a_title_is_no_person(text):
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # spaces inside the brackets
        ("한빛상공회의소 ( 회장 한도윤 ) 는 9일 협약을 맺었다.", ["한도윤"]),
        # a second head after a comma
        (
            "한빛베트남인회(대표 문재석, 회장 한도윤)는 행사를 열었다.",
            ["문재석", "한도윤"],
        ),
    ],
)
def test_heads_named_in_brackets_spaced_or_two_of_them(text, names):
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "한빛인삼농협 한도윤 조합장은 수출을 늘린다고 말했다.",  # a cooperative's head
        "농식품부 한도윤 차관보는 기념사를 했다.",  # an assistant minister
        "교구장 한도윤 대주교가 미사를 봉헌했다.",  # an archbishop
    ],
)
def test_a_cooperative_s_head_an_assistant_minister_and_an_archbishop(text):
    assert people(text) == ["한도윤"]


@pytest.mark.parametrize(
    "text",
    [
        "행사(사진)에는 학부모, 교장 선생님, 학생 등이 참석했다.",
        "시상식(사진)에서는 대상 발표, 수상 소감, 축하 공연이 이어졌다.",
    ],
)
def test_a_title_and_a_word_after_a_comma_outside_brackets_name_nobody(text):
    assert people(text) == []
    assert bodies(text) == []
