"""A Korean sentence a copy broke over two lines, its first line left on a particle or a
connective ending no heading ends on ("… 지분 9.5%를" / "… 매입했다."): one paragraph.
Every text is invented; each test keeps only the shape of one rule."""

from __future__ import annotations

from builders import KO_HEAD, KO_LAST, KO_STORY, article_from_text, paragraphs
from dossier.clean.korean_breaks import broken_on_particle

# a long first line, left on the object particle after a figure ("…%를")
OBJECT_LEFT = "또한 가람그룹은 하노이의 대표 유통기업인 바다리테일 지분 12.5%를"
OBJECT_END = (
    "3억2000만달러(약 4200억원)에 사들이는 계약을 맺으며 최대 외국인 주주가 되었습니다."
)
# left on "from" after a bracket
FROM_LEFT = "누리 그룹은 지난달 말 현지 최대 건설사인 동안건설 (동안그룹)으로부터"
FROM_END = (
    "우선주 5000만주를 넘겨받아 모두 2억달러 규모의 지분 투자를 마무리하였습니다."
)
# left on the connective "and" ending
AND_LEFT = (
    "이처럼 성장률이 높은 베트남을 향한 꾸준한 투자는 두 나라의 협력을 넓힐 수 있으며"
)
AND_END = "한국 기업이 동남아 시장으로 나아가는 데도 힘이 될 것으로 보입니다."
SHORT = "양측은 다음 달 첫 회의를 연다."  # a sentence on a short line of its own


def test_a_line_left_on_an_object_particle_runs_on_into_the_sentence_below():
    text = "\n".join(
        [KO_HEAD, "", KO_STORY, SHORT, OBJECT_LEFT, OBJECT_END, KO_LAST, ""]
    )
    article = article_from_text(text)
    assert paragraphs(article) == [
        KO_STORY,
        SHORT,
        f"{OBJECT_LEFT} {OBJECT_END}",
        KO_LAST,
    ]


def test_a_line_left_on_from_or_on_and_runs_on_however_long_the_rest():
    for left, end in ((FROM_LEFT, FROM_END), (AND_LEFT, AND_END)):
        text = "\n".join([KO_HEAD, "", KO_STORY, SHORT, left, end, KO_LAST, ""])
        article = article_from_text(text)
        assert paragraphs(article) == [KO_STORY, SHORT, f"{left} {end}", KO_LAST]


def test_a_noun_ending_as_a_particle_does_not_join():
    # "마을" (village) and "가을" (autumn) end in 을 with no particle: a heading may end so
    assert not broken_on_particle(
        "베트남 북부 산간 지역에 새로 문을 연 한국식 농업 시범 마을", KO_LAST
    )
    assert not broken_on_particle(
        "하노이 한국문화원이 올해 처음으로 여는 한국 영화 주간 가을", KO_LAST
    )


def test_a_short_line_or_a_line_below_that_ends_no_sentence_does_not_join():
    assert not broken_on_particle("베트남 청년들에게", KO_LAST)  # a heading's length
    assert not broken_on_particle(OBJECT_LEFT, "두 나라 경제 협력의 새 장")
    assert not broken_on_particle(OBJECT_LEFT, f"- {OBJECT_END}")  # a list's item
    assert broken_on_particle(OBJECT_LEFT, OBJECT_END)


# a subheading or a letter's salutation over the paragraph it heads, on the same endings
MARKED = "◇ 하노이 진출 한국 식품 기업 500곳 시대, 새 유통망에서 답을"
UNMARKED = "호찌민 공단에서 만난 한국인 기술자들, 현지 청년들과 함께 일하며"
GREETING = "다낭에서 한국어를 배우며 꿈을 키우고 있는 사랑하는 우리 학생들에게"
HEADED = (
    "다낭에 공장을 둔 한 의류 기업은 올해부터 현지인 관리자 체제로 바꿨다."
    " 회사 측은 불량률이 절반으로 줄었다고 밝혔다."
)


def test_a_subheading_or_a_salutation_is_not_the_first_half_of_a_sentence():
    for heading in (MARKED, UNMARKED, GREETING):
        assert not broken_on_particle(heading, HEADED)
        text = "\n".join([KO_HEAD, "", KO_STORY, "", heading, HEADED, "", KO_LAST, ""])
        article = article_from_text(text)
        assert HEADED in paragraphs(article)


def test_the_object_particle_after_a_closed_syllable_is_not_left_open():
    # 를 follows an open syllable only ("협력를" is no Korean): the line is not left open
    assert not broken_on_particle(OBJECT_LEFT[:-1] + "협력를", OBJECT_END)
