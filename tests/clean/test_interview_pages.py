"""A Korean paper's dashed points over pictures' captions are no interview; an interview's
question reads as one, and a picture's caption is never its answer; a script's supers and
sign-off stay out of its turns. Every text is invented."""

from __future__ import annotations

from builders import KO_HEAD, article_from_text, captions, paragraphs, reasons
from dossier.clean.cue_turns import BRACKET_CUE_WORDS, SOUNDBITE_CUE_WORDS
from dossier.clean.lines import clutter_rules

DATE = "입력 2026.03.12 09:20"
LEAD = "충청북도는 베트남 다낭시와 관광 교류를 넓히기로 했다고 12일 밝혔다."
POINTS = [
    "- 도는 올해 다낭시 공무원 20명을 초청해 연수를 연다.",
    "- 관광공사는 다낭시에서 충북 관광 설명회를 연다.",
]
PICTURES = [
    "▲ 지난 10일 도청에서 양측 대표가 협약서에 서명하고 있다. (사진=충북도 제공)",
    "▲ 다낭시 관광객들이 청주 시내를 둘러보고 있다. /충북도",
]


def _page(body: list[str], gap: str = "\n\n") -> str:
    return f"{KO_HEAD}\n{DATE}\n\n" + gap.join(body) + "\n"


def test_dashed_points_over_credited_captions_are_no_interview():
    body = [LEAD, POINTS[0], PICTURES[0], POINTS[1], PICTURES[1]]
    article = article_from_text(_page(body))
    assert paragraphs(article) == [LEAD, *POINTS]
    assert captions(article) == PICTURES


def test_dashed_points_over_unended_scene_captions_in_one_block():
    scenes = [
        "▲ 양측 대표가 협약서에 서명하고 있다",
        "▲ 관광객들이 시내를 둘러보고 있다",
    ]
    body = [LEAD, POINTS[0], scenes[0], POINTS[1], scenes[1]]
    article = article_from_text(_page(body, "\n"))
    assert not any(p.kind == "subheading" for p in article.passages)
    assert captions(article) == scenes


def test_dashed_lines_over_triangle_lists_are_no_interview():
    body = [
        LEAD,
        "- 지원 내용은 다음과 같다.\n▲현지 법인 설립 자문\n▲통관 절차 안내",
        "- 신청은 이달 말까지 받는다.\n▲온라인 접수\n▲방문 접수",
    ]
    article = article_from_text(_page(body))
    assert not any(p.kind == "subheading" for p in article.passages)
    assert "▲온라인 접수 ▲방문 접수" not in paragraphs(article)


INTRO = "다낭 한인회장을 지난달 한인회관에서 만났다. 다음은 일문일답."
Q1 = "-교민 규모는 어떤가?"
A1 = "▲다낭에만 2만 명이 넘는 교민이 산다. 5년 전의 두 배다."
Q2 = "-- 가장 큰 과제는 무엇인가."
A2 = "▲자녀들의 한국어 교육이다. 교사가 턱없이 모자란다."
Q3 = "-한국 정부에 바라는 점은?"
A3 = "▲교사를 더 보내 주면 좋겠다."


def test_a_caption_under_a_question_is_no_answer():
    picture = "▲ 한인회장이 사무실에서 인터뷰를 하고 있다. (사진=박지민 기자)"
    body = [INTRO, f"{Q1}\n{A1}", Q2, picture, A2, f"{Q3}\n{A3}"]
    article = article_from_text(_page(body))
    assert paragraphs(article) == [INTRO, Q1, A1, Q2, A2, Q3, A3]
    assert captions(article) == [picture]


def test_an_interviews_unended_question_over_its_answer_is_a_turn():
    last = "-- 마지막으로 교민들에게 한마디"
    answer = "▲서로 돕는 한인 사회를 만들자."
    body = [INTRO, f"{Q1}\n{A1}", f"{Q2}\n{A2}", f"{last}\n{answer}"]
    article = article_from_text(_page(body))
    assert paragraphs(article) == [INTRO, Q1, A1, Q2, A2, last, answer]


def test_an_interviews_unended_answer_is_a_paragraph_not_a_subheading():
    spoken = "▲물론이죠, 망설이지 않고요"
    body = [INTRO, f"{Q1}\n{A1}", f"{Q2}\n{spoken}", f"{Q3}\n{A3}"]
    article = article_from_text(_page(body))
    assert paragraphs(article) == [INTRO, Q1, A1, Q2, spoken, Q3, A3]


SCRIPT_HEAD = "입력 2026-06-10 20:12 | 수정 2026-06-10 20:30"
ANCHOR = "베트남에서 한국어를 배우려는 사람이 크게 늘고 있습니다."
REPORT = [
    "저녁 일곱 시, 하노이의 한 강의실이 수강생들로 가득 찼습니다.",
    "3년 전만 해도 수강생은 서른 명 남짓이었습니다.",
    "올해는 백 명을 넘어 대기자 명단까지 생겼습니다.",
]


def test_a_scripts_supers_and_sign_off_stay_out_of_its_turns():
    script = [
        "◀ 앵커 ▶",
        ANCHOR,
        "◀ 리포트 ▶",
        REPORT[0],
        "[자료 화면]",
        REPORT[1],
        "[하노이 한국문화원]",
        REPORT[2],
        "MBC뉴스 이하늘입니다.",
    ]
    article = article_from_text(f"{KO_HEAD}\n{SCRIPT_HEAD}\n" + "\n".join(script))
    assert paragraphs(article) == [
        f"◀ 앵커 ▶ {ANCHOR}",
        "◀ 리포트 ▶ " + " ".join(REPORT),
    ]
    assert reasons(article)["MBC뉴스 이하늘입니다."] == "broadcaster's sign-off"


def test_an_arrowed_sync_cue_opens_a_turn_of_its_own():
    quote = "″두 나라를 잇는 다리가 될 겁니다.″"
    after = "대사관은 내년에 장학생을 두 배로 늘립니다."
    script = [
        "◀ 앵커 ▶",
        ANCHOR,
        "◀ 리포트 ▶",
        REPORT[0],
        "◀ SYNC ▶ 주베트남 대사",
        quote,
        after,
    ]
    article = article_from_text(f"{KO_HEAD}\n{SCRIPT_HEAD}\n" + "\n".join(script))
    assert paragraphs(article) == [
        f"◀ 앵커 ▶ {ANCHOR}",
        f"◀ 리포트 ▶ {REPORT[0]}",
        f"◀ SYNC ▶ 주베트남 대사 {quote}",
        after,
    ]


def test_the_clutter_rules_read_every_cue_word_the_turns_read():
    rules = clutter_rules()
    words = BRACKET_CUE_WORDS.replace(r"\s?", "").split("|")
    for word in [*words, *SOUNDBITE_CUE_WORDS.split("|")]:
        assert rules.reason(f"◀ {word} ▶") == "broadcast cue", word
