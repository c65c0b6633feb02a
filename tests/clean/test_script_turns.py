"""Korean broadcast scripts and interviews: each speaker's turn is one paragraph that keeps
its label, whatever mark the broadcaster sets its cues in (the corpus convention for
transcripts). Every text is invented."""

from __future__ import annotations

from builders import KO_HEAD, article_from_text, captions, paragraphs, reasons

DATE = "입력 | 2026-02-03 06:18 수정 | 2026-02-03 06:26"
ANCHOR = [
    "한국 대통령이 하노이에서 한국어를 배우는 대학생들을 만났습니다.",
    "오늘은 두 나라 정상이 만나 교역 확대를 논의합니다.",
]
REPORT = [
    "강당을 가득 메운 학생들이 한국 노래를 따라 부릅니다.",
    "두 나라 문화 교류를 넓히자는 뜻에서 마련된 자리입니다.",
]
QUOTE = "″여러분의 열정에 걸맞은 책임감을 느낍니다.″"
AFTER = [
    "두 나라 기업의 상담회장에도 사람들이 몰렸습니다.",
    "수교 이후 두 나라의 교역액은 크게 늘었습니다.",
]


def test_a_scripts_cues_set_between_arrows_open_its_turns():
    # "◀ 앵커 ▶", "◀ 리포트 ▶": a broadcaster's cues between arrows; "[이름 직함]" alone on
    # its line names who speaks the quoted words under it: a soundbite, a turn of its own,
    # the narration under it another
    script = "\n".join(
        [
            "◀ 앵커 ▶",
            *ANCHOR,
            "◀ 리포트 ▶",
            *REPORT,
            "[김하늘 장관]",
            QUOTE,
            *AFTER,
        ]
    )
    article = article_from_text(f"{KO_HEAD}\n{DATE}\n{script}\n")
    assert paragraphs(article) == [
        "◀ 앵커 ▶ " + " ".join(ANCHOR),
        "◀ 리포트 ▶ " + " ".join(REPORT),
        f"[김하늘 장관] {QUOTE}",
        " ".join(AFTER),
    ]


def test_an_arrowed_cue_with_a_blank_line_under_it_is_the_scripts_furniture():
    script = "\n\n".join(["◀ 앵커 ▶", ANCHOR[0], ANCHOR[1]])
    article = article_from_text(f"{KO_HEAD}\n{DATE}\n\n{script}\n")
    assert paragraphs(article) == ANCHOR
    assert reasons(article)["◀ 앵커 ▶"] == "broadcast cue"


def test_a_bracketed_name_is_no_soundbite_outside_a_script():
    # a paper's story with "[김하늘 장관]" over a quote keeps its lines as they are
    story = "\n".join([REPORT[0], "[김하늘 장관]", QUOTE, REPORT[1]])
    article = article_from_text(f"{KO_HEAD}\n{DATE}\n\n{story}\n")
    assert "[김하늘 장관] " + QUOTE not in paragraphs(article)


LEAD = "한인회 회장은 지난 9일 호찌민에서 기자들과 만나 교민 사회의 변화를 설명했다."
INTRO = "다음은 일문일답 내용이다."


def test_an_interviews_dashed_questions_and_marked_answers_are_its_paragraphs():
    # "-question" over "△answer" with no blank line between, "-- question" and "▲ answer"
    # apart: each a turn of the story, not a caption (the triangle marks one elsewhere)
    qa = [
        "-교민 규모는 어떤가?",
        "△호찌민에 8만 명, 하노이에 5만 명이 산다.",
        "",
        "-- 한국 기업은 얼마나 들어와 있나.",
        "",
        "▲ 3천여 곳이 들어와 공장과 사무소를 운영하고 있다.",
    ]
    page = "\n".join([KO_HEAD, DATE, "", LEAD, "", INTRO, "", *qa, ""])
    article = article_from_text(page)
    assert paragraphs(article) == [LEAD, INTRO, *[q for q in qa if q]]


def test_a_marked_caption_on_a_page_with_one_question_stays_a_caption():
    caption = "▲ 한인회 회장이 기자들과 만나 이야기하고 있다."
    page = "\n".join(
        [
            KO_HEAD,
            DATE,
            "",
            LEAD,
            "",
            caption,
            "",
            "-- 한 가지만 묻겠다.",
            "",
            INTRO,
            "",
        ]
    )
    article = article_from_text(page)
    assert caption in captions(article)
