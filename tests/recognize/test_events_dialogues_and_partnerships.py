"""Events, initiatives and agreements of recurring shapes: a lower-case dialogue after
its edition and with what it is on, a memorandum with its initials in brackets, a Korean
partnership with its two countries, leaders' talks of two parties joined by a sign, and
names in straight quotes inside a quote of speech."""

from __future__ import annotations

import pytest
from builders import matcher_with, proposed_names
from dossier.recognize.candidates.lowercase import lower_case_names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (  # an edition in figures, a long kind, and the list of what it is on
            "She flew in to co-host the 7th vice foreign ministerial level policy "
            "dialogue on trade, energy and climate between the two nations.",
            "vice foreign ministerial level policy dialogue on trade, energy and climate",
        ),
        (  # an edition spelt out before the parties' names
            "The third Korea-Laos strategic dialogue will look at supply chains.",
            "Korea-Laos strategic dialogue",
        ),
        (  # an edition before two words of kind
            "The two generals chaired the 12th strategic defense dialogue, officials said.",
            "strategic defense dialogue",
        ),
    ],
)
def test_a_lower_case_dialogue_after_its_edition(sentence, name):
    assert [(n, k) for n, k, _, _ in lower_case_names(sentence)] == [(name, "events")]


def test_a_dialogue_on_a_day_or_on_the_sidelines_keeps_no_topic():
    for tail in ("on Friday.", "on the sidelines of the summit."):
        found = lower_case_names(
            f"They held a vice ministerial strategic dialogue {tail}"
        )
        assert [n for n, _, _, _ in found] == ["vice ministerial strategic dialogue"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The city signed a memorandum of understanding (MoU) on cooperation in "
            "port logistics development with the agency.",
            "memorandum of understanding (MoU) on cooperation in port logistics "
            "development",
        ),
        (
            "They signed a Memorandum of Understanding (MoU) on rice trade on Friday.",
            "Memorandum of Understanding (MoU) on rice trade",
        ),
    ],
)
def test_a_memorandum_with_its_initials_in_brackets(sentence, name):
    assert [(n, k) for n, k, _, _ in lower_case_names(sentence)] == [
        (name, "agreements")
    ]


def test_cooperation_in_a_place_or_the_region_is_no_field():
    for tail in ("in the region.", "in Danang."):
        found = lower_case_names(f"They signed an agreement on cooperation {tail}")
        assert [n for n, _, _, _ in found] == ["agreement on cooperation"]


def test_a_korean_partnership_with_its_two_countries_and_century(matcher):
    found = proposed_names(
        matcher,
        "두 정상은 한·라오스 관계가 아니라 한·베트남 전략적 협력동반자 관계를 논의했다.",
        "양국은 당시 21세기 포괄적 협력동반자관계에 합의했다.",
    )
    assert found.get("한·베트남 전략적 협력동반자 관계") == "agreements"
    assert found.get("21세기 포괄적 협력동반자관계") == "agreements"
    assert "전략적 협력동반자 관계" not in found


def test_leaders_talks_of_two_parties_joined_by_a_sign(matcher):
    found = proposed_names(matcher, "항공사는 한-메콩 정상회담을 맞아 노선을 늘렸다.")
    assert found.get("한-메콩 정상회담") == "events"
    for text in ("양국 정상회담에서 합의했다.", "그는 라오스 정상회담을 마쳤다."):
        assert not any(n.endswith("정상회담") for n in proposed_names(matcher, text))


def test_a_korean_dialogue_two_countries_open(matcher):
    # the head spaced from its topic, the countries short or whole
    found = proposed_names(
        matcher,
        "지난달 제2차 한-베 농업장관 대화가 서울에서 열렸다.",
        "다음 달에는 제4차 한-베트남 해양전략 대화가 열린다.",
    )
    assert found.get("제2차 한-베 농업장관 대화") == "events"
    assert found.get("제4차 한-베트남 해양전략 대화") == "events"
    for text in (
        "이번 대화에서 양측은 농업 협력을 논의했다.",
        "한-베트남 산업 고도화와 극대화를 논의했다.",  # words that end in 대화
        "두 장관은 농업 대화를 이어가기로 했다.",  # no countries open it
    ):
        assert not any(n.endswith("대화") for n in proposed_names(matcher, text))


def test_names_in_straight_quotes_inside_a_quote_of_speech(matcher):
    found = proposed_names(
        matcher,
        "장관은 \"라오스는 우리의 새 '메콩 협력 전략'과 '한-메콩 번영구상'의 "
        '중심 국가"라고 말했다.',
    )
    assert found.get("메콩 협력 전략") == "initiatives"
    assert found.get("한-메콩 번영구상") == "initiatives"


def test_the_words_between_two_quoted_names_are_none(matcher):
    found = proposed_names(
        matcher,
        "재단은 축제 '하모니(HARMONY)', 청년 교류 지원 프로그램 '다리 놓기'를 소개했다.",
    )
    assert not any(n.startswith(",") for n in found)


def test_an_agreement_whose_topic_goes_on_past_a_second_on_is_not_cut_short():
    found = lower_case_names(
        "They signed a memorandum of understanding (MoU) on setting up a joint "
        "framework on green port and logistics projects in the south."
    )
    assert found == []


def test_a_registered_partnership_with_its_two_countries_is_that_partnership(tmp_path):
    matcher = matcher_with(
        tmp_path,
        (
            "agreements",
            "vietnam-korea-strategic-partnership",
            "name: Vietnam-Korea Strategic Partnership\naliases: [전략적 동반자 관계]",
        ),
    )
    found = proposed_names(matcher, "양국은 한·베트남 전략적 동반자 관계를 맺었다.")
    assert not any("동반자" in n for n in found)


@pytest.mark.parametrize(
    "tail",
    [
        "in several sectors.",
        "in past decades.",
        "in both provinces.",
        "in order to deepen ties.",
        "in late March.",
    ],
)
def test_cooperation_in_words_that_are_no_field_stops_at_cooperation(tail):
    found = lower_case_names(
        f"The ministries signed an agreement on cooperation {tail}"
    )
    assert [n for n, _, _, _ in found] == ["agreement on cooperation"]


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("in fisheries.", "agreement on cooperation in fisheries"),
        (
            "in tourism and investment with the province.",
            "agreement on cooperation in tourism and investment",
        ),
        (
            "in digital port management, officials said.",
            "agreement on cooperation in digital port management",
        ),
    ],
)
def test_cooperation_in_a_field_keeps_the_field(tail, name):
    found = lower_case_names(
        f"The ministries signed an agreement on cooperation {tail}"
    )
    assert [n for n, _, _, _ in found] == [name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Officials met at the fourth maritime policy dialogue on matters of common "
            "interest.",
            "maritime policy dialogue",
        ),
        (
            "Officials called it the ninth regional security dialogue on record.",
            "regional security dialogue",
        ),
    ],
)
def test_a_dialogue_on_a_lone_noun_keeps_no_topic(sentence, name):
    assert [n for n, _, _, _ in lower_case_names(sentence)] == [name]


def test_a_dialogue_on_two_fields_joined_by_and_keeps_them():
    found = lower_case_names(
        "They held the first vice ministerial strategic dialogue on energy and climate."
    )
    assert [n for n, _, _, _ in found] == [
        "vice ministerial strategic dialogue on energy and climate"
    ]


@pytest.mark.parametrize(
    "after",
    ["on her trip to Seoul.", "on a tour of the port.", "on behalf of the city."],
)
def test_an_agreement_before_an_on_of_the_occasion_is_kept(after):
    found = lower_case_names(
        f"The governor signed a memorandum of understanding on fisheries cooperation {after}"
    )
    assert [n for n, _, _, _ in found] == [
        "memorandum of understanding on fisheries cooperation"
    ]


def test_a_dialogue_needs_a_ministers_or_a_strategy_s_topic(matcher):
    # the countries alone, a channel, a relation or delegates talking name no dialogue
    for text in (
        "두 정상은 한·베 대화 창구를 넓히기로 합의했다.",
        "내년은 한-아세안 대화 관계 수립 40주년이다.",
        "본회의에 앞서 한-베 양측 실무단 대화가 이어졌다.",
    ):
        assert not any("대화" in n for n in proposed_names(matcher, text)), text
