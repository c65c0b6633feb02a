"""A Korean deck under the headline that joins a clause and a saying with an ellipsis,
the saying cut short of its sentence's end ("… 방한…“… 핵심국”"), is a heading, not the
story's first paragraph. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

from builders import article_from_text, paragraphs

KO_HEAD = "가람시 시장 첫 공식 방문…이달 4-6일 일정 소화"
KO_LEAD = "가람시 시장이 오는 5일 다낭시 인민위원장과 회담을 갖는다."
KO_MORE = "시 관계자는 두 도시가 관광과 교육 분야 협력을 넓힐 계획이라고 밝혔다."


def test_a_deck_joining_a_clause_and_a_saying_is_no_paragraph():
    for deck in (
        "자매결연 10주년 맞아 방문...“다낭은 관광 협력 핵심 도시”",
        '교민 3만 규모에도 한인회관은 없어…"시가 지원 적극 나서야"',
    ):
        article = article_from_text(f"{KO_HEAD}\n{deck}\n\n{KO_LEAD}\n\n{KO_MORE}\n")
        assert paragraphs(article) == [KO_LEAD, KO_MORE], deck


def test_a_paragraph_ending_in_a_full_quoted_sentence_stays_story():
    told = '시장은 회담을 마친 뒤…"다낭은 우리 시의 가장 가까운 친구다"'
    article = article_from_text(f"{KO_HEAD}\n\n{KO_LEAD}\n\n{told}\n\n{KO_MORE}\n")
    assert paragraphs(article) == [KO_LEAD, told, KO_MORE]


FEATURE_HEAD = "다낭 한인 식당 거리에 가 보니"
FEATURE_LEAD = "다낭 미케 해변 뒤편 골목에는 한국 음식점 스무 곳이 모여 있다."
FEATURE_MORE = "주말이면 한국인 관광객과 현지 젊은이들로 골목이 붐빈다."
FEATURE_LAST = "식당 주인들은 내년에 골목 축제를 함께 열 계획이다."


def test_a_story_sentence_ending_in_a_spoken_saying_stays_story():
    for said in (
        "잠시 숨을 돌린 그는 이렇게 말했다…“이제 다낭이 제2의 고향이에요”",
        "행사장을 찾은 한 시민은 웃으며 말했다...“아이들이 정말 좋아해요”",
        "비결을 묻자 그는 웃기만 했다…“손맛이 전부죠”",
    ):
        text = (
            f"{FEATURE_HEAD}\n\n{FEATURE_LEAD}\n\n{said}\n\n"
            f"{FEATURE_MORE}\n\n{FEATURE_LAST}\n"
        )
        article = article_from_text(text)
        assert paragraphs(article) == [FEATURE_LEAD, said, FEATURE_MORE, FEATURE_LAST]


def test_a_lead_naming_its_day_before_a_saying_stays_the_first_paragraph():
    lead = "팜민찐 총리는 15일 한국 기업인 50여 명과 만나…“한국 기업은 베트남의 동반자”"
    more = "총리는 이 자리에서 투자 절차를 더 간소화하겠다고 약속했다."
    article = article_from_text(f"찐 총리, 한국 기업인 간담회\n\n{lead}\n\n{more}\n")
    assert paragraphs(article) == [lead, more]
