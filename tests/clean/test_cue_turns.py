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
