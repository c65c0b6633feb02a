"""A broadcast script's cue for who speaks ("[기자]", "[Anchor Lead]"), alone on its line
with the words spoken right under it: the cue opens the speaker's turn, one paragraph
that keeps its label. Every text is invented; each test keeps only the shape of one
rule."""

from __future__ import annotations

from builders import HEAD, KO_HEAD, KO_STORY, LAST, MORE, article_from_text, paragraphs

SAID = [
    "일요일 아침, 시장 골목이 손님들로 북적입니다.",
    "베트남 음식을 맛보려는 시민들이 줄을 섰습니다.",
    "[김민수 / 서울 시민 : 쌀국수가 정말 맛있어요. 또 오고 싶어요.]",
    "이 시장은 5년 전 이주민 모임이 문을 열었습니다.",
    "지금은 주말마다 천여 명이 찾습니다.",
]


def test_a_cue_over_its_words_opens_a_turn_that_runs_to_the_next():
    script = "\n".join(["[기자]", *SAID])
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{script}\n"
    article = article_from_text(text)
    assert paragraphs(article)[0] == KO_STORY
    assert f"[기자] {SAID[0]} {SAID[1]}" in paragraphs(article)
    assert f"{SAID[3]} {SAID[4]}" in paragraphs(article)


def test_a_cue_with_a_blank_line_under_it_stands_alone():
    script = "\n\n".join(["[기자]", *SAID[:2]])
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n{script}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, *SAID[:2]]


def test_an_english_cue_keeps_its_label_with_the_anchor_words():
    text = f"{HEAD}\n\nMay 4, 2026\n\n[Anchor Lead]\n{MORE}\n\n{LAST}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [f"[Anchor Lead] {MORE}", LAST]


ANCHOR = [
    "올여름 하노이의 한국 음식 축제에 관람객이 몰렸습니다.",
    "축제는 사흘 동안 이어졌는데요, 박지훈 기자입니다.",
]


def test_the_anchor_cue_opening_the_story_keeps_its_label():
    script = "\n".join(["[앵커]", *ANCHOR, "[기자]", *SAID])
    text = f"{KO_HEAD}\n[뉴스광장]\n{script}\n"
    article = article_from_text(text)
    assert paragraphs(article)[:2] == [
        f"[앵커] {ANCHOR[0]} {ANCHOR[1]}",
        f"[기자] {SAID[0]} {SAID[1]}",
    ]


def test_angled_cues_open_turns_and_a_soundbite_takes_the_line_under_it():
    script = "\n".join(
        [
            "김하늘 앵커>",
            *ANCHOR,
            "박지훈 국민기자>",
            *SAID[:2],
            "인터뷰> 쩐 민 / 관람객",
            '"한국 음식이 정말 맛있어요. 다음에도 꼭 올 거예요."',
            *SAID[3:],
        ]
    )
    text = f"{KO_HEAD}\n등록일 : 2024.05.04 10:20\n{script}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [
        f"김하늘 앵커> {ANCHOR[0]} {ANCHOR[1]}",
        f"박지훈 국민기자> {SAID[0]} {SAID[1]}",
        '인터뷰> 쩐 민 / 관람객 "한국 음식이 정말 맛있어요. 다음에도 꼭 올 거예요."',
        f"{SAID[3]} {SAID[4]}",
    ]


def test_a_hosts_numbered_questions_are_turns_of_their_own():
    questions = [
        "두 나라가 손잡은 지 벌써 30년이 되었습니다.",
        "그동안 어떤 변화가 있었나요?",
        "앞으로 교류는 어떻게 달라질까요?",
        "특히 젊은 세대의 관심이 크다고 하는데요.",
    ]
    script = "\n".join(["MC>", *ANCHOR, "1>", *questions[:2], "2>", *questions[2:]])
    text = f"{KO_HEAD}\n\n등록일 : 2024.05.04\n\n{script}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [
        f"MC> {ANCHOR[0]} {ANCHOR[1]}",
        f"1> {questions[0]} {questions[1]}",
        f"2> {questions[2]} {questions[3]}",
    ]


STORY = [
    "하이퐁에서 한국 기업 채용 박람회가 열려 구직자 2천 명이 몰렸다.",
    "박람회에는 한국 기업 40곳이 참여해 현장 면접을 진행했다.",
    "주최 측은 내년에는 참여 기업을 두 배로 늘리겠다고 밝혔다.",
]


def test_a_papers_reporter_link_line_stays_its_byline():
    # a paper's "X 기자>" link under the date, its story under it with no blank lines:
    # no script (no anchor's cue), so no turn
    text = f"{KO_HEAD}\n입력 2025.06.12 14:05\n오하준 기자>\n" + "\n".join(STORY) + "\n"
    article = article_from_text(text)
    assert article.byline == "오하준"
    assert paragraphs(article) == STORY


def test_a_reports_numbered_heading_opens_no_turn():
    report = ["1>", "채용 동향", *STORY[:2], "2>", STORY[2]]
    text = f"{KO_HEAD}\n\n{KO_STORY}\n" + "\n".join(report) + "\n"
    article = article_from_text(text)
    assert not any(p.startswith(("1>", "2>")) and " " in p for p in paragraphs(article))
    assert STORY[0] in paragraphs(article)


def test_a_papers_interview_label_opens_no_turn():
    text = (
        f"{KO_HEAD}\n\n{KO_STORY}\n인터뷰> 레 반 남 하이퐁시 인민위원장\n"
        + "\n".join(STORY)
    )
    article = article_from_text(text + "\n")
    assert paragraphs(article)[-3:] == STORY


def test_a_scripts_footer_and_place_note_stay_out_of_its_turns():
    script = [
        "윤서아 앵커>",
        *ANCHOR,
        "오하준 국민기자>",
        "(장소: 하이퐁 컨벤션센터 / 베트남 하이퐁)",
        *SAID[:2],
        "영상취재: 오하준 국민기자 / 영상편집: 문가람",
        "저작권자 ⓒ 한국정책방송원. 무단전재 및 재배포 금지",
        "자세히 보기",
    ]
    text = f"{KO_HEAD}\n등록일 : 2024.05.04 10:20\n" + "\n".join(script) + "\n"
    article = article_from_text(text)
    assert article.byline == "오하준"  # his turn's label signs, whatever the hand-over
    assert article.metadata.outlet == "한국정책방송원"
    assert paragraphs(article) == [
        f"윤서아 앵커> {ANCHOR[0]} {ANCHOR[1]}",
        f"오하준 국민기자> {SAID[0]} {SAID[1]}",
    ]


def test_a_related_box_keeps_its_items_past_their_see_more_links():
    box = ["관련기사", STORY[0][:14], "자세히 보기", STORY[1][:15], "자세히 보기"]
    text = f"{KO_HEAD}\n\n{KO_STORY}\n\n" + "\n".join(box) + f"\n\n{STORY[2]}\n"
    article = article_from_text(text)
    assert paragraphs(article) == [KO_STORY, STORY[2]]
    assert all(p.kind != "subheading" for p in article.passages[1:])
